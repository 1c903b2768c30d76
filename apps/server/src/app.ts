import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { EVENTS_MAX_BYTES, endpoints } from '@waymark/api';
import type { AppDeps } from './deps';
import { HttpError, handleError, zodFailure } from './http/errors';
import { serveWebApp } from './http/static';
import { registerAnalyticsRoutes } from './routes/analytics';
import { registerDocumentRoutes } from './routes/documents';
import { registerEventRoutes } from './routes/events';
import { registerJourneyInsightRoutes } from './routes/journey-insights';
import { registerJourneyRoutes } from './routes/journeys';
import { registerMetaRoutes } from './routes/meta';
import { registerPersonaRoutes } from './routes/personas';
import { registerTemplateRoutes } from './routes/templates';
import { registerTrashRoutes } from './routes/trash';
import { registerWorkspaceRoutes } from './routes/workspaces';

/**
 * The whole HTTP app over already opened stores: every route of the `@waymark/api` contract,
 * validated with its zod schemas (400 with the field path), the OpenAPI document at
 * `/api/openapi.json`, and the built web app with an SPA fallback. Tests call `app.request(...)`.
 */
export function createApp(deps: AppDeps): OpenAPIHono {
  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (!result.success) {
        const failure = zodFailure(result.error, result.target);
        return c.json(failure.body, failure.status);
      }
      return undefined;
    },
  });
  app.onError(handleError);

  // Reject oversized bodies before reading them; the largest upload is an events file.
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: EVENTS_MAX_BYTES + 1024 * 1024,
      onError: () => {
        throw new HttpError(
          413,
          'payload_too_large',
          `the request body is over ${EVENTS_MAX_BYTES / 1024 / 1024} MB`,
        );
      },
    }),
  );

  registerMetaRoutes(app, deps);
  registerWorkspaceRoutes(app, deps);
  registerTemplateRoutes(app);
  registerJourneyRoutes(app, deps);
  registerTrashRoutes(app, deps);
  registerJourneyInsightRoutes(app, deps);
  registerPersonaRoutes(app, deps);
  registerDocumentRoutes(app, deps);
  registerEventRoutes(app, deps);
  registerAnalyticsRoutes(app, deps);

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Waymark API',
      version: deps.version,
      description: `Customer journey maps, personas, events and analytics. Errors are { error: { code, message, path? } }. ${Object.keys(endpoints).length} operations.`,
    },
  });

  app.all('/api/*', (c) =>
    c.json(
      {
        error: {
          code: 'not_found' as const,
          message: `no API route ${c.req.method} ${new URL(c.req.url).pathname}`,
        },
      },
      404,
    ),
  );
  serveWebApp(app, deps.webDist);
  return app;
}
