import { OpenAPIHono } from '@hono/zod-openapi';
import { endpoints } from '@waymark/api';
import type { AppDeps } from './deps';
import { bodyFormatGuard, bodySizeGuard } from './http/body-guards';
import { handleError, zodFailure } from './http/errors';
import { requestGuards } from './http/request-guards';
import { serveWebApp } from './http/static';
import { registerAnalyticsRoutes } from './routes/analytics';
import { registerDataSetRoutes } from './routes/datasets';
import { registerDocumentRoutes } from './routes/documents';
import { registerEventRoutes } from './routes/events';
import { registerImageRoutes } from './routes/images';
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

  // Every request, in this order: security headers, Host (421), cross-site (403), body size (413),
  // body format (400). See docs/ARCHITECTURE.md, "Request guards".
  app.use('*', ...requestGuards({ hosts: deps.hosts }), bodySizeGuard(), bodyFormatGuard());

  registerMetaRoutes(app, deps);
  registerWorkspaceRoutes(app, deps);
  registerTemplateRoutes(app);
  registerJourneyRoutes(app, deps);
  registerTrashRoutes(app, deps);
  registerJourneyInsightRoutes(app, deps);
  registerPersonaRoutes(app, deps);
  registerImageRoutes(app, deps);
  registerDocumentRoutes(app, deps);
  registerEventRoutes(app, deps);
  registerDataSetRoutes(app, deps);
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
