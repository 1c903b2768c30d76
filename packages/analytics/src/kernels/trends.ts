import { MAX_TREND_PERIODS, MAX_TREND_SERIES, OTHER_GROUP } from '@waymark/domain';
import type { JourneyIndex } from '../journey-index';
import { QueryLimitError } from '../query-limits';
import type { TrendInterval, TrendsQuery } from '../query';
import type { BreakdownLimit, TrendPoint, TrendsResult, TrendSeries } from '../results';
import { compareText, NONE_VALUE } from './funnel';
import type { PreparedQuery } from './scope';
import { groupMasks, maskAt } from './scope';
import { forEachSequence } from './sessions';

/** Why an engine's trends aggregation refuses the sessions measure. */
export const SESSIONS_FROM_INDEX =
  'trends of sessions are counted from the journey index (runQuery), with the shared session rule';

/** One aggregated bucket from an adapter: the bucket's start (epoch ms, UTC), series name and value. */
export interface TrendRow {
  bucketStart: number;
  series: string;
  value: number;
}

/** Start of the UTC period containing `ms` (weeks start on Monday). */
export function periodStart(ms: number, interval: TrendInterval): number {
  const date = new Date(ms);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth();
  switch (interval) {
    case 'day':
      return Date.UTC(y, m, date.getUTCDate());
    case 'week': {
      const day = Date.UTC(y, m, date.getUTCDate());
      const weekday = (date.getUTCDay() + 6) % 7;
      return day - weekday * 86_400_000;
    }
    case 'month':
      return Date.UTC(y, m, 1);
    case 'quarter':
      return Date.UTC(y, m - (m % 3), 1);
  }
}

/** Start of the period after the one starting at `start`. */
function nextPeriod(start: number, interval: TrendInterval): number {
  const date = new Date(start);
  switch (interval) {
    case 'day':
      return start + 86_400_000;
    case 'week':
      return start + 7 * 86_400_000;
    case 'month':
      return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
    case 'quarter':
      return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 3, 1);
  }
}

/** Label of a period: `2024-01-31` (day, week's Monday), `2024-01` (month), `2024-Q1` (quarter). */
export function periodLabel(start: number, interval: TrendInterval): string {
  const iso = new Date(start).toISOString();
  if (interval === 'month') return iso.slice(0, 7);
  if (interval === 'quarter')
    return `${iso.slice(0, 4)}-Q${Math.floor(new Date(start).getUTCMonth() / 3) + 1}`;
  return iso.slice(0, 10);
}

/**
 * The cap of a trends breakdown, from the largest series by the measure over the range (in order, at
 * least one more than the cap when there are more) and the number of series: `keep` lists the
 * series to show (null when all fit), `limit` goes into the answer.
 */
export function seriesLimit(
  largest: readonly string[],
  groups: number,
): { keep: string[] | null; limit: BreakdownLimit } {
  const other = groups > MAX_TREND_SERIES;
  return {
    keep: other ? largest.slice(0, MAX_TREND_SERIES) : null,
    limit: { limit: MAX_TREND_SERIES, groups, other },
  };
}

/** Number of periods from the one starting at `first` to the one starting at `last`, both included. */
export function periodCount(first: number, last: number, interval: TrendInterval): number {
  if (last < first) return 0;
  if (interval === 'day') return Math.round((last - first) / 86_400_000) + 1;
  if (interval === 'week') return Math.round((last - first) / (7 * 86_400_000)) + 1;
  const a = new Date(first);
  const b = new Date(last);
  const months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth();
  return interval === 'month' ? months + 1 : Math.floor(months / 3) + 1;
}

/**
 * Refuses a trend of more than `MAX_TREND_PERIODS` periods from the period starting at `first` to
 * the one starting at `last` (with `spanOfEvents` when the range was open and the events set an end).
 */
export function checkPeriods(
  first: number,
  last: number,
  interval: TrendInterval,
  spanOfEvents: boolean,
): void {
  const count = periodCount(first, last, interval);
  if (count <= MAX_TREND_PERIODS) return;
  const what = spanOfEvents ? 'the events in range span' : 'the time range covers';
  throw new QueryLimitError(
    'timeRange',
    `${what} ${count} ${interval} periods (${periodLabel(first, interval)} to ${periodLabel(last, interval)}); a trend lists at most ${MAX_TREND_PERIODS}: choose a coarser interval or a shorter timeRange`,
  );
}

/** Refuses up front a time range with both ends that covers more than `MAX_TREND_PERIODS` periods. */
export function checkTrendRange(query: TrendsQuery): void {
  const { from, to } = query.timeRange;
  if (from === undefined || to === undefined) return;
  checkPeriods(periodStart(from, query.interval), periodStart(to - 1, query.interval), query.interval, false);
}

/**
 * Turns adapter buckets into the trends answer: every period from the first to the last (or the time
 * range's ends) is listed, missing ones as 0, each with the previous period's value and relative change
 * (null when there is no previous period or it was 0). Series are in text order, an `(other)` series
 * (when `limit` says the breakdown was capped) last. Throws `QueryLimitError` past `MAX_TREND_PERIODS`.
 */
export function finishTrends(
  query: TrendsQuery,
  rows: readonly TrendRow[],
  limit?: BreakdownLimit,
): TrendsResult {
  const interval = query.interval;
  let first = query.timeRange.from !== undefined ? periodStart(query.timeRange.from, interval) : Infinity;
  let last = query.timeRange.to !== undefined ? periodStart(query.timeRange.to - 1, interval) : -Infinity;
  const bySeries = new Map<string, Map<number, number>>();
  for (const row of rows) {
    const start = periodStart(row.bucketStart, interval);
    if (query.timeRange.from === undefined) first = Math.min(first, start);
    if (query.timeRange.to === undefined) last = Math.max(last, start);
    let values = bySeries.get(row.series);
    if (!values) {
      values = new Map();
      bySeries.set(row.series, values);
    }
    values.set(start, (values.get(start) ?? 0) + row.value);
  }
  checkPeriods(first, last, interval, query.timeRange.from === undefined || query.timeRange.to === undefined);
  if (query.breakdown === undefined && !bySeries.has('all')) bySeries.set('all', new Map());
  const isOther = (name: string) => limit?.other === true && name === OTHER_GROUP;
  const series: TrendSeries[] = [...bySeries.entries()]
    .sort((a, b) => Number(isOther(a[0])) - Number(isOther(b[0])) || compareText(a[0], b[0]))
    .map(([name, values]) => {
      const points: TrendPoint[] = [];
      let previous: number | null = null;
      for (let start = first; start <= last; start = nextPeriod(start, interval)) {
        const value = values.get(start) ?? 0;
        points.push({
          period: periodLabel(start, interval),
          value,
          previous,
          change: previous === null || previous === 0 ? null : (value - previous) / previous,
        });
        previous = value;
      }
      return isOther(name) ? { name, points, other: true as const } : { name, points };
    });
  return { interval, measure: query.measure, series, ...(limit ? { breakdownLimit: limit } : {}) };
}

/**
 * Trends of sessions from the journey index: sessions are split by the shared rule (`forEachSequence`:
 * a new session id, or without ids more than `sessionIdleSeconds` idle, as paths split them), and a
 * session counts once in each period (and channel series) in which it has an event matching
 * `matchers` (every event when there are none). A session that spans midnight counts on both days.
 */
export function runSessionTrends(
  index: JourneyIndex,
  query: TrendsQuery,
  prepared: PreparedQuery,
): TrendsResult {
  const masks = groupMasks(index, prepared);
  const matchAll = query.matchers === undefined;
  const byChannel = query.breakdown === 'channel';
  const { timestamps, channelCodes, channelNames } = index;
  /** Count per series code (channel code + 1; 0 = none or 'all'), then per period start. */
  const counts = new Map<number, Map<number, number>>();
  // The period of the previous row, reused while rows stay inside it (rows are in time order).
  let periodFrom = Infinity;
  let periodTo = -Infinity;
  let period = 0;
  // The (series, period) pairs the current session has counted, as parallel lists (usually one).
  const seenSeries: number[] = [];
  const seenPeriods: number[] = [];
  forEachSequence(index, true, query.sessionIdleSeconds * 1000, (from, to) => {
    seenSeries.length = 0;
    seenPeriods.length = 0;
    for (let row = from; row < to; row++) {
      if (!matchAll && (maskAt(masks, index, row) & 1) === 0) continue;
      const ts = timestamps[row] ?? 0;
      if (ts < periodFrom || ts >= periodTo) {
        period = periodStart(ts, query.interval);
        periodFrom = period;
        periodTo = nextPeriod(period, query.interval);
      }
      const series = byChannel ? (channelCodes[row] ?? -1) + 1 : 0;
      let seen = false;
      for (let i = 0; i < seenSeries.length && !seen; i++)
        seen = seenSeries[i] === series && seenPeriods[i] === period;
      if (seen) continue;
      seenSeries.push(series);
      seenPeriods.push(period);
      let perPeriod = counts.get(series);
      if (!perPeriod) {
        perPeriod = new Map();
        counts.set(series, perPeriod);
      }
      perPeriod.set(period, (perPeriod.get(period) ?? 0) + 1);
    }
  });
  const rows: TrendRow[] = [];
  for (const [series, perPeriod] of counts) {
    const name = !byChannel ? 'all' : series === 0 ? NONE_VALUE : (channelNames[series - 1] ?? NONE_VALUE);
    for (const [bucketStart, value] of perPeriod) rows.push({ bucketStart, series: name, value });
  }
  if (!byChannel) return finishTrends(query, rows);
  const totals = new Map<string, number>();
  for (const row of rows) totals.set(row.series, (totals.get(row.series) ?? 0) + row.value);
  const largest = [...totals.entries()].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]));
  const { keep, limit } = seriesLimit(
    largest.map(([name]) => name),
    totals.size,
  );
  if (keep === null) return finishTrends(query, rows, limit);
  // Past the cap, the other channels' sessions are summed per period (a session active on two of
  // them in one period counts twice there, as it does in each channel's own series).
  const kept = new Set(keep);
  const capped = rows.map((row) => (kept.has(row.series) ? row : { ...row, series: OTHER_GROUP }));
  return finishTrends(query, capped, limit);
}
