import { afterEach, describe, expect, it } from 'vitest';
import type { AnalyticsEventInput } from '../event';
import type { DuckDbEventStore } from '../duckdb/store';
import type { FunnelMode, Step } from '../query';
import { runQuery } from '../run';
import { ev, MINUTE, names, storeWith } from './test-store';

let store: DuckDbEventStore | null = null;
afterEach(async () => {
  await store?.close();
  store = null;
});

/** Per-user deepest step of a funnel over `events`. */
async function levels(
  events: AnalyticsEventInput[],
  steps: Step[],
  modes: FunnelMode[],
  windowSeconds = 3600,
): Promise<Record<string, number> | undefined> {
  store = await storeWith(events);
  const result = await runQuery(store, { kind: 'funnel', steps, windowSeconds, modes, perUser: true });
  return result.levels;
}

describe('strict_once funnels (a list of chains per step, as ClickHouse)', () => {
  it('uses one event once per chain, where the default lets it fill several steps', async () => {
    const x = (user: string, count: number): AnalyticsEventInput[] =>
      Array.from({ length: count }, (_, i) => ev(user, 'x', i * MINUTE));
    const events = [...x('one', 1), ...x('two', 2), ...x('three', 3)];
    const steps = [names('x'), names('x'), names('x')];
    expect(await levels(events, steps, [])).toEqual({ one: 3, two: 3, three: 3 });
    await store?.close();
    expect(await levels(events, steps, ['strict_once'])).toEqual({ one: 1, two: 2, three: 3 });
  });

  it('keeps every chain an event could extend (start, a, b, a, end)', async () => {
    // Steps: start, a, a-or-b, end. The second a may start a new chain at step 2 or extend
    // start-a-b... only the chain start-a1 can take it at step 3, which reaches end.
    const events = ['start', 'a', 'b', 'a', 'end'].map((name, i) => ev('u', name, i * MINUTE));
    const steps = [names('start'), names('a'), names('a', 'b'), names('end')];
    expect(await levels(events, steps, ['strict_once'])).toEqual({ u: 4 });
  });

  it('does not let one event fill a step and the next (a, a|b, b)', async () => {
    const events = [
      ev('u', 'a', 0),
      ev('u', 'b', MINUTE),
      ev('v', 'a', 0),
      ev('v', 'b', MINUTE),
      ev('v', 'b', 2 * MINUTE),
    ];
    const steps = [names('a'), names('a', 'b'), names('b')];
    // Default: a fills steps 1 and 2, b step 3. strict_once: u's a is step 1, b step 2 only;
    // v's second b extends the chain a-b1 to step 3.
    expect(await levels(events, steps, [])).toEqual({ u: 3, v: 3 });
    await store?.close();
    expect(await levels(events, steps, ['strict_once'])).toEqual({ u: 2, v: 3 });
  });

  it('keeps an earlier chain alive for the window and drops it after', async () => {
    // Window 10 minutes. a@0 b@1 a@5 c@9: the chain from a@0 (b@1) reaches c@9 (inside 10 min).
    // w: a@0 b@1 a@5 c@12: the a@0 chain is out of the window; a@5 has no b after it.
    const events = [
      ...['a', 'b', 'a', 'c'].map((name, i) => ev('u', name, [0, 1, 5, 9][i]! * MINUTE)),
      ...['a', 'b', 'a', 'c'].map((name, i) => ev('w', name, [0, 1, 5, 12][i]! * MINUTE)),
    ];
    const steps = [names('a'), names('b'), names('c')];
    expect(await levels(events, steps, ['strict_once'], 600)).toEqual({ u: 3, w: 2 });
  });

  it('combines with strict_increase and strict_order', async () => {
    // Same-instant a and b: strict_increase refuses b as the step after a.
    const events = [
      ev('u', 'a', 0),
      ev('u', 'b', 0),
      ev('u', 'c', MINUTE),
      ev('v', 'a', 0),
      ev('v', 'z', 1),
      ev('v', 'b', 2),
    ];
    const steps = [names('a'), names('b'), names('c')];
    expect(await levels(events, steps, ['strict_once', 'strict_increase'])).toEqual({ u: 1, v: 2 });
    await store?.close();
    // strict_order: v's z between a and b stops the walk at step 1.
    expect(await levels(events, steps, ['strict_once', 'strict_order'])).toEqual({ u: 3, v: 1 });
  });
});
