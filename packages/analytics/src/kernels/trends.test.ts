import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckDbEventStore } from '../duckdb/store';
import { runQuery } from '../run';
import { periodLabel, periodStart } from './trends';
import { storeWith } from './test-store';

/** Events on Mon 2024-01-01 (2), Wed 01-03, Mon 01-08 (2), Thu 02-15 and Tue 04-02. */
const at = (iso: string): number => Date.parse(iso);
const events = [
  { userId: 'u1', event: 'view', timestamp: at('2024-01-01T09:00:00Z'), channel: 'web' },
  { userId: 'u2', event: 'view', timestamp: at('2024-01-01T23:59:59Z'), channel: 'ads' },
  { userId: 'u1', event: 'buy', timestamp: at('2024-01-03T12:00:00Z'), channel: 'web' },
  { userId: 'u1', event: 'view', timestamp: at('2024-01-08T00:00:00Z'), channel: 'ads' },
  { userId: 'u3', event: 'view', timestamp: at('2024-01-08T10:00:00Z'), channel: 'web' },
  { userId: 'u2', event: 'buy', timestamp: at('2024-02-15T10:00:00Z'), channel: 'web' },
  { userId: 'u3', event: 'view', timestamp: at('2024-04-02T10:00:00Z') },
];

let store: DuckDbEventStore;
beforeAll(async () => {
  store = await storeWith(events);
});
afterAll(async () => {
  await store.close();
});

describe('trends', () => {
  it('labels UTC periods; weeks start on Monday', () => {
    const sunday = at('2024-01-07T23:00:00Z');
    expect(periodLabel(periodStart(sunday, 'week'), 'week')).toBe('2024-01-01');
    expect(periodLabel(periodStart(sunday, 'month'), 'month')).toBe('2024-01');
    expect(periodLabel(periodStart(at('2024-06-30T23:59:59Z'), 'quarter'), 'quarter')).toBe('2024-Q2');
  });

  it('counts per day inside a time range, filling empty days', async () => {
    const result = await runQuery(store, {
      kind: 'trends',
      interval: 'day',
      timeRange: { from: '2024-01-01T00:00:00Z', to: '2024-01-04T00:00:00Z' },
    });
    expect(result.series).toEqual([
      {
        name: 'all',
        points: [
          { period: '2024-01-01', value: 2, previous: null, change: null },
          { period: '2024-01-02', value: 0, previous: 2, change: -1 },
          { period: '2024-01-03', value: 1, previous: 0, change: null },
        ],
      },
    ]);
  });

  it('counts per ISO week with period-over-period change', async () => {
    const result = await runQuery(store, { kind: 'trends', interval: 'week' });
    const points = result.series[0]?.points ?? [];
    // 2024-01-01 .. 2024-04-01 is 14 Mondays.
    expect(points).toHaveLength(14);
    expect(points.slice(0, 3)).toEqual([
      { period: '2024-01-01', value: 3, previous: null, change: null },
      { period: '2024-01-08', value: 2, previous: 3, change: -1 / 3 },
      { period: '2024-01-15', value: 0, previous: 2, change: -1 },
    ]);
    expect(points.find((p) => p.period === '2024-02-12')?.value).toBe(1);
    expect(points[13]).toEqual({ period: '2024-04-01', value: 1, previous: 0, change: null });
  });

  it('counts per month and quarter, events and distinct users', async () => {
    const months = await runQuery(store, { kind: 'trends', interval: 'month' });
    expect(months.series[0]?.points).toEqual([
      { period: '2024-01', value: 5, previous: null, change: null },
      { period: '2024-02', value: 1, previous: 5, change: -0.8 },
      { period: '2024-03', value: 0, previous: 1, change: -1 },
      { period: '2024-04', value: 1, previous: 0, change: null },
    ]);
    const users = await runQuery(store, { kind: 'trends', interval: 'month', measure: 'users' });
    expect(users.series[0]?.points.map((p) => p.value)).toEqual([3, 1, 0, 1]);
    const quarters = await runQuery(store, { kind: 'trends', interval: 'quarter' });
    expect(quarters.series[0]?.points).toEqual([
      { period: '2024-Q1', value: 6, previous: null, change: null },
      { period: '2024-Q2', value: 1, previous: 6, change: (1 - 6) / 6 },
    ]);
  });

  it('breaks down by channel and counts only matching events', async () => {
    const result = await runQuery(store, { kind: 'trends', interval: 'month', breakdown: 'channel' });
    expect(result.series.map((s) => [s.name, s.points.map((p) => p.value)])).toEqual([
      ['(none)', [0, 0, 0, 1]],
      ['ads', [2, 0, 0, 0]],
      ['web', [3, 1, 0, 0]],
    ]);
    const buys = await runQuery(store, {
      kind: 'trends',
      interval: 'quarter',
      matchers: [{ type: 'event_equals', event: 'buy' }],
    });
    expect(buys.series[0]?.points.map((p) => p.value)).toEqual([2]);
  });
});
