import { z } from 'zod';
import {
  attributionQueryBodySchema,
  dfgQueryBodySchema,
  funnelQueryBodySchema,
  healthQueryBodySchema,
  pathsQueryBodySchema,
  timeToConvertQueryBodySchema,
  trendsQueryBodySchema,
  variantsQueryBodySchema,
} from './query';
import {
  attributionResultSchema,
  dfgResultSchema,
  funnelResultSchema,
  healthResultSchema,
  pathsResultSchema,
  timeToConvertResultSchema,
  trendsResultSchema,
  variantsResultSchema,
} from './results';

/**
 * The analytics query kinds: the one table of them. Each kind has its request body (the query
 * description with `kind` optional, served at `POST /api/analytics/{kind}`), its result and a
 * summary. The API contract builds its endpoints from it, the server registers a route per row,
 * and the engine's `runQuery` dispatches each kind to its kernel through a table typed by the same kinds.
 */
export const ANALYTICS_KINDS = {
  funnel: {
    body: funnelQueryBodySchema,
    result: funnelResultSchema,
    summary: 'Funnel: conversion through ordered steps in a window',
  },
  time_to_convert: {
    body: timeToConvertQueryBodySchema,
    result: timeToConvertResultSchema,
    summary: 'Time to convert between two steps of a funnel',
  },
  paths: {
    body: pathsQueryBodySchema,
    result: pathsResultSchema,
    summary: 'Paths: top session paths and Sankey nodes',
  },
  dfg: {
    body: dfgQueryBodySchema,
    result: dfgResultSchema,
    summary: 'Directly-follows graph with counts and median transition time',
  },
  variants: {
    body: variantsQueryBodySchema,
    result: variantsResultSchema,
    summary: 'Distinct event sequences with counts',
  },
  attribution: {
    body: attributionQueryBodySchema,
    result: attributionResultSchema,
    summary: 'Conversions attributed to channels',
  },
  health: {
    body: healthQueryBodySchema,
    result: healthResultSchema,
    summary: 'Journey health: bounce, regression, stalls, loops',
  },
  trends: {
    body: trendsQueryBodySchema,
    result: trendsResultSchema,
    summary: 'A measure by day, week, month or quarter',
  },
} as const;

/** A query kind's name. */
export type AnalyticsKind = keyof typeof ANALYTICS_KINDS;

/** The kinds in table order. */
export const ANALYTICS_KIND_NAMES = Object.keys(ANALYTICS_KINDS) as [AnalyticsKind, ...AnalyticsKind[]];

/** Names of the analytics queries, each served at `POST /api/analytics/{kind}`. */
export const analyticsKindSchema = z.enum(ANALYTICS_KIND_NAMES);
