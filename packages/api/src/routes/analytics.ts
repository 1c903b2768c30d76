import { z } from 'zod';
import {
  attributionQueryBodySchema,
  attributionResultSchema,
  dfgQueryBodySchema,
  dfgResultSchema,
  funnelQueryBodySchema,
  funnelResultSchema,
  healthQueryBodySchema,
  healthResultSchema,
  pathsQueryBodySchema,
  pathsResultSchema,
  timeToConvertQueryBodySchema,
  timeToConvertResultSchema,
  trendsQueryBodySchema,
  trendsResultSchema,
  variantsQueryBodySchema,
  variantsResultSchema,
} from '@waymark/domain';
import { endpoint, errorResponses, jsonBody, ok } from '../endpoint';

/**
 * Analytics endpoints. Each takes a query description of `@waymark/domain` as its JSON body (its
 * `kind` may be left out: the path names it) and answers with that query's result schema. The
 * server validates the body with the same schema (400 with the field path on a bad description).
 */

/** Names of the analytics queries, each served at `POST /api/analytics/{kind}`. */
export const analyticsKindSchema = z.enum([
  'funnel',
  'time_to_convert',
  'paths',
  'dfg',
  'variants',
  'attribution',
  'health',
  'trends',
]);
export type AnalyticsKind = z.infer<typeof analyticsKindSchema>;

function analyticsEndpoint<const K extends AnalyticsKind, B extends z.ZodType, R extends z.ZodType>(
  kind: K,
  summary: string,
  body: B,
  result: R,
) {
  return endpoint({
    method: 'post',
    path: `/api/analytics/${kind}`,
    operationId: `analytics_${kind}`,
    tags: ['analytics'],
    summary,
    request: { body: jsonBody(body) },
    responses: { ...ok(result, `The ${kind} result`), ...errorResponses },
  });
}

/** `POST /api/analytics/funnel`. */
export const analyticsFunnel = analyticsEndpoint(
  'funnel',
  'Funnel: conversion through ordered steps in a window',
  funnelQueryBodySchema,
  funnelResultSchema,
);
/** `POST /api/analytics/time_to_convert`. */
export const analyticsTimeToConvert = analyticsEndpoint(
  'time_to_convert',
  'Time to convert between two steps of a funnel',
  timeToConvertQueryBodySchema,
  timeToConvertResultSchema,
);
/** `POST /api/analytics/paths`. */
export const analyticsPaths = analyticsEndpoint(
  'paths',
  'Paths: top session paths and Sankey nodes',
  pathsQueryBodySchema,
  pathsResultSchema,
);
/** `POST /api/analytics/dfg`. */
export const analyticsDfg = analyticsEndpoint(
  'dfg',
  'Directly-follows graph with counts and median transition time',
  dfgQueryBodySchema,
  dfgResultSchema,
);
/** `POST /api/analytics/variants`. */
export const analyticsVariants = analyticsEndpoint(
  'variants',
  'Distinct event sequences with counts',
  variantsQueryBodySchema,
  variantsResultSchema,
);
/** `POST /api/analytics/attribution`. */
export const analyticsAttribution = analyticsEndpoint(
  'attribution',
  'Conversions attributed to channels',
  attributionQueryBodySchema,
  attributionResultSchema,
);
/** `POST /api/analytics/health`. */
export const analyticsHealth = analyticsEndpoint(
  'health',
  'Journey health: bounce, regression, stalls, loops',
  healthQueryBodySchema,
  healthResultSchema,
);
/** `POST /api/analytics/trends`. */
export const analyticsTrends = analyticsEndpoint(
  'trends',
  'A measure by day, week, month or quarter',
  trendsQueryBodySchema,
  trendsResultSchema,
);
