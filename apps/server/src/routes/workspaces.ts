import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import { endpoints } from '@waymark/api';
import { ConflictError } from '@waymark/store';
import type { AppDeps } from '../deps';
import { HttpError } from '../http/errors';

/** Workspace list, get and create. */
export function registerWorkspaceRoutes(app: OpenAPIHono, deps: AppDeps): void {
  const { maps } = deps;

  app.openapi(createRoute(endpoints.listWorkspaces), async (c) => c.json(await maps.listWorkspaces(), 200));

  app.openapi(createRoute(endpoints.getWorkspace), async (c) => {
    const { id } = c.req.valid('param');
    const workspace = await maps.getWorkspace(id);
    if (!workspace) throw new HttpError(404, 'not_found', `workspace "${id}" does not exist`, 'params.id');
    return c.json(workspace, 200);
  });

  app.openapi(createRoute(endpoints.createWorkspace), async (c) => {
    const workspace = c.req.valid('json');
    if (await maps.getWorkspace(workspace.id)) throw ConflictError.exists('workspace', workspace.id);
    return c.json(await maps.createWorkspace(workspace), 200);
  });
}
