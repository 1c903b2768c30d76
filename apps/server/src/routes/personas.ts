import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import { endpoints } from '@waymark/api';
import { REVISION_AUTHORS } from '@waymark/domain';
import type { AppDeps } from '../deps';
import { HttpError } from '../http/errors';
import { storeUploadedImage } from './images';
import { requirePersona } from './lookup';

/** Persona CRUD and the avatar upload (stored as an image; the avatar is its `/api/images/` URL). */
export function registerPersonaRoutes(app: OpenAPIHono, deps: AppDeps): void {
  const { maps } = deps;

  app.openapi(createRoute(endpoints.listPersonas), async (c) => {
    const { workspaceId } = c.req.valid('query');
    return c.json(await maps.listPersonas(workspaceId), 200);
  });

  app.openapi(createRoute(endpoints.getPersona), async (c) => {
    const { id } = c.req.valid('param');
    return c.json(await requirePersona(maps, id), 200);
  });

  app.openapi(createRoute(endpoints.savePersona), async (c) => {
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    if (body.persona.id !== id) {
      throw new HttpError(
        400,
        'invalid_request',
        `the persona's id "${body.persona.id}" does not match the URL's "${id}"`,
        'body.persona.id',
      );
    }
    const existing = await maps.getPersona(id);
    const workspaceId = body.workspaceId ?? existing?.workspaceId ?? deps.defaultWorkspaceId;
    if (!(await maps.getWorkspace(workspaceId))) {
      throw new HttpError(404, 'not_found', `workspace "${workspaceId}" does not exist`, 'body.workspaceId');
    }
    const stored = await maps.savePersona(workspaceId, body.persona, {
      baseRevision: body.baseRevision ?? 0,
      author: REVISION_AUTHORS.localUser,
    });
    return c.json(stored, 200);
  });

  app.openapi(createRoute(endpoints.deletePersona), async (c) => {
    const { id } = c.req.valid('param');
    const { baseRevision } = c.req.valid('query');
    await requirePersona(maps, id);
    await maps.deletePersona(id, { baseRevision: baseRevision ?? 'force' });
    return c.json({ deleted: id }, 200);
  });

  app.openapi(createRoute(endpoints.uploadAvatar), async (c) => {
    const { id } = c.req.valid('param');
    const { file, baseRevision } = c.req.valid('form');
    const current = await requirePersona(maps, id);
    const { url: avatar } = await storeUploadedImage(maps, file);
    const stored = await maps.savePersona(
      current.workspaceId,
      { ...current.persona, avatar },
      { baseRevision: baseRevision ?? current.revision, author: REVISION_AUTHORS.localUser },
    );
    return c.json(stored, 200);
  });
}
