/**
 * Result shapes of the analytics queries. Times are seconds; conversions are fractions 0..1.
 * A statistic over no values is null.
 */

/** One histogram bin of conversion times: `[fromSeconds, toSeconds)`, the last bin closed. */
export interface HistogramBin {
  fromSeconds: number;
  toSeconds: number;
  count: number;
}

/** Time-to-convert statistics of one step transition. */
export interface ConversionTimes {
  medianSeconds: number | null;
  p90Seconds: number | null;
  averageSeconds: number | null;
  histogram: HistogramBin[];
}

/**
 * One funnel step. `conversion` is from step 1, `conversionFromPrevious` from the step before;
 * times are from the previous step to this one (null for step 1).
 */
export interface FunnelStepResult extends ConversionTimes {
  step: number;
  users: number;
  conversion: number;
  conversionFromPrevious: number;
  dropOff: number;
}

/** The funnel of one breakdown value. */
export interface FunnelBreakdownResult {
  value: string;
  steps: FunnelStepResult[];
}

/** Funnel answer; `levels` (user id -> deepest step, 0..n) only when `perUser` was asked for. */
export interface FunnelResult {
  countBy: 'users' | 'sessions';
  steps: FunnelStepResult[];
  breakdown?: FunnelBreakdownResult[];
  levels?: Record<string, number>;
}

/** Time to convert from one step to a later one, over attempts that reached the later step. */
export interface TimeToConvertResult extends ConversionTimes {
  fromStep: number;
  toStep: number;
  conversions: number;
}

/** One path and how many sessions followed it. */
export interface PathCount {
  events: string[];
  count: number;
}

/** A Sankey node: an event name at a step position (1-based), so cycles draw as forward flows. */
export interface SankeyNode {
  id: string;
  step: number;
  name: string;
  count: number;
}

/** A Sankey edge; `count` is the number of transitions from `source` to `target`. */
export interface SankeyEdge {
  source: string;
  target: string;
  count: number;
}

export interface PathsResult {
  total: number;
  paths: PathCount[];
  nodes: SankeyNode[];
  edges: SankeyEdge[];
}

/** A directly-follows edge with its count and the median seconds between the two events. */
export interface DfgEdge {
  from: string;
  to: string;
  count: number;
  medianSeconds: number;
}

/** Directly-follows graph; `start`/`end` count sequences that begin/end with each event. */
export interface DfgResult {
  edges: DfgEdge[];
  start: Record<string, number>;
  end: Record<string, number>;
}

export interface VariantCount {
  events: string[];
  count: number;
}

/** Variants, most frequent first (ties by sequence text); `total` counts all sequences. */
export interface VariantsResult {
  variants: VariantCount[];
  total: number;
}

/** Conversions credited to one channel by each model (fractions sum to conversions with touches). */
export interface ChannelAttribution {
  channel: string;
  firstTouch: number;
  lastTouch: number;
  linear: number;
  positionBased: number;
  timeDecay: number;
}

export interface AttributionResult {
  conversions: number;
  /** Conversions without any touch in the lookback window. */
  unattributed: number;
  channels: ChannelAttribution[];
}

/** Health figures of one stage. */
export interface StageHealth {
  stage: number;
  name: string;
  /** Users who reached this stage. */
  users: number;
  /** Users whose only activity was one session reaching this stage and no further, without converting. */
  bounced: number;
  /** Users who went back from this stage to an earlier one. */
  regressed: number;
  /** Users whose furthest stage is this one, not converted, with no progress for `stallDays`. */
  stalled: number;
  /** Users who re-entered this stage after leaving it. */
  looped: number;
}

export interface HealthResult {
  users: number;
  converted: number;
  asOf: number;
  stages: StageHealth[];
  /** Backward moves between stages (1-based stage numbers) with user-transition counts. */
  regressions: { from: number; to: number; count: number }[];
}

/** One period of a trend; `previous`/`change` compare with the period before (null for the first). */
export interface TrendPoint {
  period: string;
  value: number;
  previous: number | null;
  change: number | null;
}

export interface TrendSeries {
  /** Breakdown value, or `all`. */
  name: string;
  points: TrendPoint[];
}

export interface TrendsResult {
  interval: 'day' | 'week' | 'month' | 'quarter';
  measure: 'events' | 'users' | 'sessions';
  series: TrendSeries[];
}
