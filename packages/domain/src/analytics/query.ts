import { eventMatcherSchema, propertyConditionSchema } from '../schema';
import { z } from 'zod';

/**
 * Analytics query descriptions: one zod schema per question, shared by the analytics engine (every
 * adapter receives the same parsed description), the HTTP contract and the web app.
 * Each kind has two schemas built from one shape: `xQuerySchema` (`kind` required, the description
 * `runQuery` takes) and `xQueryBodySchema` (`kind` optional: the JSON body of
 * `POST /api/analytics/{kind}`, whose kind comes from the path).
 */

/**
 * The description schema (`kind` required) and the request body schema (`kind` optional) of one
 * query kind, from one shape. Trap: refinements must be applied to both.
 */
function queryKind<const K extends string, S extends z.ZodRawShape>(kind: K, shape: S) {
  return {
    query: z.strictObject({ kind: z.literal(kind), ...shape }),
    body: z.strictObject({ kind: z.literal(kind).optional(), ...shape }),
  };
}

/**
 * Most groups a breakdown lists: a funnel breakdown and a trends breakdown by channel give the top
 * groups (by users at step 1, or by the measure over the range) and sum the rest into one `(other)`
 * group; the answer states the cap and how many groups there were.
 */
export const MAX_BREAKDOWN_GROUPS = 100;
/** Most series a trends breakdown by channel lists (the rest are summed into one `(other)` series). */
export const MAX_TREND_SERIES = 20;
/** Most periods a trend lists; a longer range (or a span of events, when the range is open) is a 400. */
export const MAX_TREND_PERIODS = 5000;
/** Label of the group summing the breakdown values past {@link MAX_BREAKDOWN_GROUPS}. */
export const OTHER_GROUP = '(other)';

/** Earliest instant a query accepts: 1900-01-01T00:00:00Z. */
export const MIN_INSTANT = Date.UTC(1900, 0, 1);
/** First instant past the latest a query accepts: 2201-01-01T00:00:00Z (the year 2200 is the last). */
export const END_INSTANT = Date.UTC(2201, 0, 1);

/**
 * An instant: epoch milliseconds, or ISO 8601 text with `Z` or an offset (parsed to milliseconds),
 * in the years 1900 to 2200 (an `to` of exactly 2201-01-01T00:00:00Z is allowed: ranges are half-open).
 * Wider ranges are refused, so no query walks millions of empty periods.
 */
export const instantSchema = z
  .union([z.number().int(), z.iso.datetime({ offset: true })])
  .transform((value) => (typeof value === 'number' ? value : Date.parse(value)))
  .refine((ms) => ms >= MIN_INSTANT && ms <= END_INSTANT, {
    message: 'expected a time in the years 1900 to 2200',
  });

/** Half-open `[from, to)` in epoch milliseconds; either end may be open. */
export const timeRangeSchema = z
  .strictObject({ from: instantSchema.optional(), to: instantSchema.optional() })
  .refine((range) => range.from === undefined || range.to === undefined || range.from < range.to, {
    message: 'timeRange.from must be before timeRange.to',
  });
export type TimeRange = z.infer<typeof timeRangeSchema>;

/** One step, stage or touch definition: the event matches when ANY of its matchers matches. */
export const stepSchema = z.array(eventMatcherSchema).min(1).max(50);
export type Step = z.infer<typeof stepSchema>;

/** Gap without events after which a new session starts when events carry no session id. */
export const DEFAULT_SESSION_IDLE_SECONDS = 1800;

const common = {
  timeRange: timeRangeSchema.default({}),
  /** Only events satisfying ALL of these conditions take part. */
  filters: z.array(propertyConditionSchema).max(16).default([]),
};
const sessionIdleSeconds = z
  .number()
  .int()
  .positive()
  .max(366 * 86_400)
  .default(DEFAULT_SESSION_IDLE_SECONDS);

/**
 * Funnel modes, as in ClickHouse `windowFunnel` (see docs/cli.md, "Funnel modes", for each one's
 * meaning). `allow_reentry` only modifies `strict_order` and is refused without it.
 */
export const funnelModeSchema = z.enum([
  'strict_order',
  'allow_reentry',
  'strict_deduplication',
  'strict_increase',
  'strict_once',
]);
export type FunnelMode = z.infer<typeof funnelModeSchema>;

/** Which event of the counted attempt gives the breakdown value. `{ step: k }` is 1-based. */
export const breakdownAttributionSchema = z.union([
  z.literal('first_touch'),
  z.literal('last_touch'),
  z.strictObject({ step: z.number().int().min(1) }),
]);
export type BreakdownAttribution = z.infer<typeof breakdownAttributionSchema>;

/** A persona for breakdowns: a user belongs when any of their events meets every condition of the rule. */
export const personaSegmentSchema = z.strictObject({
  id: z.string().min(1).max(64),
  name: z.string().min(1).max(500),
  segmentRule: z.array(propertyConditionSchema).min(1).max(16),
});
export type PersonaSegment = z.infer<typeof personaSegmentSchema>;

export const funnelBreakdownSchema = z.discriminatedUnion('by', [
  z.strictObject({
    by: z.literal('channel'),
    attribution: breakdownAttributionSchema.default('first_touch'),
  }),
  z.strictObject({
    by: z.literal('property'),
    property: z.string().min(1).max(200),
    attribution: breakdownAttributionSchema.default('first_touch'),
  }),
  z.strictObject({ by: z.literal('persona'), personas: z.array(personaSegmentSchema).min(1).max(24) }),
]);
export type FunnelBreakdown = z.infer<typeof funnelBreakdownSchema>;

/** An exclusion: an attempt is dropped when a matching event falls after its step `fromStep` and before step `toStep` (1-based). */
export const funnelExclusionSchema = z
  .strictObject({ matchers: stepSchema, fromStep: z.number().int().min(1), toStep: z.number().int().min(2) })
  .refine((exclusion) => exclusion.fromStep < exclusion.toStep, {
    message: 'fromStep must be before toStep',
  });
export type FunnelExclusion = z.infer<typeof funnelExclusionSchema>;

/** What a funnel counts: users, or sessions (each session is its own attempt). */
export const countBySchema = z.enum(['users', 'sessions']);

const funnelFields = {
  ...common,
  steps: z.array(stepSchema).min(1).max(20),
  /** Conversion window measured from the attempt's first step, inclusive. */
  windowSeconds: z
    .number()
    .int()
    .positive()
    .max(10 * 366 * 86_400),
  modes: z.array(funnelModeSchema).default([]),
  /** false = unordered funnel: steps may happen in any order within the window. */
  ordered: z.boolean().default(true),
  exclusions: z.array(funnelExclusionSchema).max(8).default([]),
  countBy: countBySchema.default('users'),
  sessionIdleSeconds,
  histogramBins: z.number().int().min(1).max(100).default(10),
};

/**
 * Refuses exclusions whose `toStep` is past the funnel's last step, on `exclusions[i].toStep`.
 * Trap: like every refinement here, apply it to both the query and the body schema.
 */
function exclusionsWithinSteps(
  query: { steps: unknown[]; exclusions: { toStep: number }[] },
  ctx: z.RefinementCtx,
): void {
  query.exclusions.forEach((exclusion, i) => {
    if (exclusion.toStep > query.steps.length)
      ctx.addIssue({
        code: 'custom',
        path: ['exclusions', i, 'toStep'],
        message: `toStep must be a step of the funnel (1 to ${query.steps.length})`,
      });
  });
}

const ORDERED_ONLY = 'an unordered funnel takes no modes and no exclusions';
function orderedOnly(query: { ordered: boolean; modes: unknown[]; exclusions: unknown[] }): boolean {
  return query.ordered || (query.modes.length === 0 && query.exclusions.length === 0);
}
const REENTRY_NEEDS_ORDER = 'the allow_reentry mode modifies strict_order: give both';
function reentryWithOrder(query: { modes: readonly FunnelMode[] }): boolean {
  return !query.modes.includes('allow_reentry') || query.modes.includes('strict_order');
}

const funnel = queryKind('funnel', {
  ...funnelFields,
  breakdown: funnelBreakdownSchema.optional(),
  /** Also return each user's (or session's) deepest step (0 = never matched step 1). */
  perUser: z.boolean().default(false),
});
/** Funnel: users (or sessions) reaching each step, conversion, time to convert, optional breakdown. */
export const funnelQuerySchema = funnel.query
  .refine(orderedOnly, { message: ORDERED_ONLY })
  .superRefine(exclusionsWithinSteps)
  .refine(reentryWithOrder, { message: REENTRY_NEEDS_ORDER, path: ['modes'] });
export type FunnelQuery = z.infer<typeof funnelQuerySchema>;
export type FunnelQueryInput = z.input<typeof funnelQuerySchema>;
/** The body of `POST /api/analytics/funnel`. */
export const funnelQueryBodySchema = funnel.body
  .refine(orderedOnly, { message: ORDERED_ONLY })
  .superRefine(exclusionsWithinSteps)
  .refine(reentryWithOrder, { message: REENTRY_NEEDS_ORDER, path: ['modes'] });
export type FunnelQueryBody = z.input<typeof funnelQueryBodySchema>;

const timeToConvert = queryKind('time_to_convert', {
  ...funnelFields,
  fromStep: z.number().int().min(1).default(1),
  toStep: z.number().int().min(2).optional(),
});
const STEPS_OF_FUNNEL = 'fromStep and toStep must be steps of the funnel, fromStep first';
function stepsOfFunnel(query: { steps: unknown[]; fromStep: number; toStep?: number | undefined }): boolean {
  const toStep = query.toStep ?? query.steps.length;
  return toStep <= query.steps.length && query.fromStep < toStep;
}
/** Time to convert between two steps of a funnel (1-based, `fromStep < toStep`). */
export const timeToConvertQuerySchema = timeToConvert.query
  .refine(stepsOfFunnel, { message: STEPS_OF_FUNNEL })
  .refine(orderedOnly, { message: ORDERED_ONLY })
  .superRefine(exclusionsWithinSteps)
  .refine(reentryWithOrder, { message: REENTRY_NEEDS_ORDER, path: ['modes'] });
export type TimeToConvertQuery = z.infer<typeof timeToConvertQuerySchema>;
/** The body of `POST /api/analytics/time_to_convert`. */
export const timeToConvertQueryBodySchema = timeToConvert.body
  .refine(stepsOfFunnel, { message: STEPS_OF_FUNNEL })
  .refine(orderedOnly, { message: ORDERED_ONLY })
  .superRefine(exclusionsWithinSteps)
  .refine(reentryWithOrder, { message: REENTRY_NEEDS_ORDER, path: ['modes'] });
export type TimeToConvertQueryBody = z.input<typeof timeToConvertQueryBodySchema>;

/** A path cleaning rule: event names matching `pattern` (`*` is a wildcard, all else literal) become `alias`. */
export const cleaningRuleSchema = z.strictObject({
  pattern: z.string().min(1).max(500),
  alias: z.string().min(1).max(500),
});
export type CleaningRule = z.infer<typeof cleaningRuleSchema>;

const paths = queryKind('paths', {
  ...common,
  sessionIdleSeconds,
  cleaning: z.array(cleaningRuleSchema).max(100).default([]),
  /** Paths begin at the first event matching this step (sessions without one are left out). */
  startPoint: stepSchema.optional(),
  /** Paths end at the first event matching this step after the start (sessions without one are left out). */
  endPoint: stepSchema.optional(),
  /** Longest path kept (events); longer paths are cut. */
  maxSteps: z.number().int().min(2).max(50).default(8),
  /** Merge consecutive repeats of the same (cleaned) event. */
  collapseRepeats: z.boolean().default(false),
  topN: z.number().int().min(1).max(1000).default(20),
});
/** Paths through sessions: top paths and a Sankey keyed by step position. */
export const pathsQuerySchema = paths.query;
export type PathsQuery = z.infer<typeof pathsQuerySchema>;
/** The body of `POST /api/analytics/paths`. */
export const pathsQueryBodySchema = paths.body;
export type PathsQueryBody = z.input<typeof pathsQueryBodySchema>;

/** Sequence unit for graph and variant queries: a user's whole history, or each session. */
export const sequenceUnitSchema = z.enum(['user', 'session']);

const dfg = queryKind('dfg', {
  ...common,
  by: sequenceUnitSchema.default('user'),
  sessionIdleSeconds,
});
/** Directly-follows graph: transition counts and median transition time, start and end counts. */
export const dfgQuerySchema = dfg.query;
export type DfgQuery = z.infer<typeof dfgQuerySchema>;
/** The body of `POST /api/analytics/dfg`. */
export const dfgQueryBodySchema = dfg.body;
export type DfgQueryBody = z.input<typeof dfgQueryBodySchema>;

const variants = queryKind('variants', {
  ...common,
  by: sequenceUnitSchema.default('user'),
  sessionIdleSeconds,
  top: z.number().int().min(1).max(10_000).default(20),
});
/** Variants: distinct event-name sequences with counts. */
export const variantsQuerySchema = variants.query;
export type VariantsQuery = z.infer<typeof variantsQuerySchema>;
/** The body of `POST /api/analytics/variants`. */
export const variantsQueryBodySchema = variants.body;
export type VariantsQueryBody = z.input<typeof variantsQueryBodySchema>;

/** An attribution model: how one conversion's credit is split across its touches (see `runAttribution`). */
export const attributionModelSchema = z.enum([
  'first_touch',
  'last_touch',
  'linear',
  'position_based',
  'time_decay',
]);
export type AttributionModel = z.infer<typeof attributionModelSchema>;

/**
 * The models an attribution query computes: one to five, each at most once (a repeat is refused, not
 * merged). Default: all five. Ask only for the models you need; first and last touch alone are cheapest.
 */
export const attributionModelsSchema = z
  .array(attributionModelSchema)
  .min(1)
  .max(5)
  .refine((models) => new Set(models).size === models.length, {
    message: 'expected each model at most once',
  })
  .default(() => [...attributionModelSchema.options]);

/**
 * Conversions as completions of an ordered funnel (ClickHouse `windowFunnel` semantics, no modes):
 * each user whose counted attempt reaches the last step within the window converts once, at the event
 * that completed it. A journey map's channel attribution asks this way, so its conversions are the
 * users who reached the map's last measured stage in the funnel.
 */
export const attributionFunnelSchema = z.strictObject({
  steps: funnelFields.steps,
  windowSeconds: funnelFields.windowSeconds,
});
export type AttributionFunnel = z.infer<typeof attributionFunnelSchema>;

const ONE_CONVERSION = 'give either conversion (an event) or funnel (its completions), not both';
function oneConversion(query: { conversion?: unknown; funnel?: unknown }): boolean {
  return (query.conversion === undefined) !== (query.funnel === undefined);
}

const attribution = queryKind('attribution', {
  ...common,
  /** The conversion event: a user's first (or every) event matching this step. */
  conversion: stepSchema.optional(),
  /** Instead of `conversion`: the completions of this funnel, one per user (see `attributionFunnelSchema`). */
  funnel: attributionFunnelSchema.optional(),
  /** Which events count as touches (default: every event that carries a channel). */
  touches: stepSchema.optional(),
  lookbackSeconds: z
    .number()
    .int()
    .positive()
    .max(3 * 366 * 86_400)
    .default(30 * 86_400),
  halfLifeSeconds: z
    .number()
    .int()
    .positive()
    .max(366 * 86_400)
    .default(7 * 86_400),
  /** `first`: a user's first conversion only; `all`: every conversion, touches reset after each. */
  conversions: z.enum(['first', 'all']).default('first'),
  /**
   * Whether the conversion event itself is a touch when it carries a channel (default true: the
   * converting visit's channel gets credit, as GA4 credits the converting session's channel). false:
   * only events before the conversion are touches.
   */
  conversionTouch: z.boolean().default(true),
  /** The models to compute; the result carries exactly these figures (default: all five). */
  models: attributionModelsSchema,
});
/**
 * Channel attribution of conversions (events matching `conversion`, or completions of `funnel`: exactly
 * one of the two); touches are events with a channel inside the lookback window up to the conversion,
 * the conversion itself included unless `conversionTouch` is false.
 */
export const attributionQuerySchema = attribution.query.refine(oneConversion, {
  message: ONE_CONVERSION,
  path: ['conversion'],
});
export type AttributionQuery = z.infer<typeof attributionQuerySchema>;
/** The body of `POST /api/analytics/attribution`. */
export const attributionQueryBodySchema = attribution.body.refine(oneConversion, {
  message: ONE_CONVERSION,
  path: ['conversion'],
});
export type AttributionQueryBody = z.input<typeof attributionQueryBodySchema>;

const health = queryKind('health', {
  ...common,
  stages: z.array(stepSchema).min(1).max(30),
  stageNames: z.array(z.string().min(1).max(500)).optional(),
  stallDays: z.number().positive().max(3660).default(7),
  /** The instant stalls are measured against (default: the latest event in scope). */
  asOf: instantSchema.optional(),
  sessionIdleSeconds,
});
/** Journey health over ordered stages; with two or more stages the last one is the conversion (see `runHealth`). */
export const healthQuerySchema = health.query;
export type HealthQuery = z.infer<typeof healthQuerySchema>;
/** The body of `POST /api/analytics/health`. */
export const healthQueryBodySchema = health.body;
export type HealthQueryBody = z.input<typeof healthQueryBodySchema>;

export const trendIntervalSchema = z.enum(['day', 'week', 'month', 'quarter']);
export type TrendInterval = z.infer<typeof trendIntervalSchema>;

/**
 * What a trend counts per period. `sessions` are split by the one session rule of every sequence
 * query (a new session id, or without ids more than `sessionIdleSeconds` idle), as paths split them.
 */
export const trendMeasureSchema = z.enum(['events', 'users', 'sessions']);

const trends = queryKind('trends', {
  ...common,
  measure: trendMeasureSchema.default('events'),
  /** Count only events matching this step (default: all events). */
  matchers: stepSchema.optional(),
  interval: trendIntervalSchema.default('day'),
  breakdown: z.literal('channel').optional(),
  /** With `measure: 'sessions'`: the idle gap that ends a session of events without session ids. */
  sessionIdleSeconds,
});
/** Trends: a measure per UTC day, ISO week (Monday), month or quarter, with period-over-period change. */
export const trendsQuerySchema = trends.query;
export type TrendsQuery = z.infer<typeof trendsQuerySchema>;
/** The body of `POST /api/analytics/trends`. */
export const trendsQueryBodySchema = trends.body;
export type TrendsQueryBody = z.input<typeof trendsQueryBodySchema>;
export type TrendsQueryInput = z.input<typeof trendsQuerySchema>;

/** Any analytics query description. */
export const analyticsQuerySchema = z.discriminatedUnion('kind', [
  funnelQuerySchema,
  timeToConvertQuerySchema,
  pathsQuerySchema,
  dfgQuerySchema,
  variantsQuerySchema,
  attributionQuerySchema,
  healthQuerySchema,
  trendsQuerySchema,
]);
export type AnalyticsQuery = z.infer<typeof analyticsQuerySchema>;
export type AnalyticsQueryInput = z.input<typeof analyticsQuerySchema>;
