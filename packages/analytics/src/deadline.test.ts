import { describe, expect, it } from 'vitest';
import { QueryBudget, QueryCancelledError, queryTimeoutFromEnv } from './deadline';
import { openDuckDbEventStore } from './duckdb/store';
import type { AnalyticsEventInput } from './event';
import { runQuery } from './run';

const T0 = Date.UTC(2024, 0, 1);

function events(count: number): AnalyticsEventInput[] {
  return Array.from({ length: count }, (_, i) => ({
    userId: `u${i % 5000}`,
    event: ['home', 'product', 'purchase'][i % 3] ?? 'home',
    timestamp: T0 + i * 1000,
    properties: { ref: `r${i}` },
  }));
}

const breakdown = {
  kind: 'funnel' as const,
  steps: [
    [{ type: 'event_equals' as const, event: 'home' }],
    [{ type: 'event_equals' as const, event: 'purchase' }],
  ],
  windowSeconds: 86_400,
  breakdown: { by: 'property' as const, property: 'ref' },
};

describe('query deadlines', () => {
  it('reads WAYMARK_QUERY_TIMEOUT_MS and refuses a bad one, naming it', () => {
    expect(queryTimeoutFromEnv({})).toBe(30_000);
    expect(queryTimeoutFromEnv({ WAYMARK_QUERY_TIMEOUT_MS: '1500' })).toBe(1500);
    expect(() => queryTimeoutFromEnv({ WAYMARK_QUERY_TIMEOUT_MS: '2s' })).toThrow(/WAYMARK_QUERY_TIMEOUT_MS/);
  });

  it('stops a DuckDB query at its deadline or when its caller aborts, while others answer', async () => {
    const store = await openDuckDbEventStore();
    try {
      await store.append(events(60_000));
      await store.buildIndex();
      const started = performance.now();
      // Coding 60,000 distinct values alone takes longer than 10 ms.
      const late = runQuery(store, breakdown, { timeoutMs: 10 });
      // Another query on the same store answers meanwhile (reads do not queue behind each other).
      const other = await runQuery(store, { kind: 'dfg' });
      expect(other.edges.length).toBeGreaterThan(0);
      await expect(late).rejects.toThrow(QueryCancelledError);
      await expect(late).rejects.toMatchObject({ reason: 'deadline' });
      expect(performance.now() - started).toBeLessThan(5000);

      const controller = new AbortController();
      const cancelled = runQuery(store, breakdown, { signal: controller.signal });
      setTimeout(() => controller.abort(), 20);
      await expect(cancelled).rejects.toMatchObject({ name: 'QueryCancelledError', reason: 'cancelled' });
      // Without a deadline problem the same query answers.
      const answered = await runQuery(store, breakdown);
      expect(answered.breakdownLimit).toMatchObject({ limit: 100, other: true });
    } finally {
      await store.close();
    }
  });

  it('a spent budget stops kernels at their next checkpoint', () => {
    const budget = new QueryBudget(1);
    const until = Date.now() + 5;
    while (Date.now() < until) {
      // let the deadline pass
    }
    expect(budget.spent()).toBe(true);
    expect(() => budget.check()).toThrow(/deadline of 0.001 s/);
  });
});
