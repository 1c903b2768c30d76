import type { AnalyticsEventInput } from '../event';
import { openDuckDbEventStore } from '../duckdb/store';
import type { DuckDbEventStore } from '../duckdb/store';

/** 2024-01-01T00:00Z, the origin of kernel test timelines. */
export const T0 = Date.UTC(2024, 0, 1);
/** One minute, hour and day in milliseconds (offsets for `ev`). */
export const MINUTE = 60_000;
/** One hour in milliseconds. */
export const HOUR = 3_600_000;
/** One day in milliseconds. */
export const DAY = 86_400_000;

/**
 * Builds one event for kernel tests; `at` is milliseconds after `T0` (use `MINUTE`, `HOUR`, `DAY`).
 * For tests only.
 */
export function ev(
  userId: string,
  event: string,
  at: number,
  overrides: Partial<AnalyticsEventInput> = {},
): AnalyticsEventInput {
  return { userId, event, timestamp: T0 + at, ...overrides };
}

/** An in-memory DuckDB store holding `events` (the caller closes it). For tests only. */
export async function storeWith(events: readonly AnalyticsEventInput[]): Promise<DuckDbEventStore> {
  const store = await openDuckDbEventStore();
  await store.append(events);
  return store;
}

/** A step that matches any of the given event names. */
export function names(...events: string[]): [{ type: 'event_in'; events: string[] }] {
  return [{ type: 'event_in', events }];
}

/** mulberry32: a small seeded random generator for tests (values in [0, 1)). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
