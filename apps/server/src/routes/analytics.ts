import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import { endpoints as e } from '@waymark/api';
import { runQuery } from '@waymark/analytics';
import type { AppDeps } from '../deps';
import { requireEvents } from './events';

/**
 * `POST /api/analytics/{kind}`: the route validates the body with the domain query schema of that
 * kind (400 with the field path on a bad description); its `kind` is taken from the path and
 * `runQuery` answers with the domain result shape the contract declares. Each query runs under the
 * deadline of `WAYMARK_QUERY_TIMEOUT_MS` (30 s by default) and is cancelled when the client disconnects.
 */
export function registerAnalyticsRoutes(app: OpenAPIHono, deps: AppDeps): void {
  app.openapi(createRoute(e.analyticsFunnel), async (c) =>
    c.json(
      await runQuery(
        requireEvents(deps),
        { ...c.req.valid('json'), kind: 'funnel' },
        { signal: c.req.raw.signal },
      ),
      200,
    ),
  );
  app.openapi(createRoute(e.analyticsTimeToConvert), async (c) =>
    c.json(
      await runQuery(
        requireEvents(deps),
        { ...c.req.valid('json'), kind: 'time_to_convert' },
        { signal: c.req.raw.signal },
      ),
      200,
    ),
  );
  app.openapi(createRoute(e.analyticsPaths), async (c) =>
    c.json(
      await runQuery(
        requireEvents(deps),
        { ...c.req.valid('json'), kind: 'paths' },
        { signal: c.req.raw.signal },
      ),
      200,
    ),
  );
  app.openapi(createRoute(e.analyticsDfg), async (c) =>
    c.json(
      await runQuery(
        requireEvents(deps),
        { ...c.req.valid('json'), kind: 'dfg' },
        { signal: c.req.raw.signal },
      ),
      200,
    ),
  );
  app.openapi(createRoute(e.analyticsVariants), async (c) =>
    c.json(
      await runQuery(
        requireEvents(deps),
        { ...c.req.valid('json'), kind: 'variants' },
        { signal: c.req.raw.signal },
      ),
      200,
    ),
  );
  app.openapi(createRoute(e.analyticsAttribution), async (c) =>
    c.json(
      await runQuery(
        requireEvents(deps),
        { ...c.req.valid('json'), kind: 'attribution' },
        { signal: c.req.raw.signal },
      ),
      200,
    ),
  );
  app.openapi(createRoute(e.analyticsHealth), async (c) =>
    c.json(
      await runQuery(
        requireEvents(deps),
        { ...c.req.valid('json'), kind: 'health' },
        { signal: c.req.raw.signal },
      ),
      200,
    ),
  );
  app.openapi(createRoute(e.analyticsTrends), async (c) =>
    c.json(
      await runQuery(
        requireEvents(deps),
        { ...c.req.valid('json'), kind: 'trends' },
        { signal: c.req.raw.signal },
      ),
      200,
    ),
  );
}
