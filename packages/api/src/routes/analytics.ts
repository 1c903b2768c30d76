import type { z } from 'zod';
import { ANALYTICS_KINDS } from '@waymark/domain';
import type { AnalyticsKind } from '@waymark/domain';
import { endpoint, errorResponses, jsonBody, ok } from '../endpoint';

/**
 * Analytics endpoints, one per row of the domain's `ANALYTICS_KINDS` table. Each takes a query
 * description of `@waymark/domain` as its JSON body (its `kind` may be left out: the path names it)
 * and answers with that query's result schema. The server validates the body with the same schema
 * (400 with the field path on a bad description).
 */

export { analyticsKindSchema } from '@waymark/domain';
export type { AnalyticsKind } from '@waymark/domain';

function analyticsEndpoint<const K extends AnalyticsKind, B extends z.ZodType, R extends z.ZodType>(
  kind: K,
  row: { body: B; result: R; summary: string },
) {
  return endpoint({
    method: 'post',
    path: `/api/analytics/${kind}`,
    operationId: `analytics_${kind}`,
    tags: ['analytics'],
    summary: row.summary,
    request: { body: jsonBody(row.body) },
    responses: { ...ok(row.result, `The ${kind} result`), ...errorResponses },
  });
}

/** `POST /api/analytics/funnel`. */
export const analyticsFunnel = analyticsEndpoint('funnel', ANALYTICS_KINDS.funnel);
/** `POST /api/analytics/time_to_convert`. */
export const analyticsTimeToConvert = analyticsEndpoint('time_to_convert', ANALYTICS_KINDS.time_to_convert);
/** `POST /api/analytics/paths`. */
export const analyticsPaths = analyticsEndpoint('paths', ANALYTICS_KINDS.paths);
/** `POST /api/analytics/dfg`. */
export const analyticsDfg = analyticsEndpoint('dfg', ANALYTICS_KINDS.dfg);
/** `POST /api/analytics/variants`. */
export const analyticsVariants = analyticsEndpoint('variants', ANALYTICS_KINDS.variants);
/** `POST /api/analytics/attribution`. */
export const analyticsAttribution = analyticsEndpoint('attribution', ANALYTICS_KINDS.attribution);
/** `POST /api/analytics/health`. */
export const analyticsHealth = analyticsEndpoint('health', ANALYTICS_KINDS.health);
/** `POST /api/analytics/trends`. */
export const analyticsTrends = analyticsEndpoint('trends', ANALYTICS_KINDS.trends);
