import { z } from 'zod';
import { countBySchema, trendIntervalSchema, trendMeasureSchema } from './query';
import type { AttributionModel } from './query';

/**
 * Result shapes of the analytics queries, shared by the engine (its kernels return them), the HTTP
 * contract (each endpoint's 200 body) and the web app. Times are seconds; conversions are fractions
 * 0..1. A statistic over no values is null.
 */

/** One histogram bin of conversion times: `[fromSeconds, toSeconds)`, the last bin closed. */
export const histogramBinSchema = z.object({
  fromSeconds: z.number(),
  toSeconds: z.number(),
  count: z.number(),
});
export type HistogramBin = z.infer<typeof histogramBinSchema>;

/** Time-to-convert statistics of one step transition. */
export const conversionTimesSchema = z.object({
  medianSeconds: z.number().nullable(),
  p90Seconds: z.number().nullable(),
  averageSeconds: z.number().nullable(),
  histogram: z.array(histogramBinSchema),
});
export type ConversionTimes = z.infer<typeof conversionTimesSchema>;

/**
 * One funnel step. `conversion` is from step 1, `conversionFromPrevious` from the step before;
 * times are from the previous step to this one (null for step 1).
 */
export const funnelStepResultSchema = conversionTimesSchema.extend({
  step: z.number(),
  users: z.number(),
  conversion: z.number(),
  conversionFromPrevious: z.number(),
  dropOff: z.number(),
});
export type FunnelStepResult = z.infer<typeof funnelStepResultSchema>;

/** The funnel of one breakdown value. */
export const funnelBreakdownResultSchema = z.object({
  value: z.string(),
  steps: z.array(funnelStepResultSchema),
  /** True on the one `(other)` entry that sums the values past the breakdown's cap. */
  other: z.literal(true).optional(),
});
export type FunnelBreakdownResult = z.infer<typeof funnelBreakdownResultSchema>;

/** How a breakdown was capped: at most `limit` groups are listed; `groups` counts them all. */
export const breakdownLimitSchema = z.object({
  limit: z.number(),
  groups: z.number(),
  /** Whether the groups past the limit are summed into one `(other)` group. */
  other: z.boolean(),
});
export type BreakdownLimit = z.infer<typeof breakdownLimitSchema>;

/** Funnel answer; `levels` (user id -> deepest step, 0..n) only when `perUser` was asked for. */
export const funnelResultSchema = z.object({
  countBy: countBySchema,
  steps: z.array(funnelStepResultSchema),
  breakdown: z.array(funnelBreakdownResultSchema).optional(),
  /** With a breakdown: its cap and how many values there were (past the cap, the rest is one `(other)` entry). */
  breakdownLimit: breakdownLimitSchema.optional(),
  levels: z.record(z.string(), z.number()).optional(),
});
export type FunnelResult = z.infer<typeof funnelResultSchema>;

/** Time to convert from one step to a later one, over attempts that reached the later step. */
export const timeToConvertResultSchema = conversionTimesSchema.extend({
  fromStep: z.number(),
  toStep: z.number(),
  conversions: z.number(),
});
export type TimeToConvertResult = z.infer<typeof timeToConvertResultSchema>;

/** One path and how many sessions followed it. */
export const pathCountSchema = z.object({ events: z.array(z.string()), count: z.number() });
export type PathCount = z.infer<typeof pathCountSchema>;

/** A Sankey node: an event name at a step position (1-based), so cycles draw as forward flows. */
export const sankeyNodeSchema = z.object({
  id: z.string(),
  step: z.number(),
  name: z.string(),
  count: z.number(),
});
export type SankeyNode = z.infer<typeof sankeyNodeSchema>;

/** A Sankey edge; `count` is the number of transitions from `source` to `target`. */
export const sankeyEdgeSchema = z.object({ source: z.string(), target: z.string(), count: z.number() });
export type SankeyEdge = z.infer<typeof sankeyEdgeSchema>;

/** Paths answer: sessions counted, the top paths and the Sankey. */
export const pathsResultSchema = z.object({
  total: z.number(),
  paths: z.array(pathCountSchema),
  nodes: z.array(sankeyNodeSchema),
  edges: z.array(sankeyEdgeSchema),
});
export type PathsResult = z.infer<typeof pathsResultSchema>;

/** A directly-follows edge with its count and the median seconds between the two events. */
export const dfgEdgeSchema = z.object({
  from: z.string(),
  to: z.string(),
  count: z.number(),
  medianSeconds: z.number(),
});
export type DfgEdge = z.infer<typeof dfgEdgeSchema>;

/** Directly-follows graph; `start`/`end` count sequences that begin/end with each event. */
export const dfgResultSchema = z.object({
  edges: z.array(dfgEdgeSchema),
  start: z.record(z.string(), z.number()),
  end: z.record(z.string(), z.number()),
});
export type DfgResult = z.infer<typeof dfgResultSchema>;

/** One distinct event-name sequence and how many users (or sessions) followed it. */
export const variantCountSchema = z.object({ events: z.array(z.string()), count: z.number() });
export type VariantCount = z.infer<typeof variantCountSchema>;

/** Variants, most frequent first (ties by sequence text); `total` counts all sequences. */
export const variantsResultSchema = z.object({
  variants: z.array(variantCountSchema),
  total: z.number(),
});
export type VariantsResult = z.infer<typeof variantsResultSchema>;

/**
 * Conversions credited to one channel by each model (fractions sum to conversions with touches).
 * A model's figure is present exactly when the query asked for that model (`models`, default all
 * five) and absent otherwise; a channel is listed when any requested model credits it.
 * Trap: an absent figure means "not computed", never zero.
 */
export const channelAttributionSchema = z.object({
  channel: z.string(),
  firstTouch: z.number().optional(),
  lastTouch: z.number().optional(),
  linear: z.number().optional(),
  positionBased: z.number().optional(),
  timeDecay: z.number().optional(),
});
export type ChannelAttribution = z.infer<typeof channelAttributionSchema>;

/** The figure of `ChannelAttribution` that holds each model's credit. */
export const attributionFieldOf = {
  first_touch: 'firstTouch',
  last_touch: 'lastTouch',
  linear: 'linear',
  position_based: 'positionBased',
  time_decay: 'timeDecay',
} as const satisfies Record<AttributionModel, Exclude<keyof ChannelAttribution, 'channel'>>;

/**
 * Attribution answer; `unattributed` counts conversions without any touch in the lookback window.
 * Channels come most credit first by the first requested model in the order linear, position-based,
 * time decay, first touch, last touch (linear when all are asked for), ties by channel name.
 */
export const attributionResultSchema = z.object({
  conversions: z.number(),
  unattributed: z.number(),
  channels: z.array(channelAttributionSchema),
});
export type AttributionResult = z.infer<typeof attributionResultSchema>;

/**
 * Health figures of one stage: users who reached it; `bounced` (one session reaching this stage and
 * no further, not converted); `regressed` (went back to an earlier stage); `stalled` (furthest stage,
 * not converted, no progress for `stallDays`); `looped` (re-entered it after leaving).
 */
export const stageHealthSchema = z.object({
  stage: z.number(),
  name: z.string(),
  users: z.number(),
  bounced: z.number(),
  regressed: z.number(),
  stalled: z.number(),
  looped: z.number(),
});
export type StageHealth = z.infer<typeof stageHealthSchema>;

/** Journey health answer; `regressions` are backward moves between 1-based stages with user-transition counts. */
export const healthResultSchema = z.object({
  users: z.number(),
  converted: z.number(),
  asOf: z.number(),
  stages: z.array(stageHealthSchema),
  regressions: z.array(z.object({ from: z.number(), to: z.number(), count: z.number() })),
});
export type HealthResult = z.infer<typeof healthResultSchema>;

/** One period of a trend; `previous`/`change` compare with the period before (null for the first). */
export const trendPointSchema = z.object({
  period: z.string(),
  value: z.number(),
  previous: z.number().nullable(),
  change: z.number().nullable(),
});
export type TrendPoint = z.infer<typeof trendPointSchema>;

/** One series of a trend; `name` is the breakdown value, or `all`. */
export const trendSeriesSchema = z.object({
  name: z.string(),
  points: z.array(trendPointSchema),
  /** True on the one `(other)` series that sums the channels past the breakdown's cap. */
  other: z.literal(true).optional(),
});
export type TrendSeries = z.infer<typeof trendSeriesSchema>;

/** Trends answer: one series per breakdown value (capped as `breakdownLimit` says when broken down). */
export const trendsResultSchema = z.object({
  interval: trendIntervalSchema,
  measure: trendMeasureSchema,
  series: z.array(trendSeriesSchema),
  breakdownLimit: breakdownLimitSchema.optional(),
});
export type TrendsResult = z.infer<typeof trendsResultSchema>;
