import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import { endpoints } from '@waymark/api';
import type { AnalyticsKind } from '@waymark/api';
import { analyticsQuerySchema, runQuery } from '@waymark/analytics';
import type { AppDeps } from '../deps';
import { requireEvents } from './events';

/**
 * `POST /api/analytics/{kind}`: the body is a query description of `@waymark/analytics` (its `kind`
 * is taken from the path); `runQuery` validates it, so a bad description answers 400 with the path.
 */
export function registerAnalyticsRoutes(app: OpenAPIHono, deps: AppDeps): void {
  const routes = [
    ['funnel', endpoints.analyticsFunnel],
    ['time_to_convert', endpoints.analyticsTimeToConvert],
    ['paths', endpoints.analyticsPaths],
    ['dfg', endpoints.analyticsDfg],
    ['variants', endpoints.analyticsVariants],
    ['attribution', endpoints.analyticsAttribution],
    ['health', endpoints.analyticsHealth],
    ['trends', endpoints.analyticsTrends],
  ] as const satisfies readonly (readonly [AnalyticsKind, unknown])[];

  for (const [kind, endpoint] of routes) {
    app.openapi(createRoute(endpoint), async (c) => {
      const body = c.req.valid('json');
      const query = analyticsQuerySchema.parse({ ...body, kind });
      const result = await runQuery(requireEvents(deps), query);
      return c.json(toJson(result), 200);
    });
  }
}

/** A plain JSON object of a result (typed arrays become arrays, Maps objects, dates strings). */
function toJson(result: object): Record<string, unknown> {
  const text = JSON.stringify(result, (_key, value: unknown) => {
    if (value instanceof Int32Array || value instanceof Uint32Array || value instanceof Float64Array)
      return Array.from(value);
    if (value instanceof Map) return Object.fromEntries(value);
    return value;
  });
  const parsed: unknown = JSON.parse(text);
  return isRecord(parsed) ? parsed : {};
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
