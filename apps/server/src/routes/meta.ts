import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import { endpoints } from '@waymark/api';
import type { AppDeps } from '../deps';

/** Liveness. */
export function registerMetaRoutes(app: OpenAPIHono, deps: AppDeps): void {
  app.openapi(createRoute(endpoints.healthCheck), (c) =>
    c.json(
      {
        ok: true as const,
        version: deps.version,
        mapStore: deps.backends.mapStore,
        eventStore: deps.backends.eventStore,
        defaultWorkspaceId: deps.defaultWorkspaceId,
      },
      200,
    ),
  );
}
