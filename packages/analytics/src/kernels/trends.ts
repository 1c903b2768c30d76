import type { TrendInterval, TrendsQuery } from '../query';
import type { TrendPoint, TrendsResult, TrendSeries } from '../results';
import { compareText } from './funnel';

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
 * Turns adapter buckets into the trends answer: every period from the first to the last (or the time
 * range's ends) is listed, missing ones as 0, each with the previous period's value and relative change
 * (null when there is no previous period or it was 0).
 */
export function finishTrends(query: TrendsQuery, rows: readonly TrendRow[]): TrendsResult {
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
  if (query.breakdown === undefined && !bySeries.has('all')) bySeries.set('all', new Map());
  const series: TrendSeries[] = [...bySeries.entries()]
    .sort((a, b) => compareText(a[0], b[0]))
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
      return { name, points };
    });
  return { interval, measure: query.measure, series };
}
