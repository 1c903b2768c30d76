import { z } from 'zod';
import { endpoint, errorResponses, jsonBody, ok } from '../endpoint';

/**
 * Analytics endpoints. Each takes the query description of `@waymark/analytics` as its JSON body
 * and answers with that query's result. The server validates the body with the analytics package's
 * own schemas (400 with the field path on a bad description).
 * Trap: `@waymark/api` may import only `@waymark/domain`, so the description and result shapes are
 * typed loosely here; see the analytics package for their fields.
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

/** A query description (validated by the server against the analytics schema of that kind). */
export const analyticsQuerySchema = z.record(z.string(), z.unknown());
export type AnalyticsQuery = z.infer<typeof analyticsQuerySchema>;

/** A query result as JSON. */
export const analyticsResultSchema = z.record(z.string(), z.unknown());
export type AnalyticsResult = z.infer<typeof analyticsResultSchema>;

function analyticsEndpoint<const K extends AnalyticsKind>(kind: K, summary: string) {
  return endpoint({
    method: 'post',
    path: `/api/analytics/${kind}`,
    operationId: `analytics_${kind}`,
    tags: ['analytics'],
    summary,
    request: { body: jsonBody(analyticsQuerySchema) },
    responses: { ...ok(analyticsResultSchema, `The ${kind} result`), ...errorResponses },
  });
}

export const analyticsFunnel = analyticsEndpoint(
  'funnel',
  'Funnel: conversion through ordered steps in a window',
);
export const analyticsTimeToConvert = analyticsEndpoint(
  'time_to_convert',
  'Time to convert between two steps of a funnel',
);
export const analyticsPaths = analyticsEndpoint('paths', 'Paths: top session paths and Sankey nodes');
export const analyticsDfg = analyticsEndpoint(
  'dfg',
  'Directly-follows graph with counts and median transition time',
);
export const analyticsVariants = analyticsEndpoint('variants', 'Distinct event sequences with counts');
export const analyticsAttribution = analyticsEndpoint('attribution', 'Conversions attributed to channels');
export const analyticsHealth = analyticsEndpoint(
  'health',
  'Journey health: bounce, regression, stalls, loops',
);
export const analyticsTrends = analyticsEndpoint('trends', 'A measure by day, week, month or quarter');
