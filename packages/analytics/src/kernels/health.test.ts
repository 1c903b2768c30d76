import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckDbEventStore } from '../duckdb/store';
import { runQuery } from '../run';
import { DAY, ev, MINUTE, names, storeWith, T0 } from './test-store';

/**
 * Hand-worked health over visit -> cart -> purchase, as of day 30, stalls after 7 days:
 *   b1: two visits 5 minutes apart (one session) -> bounced and stalled at visit
 *   b2: visits on day 0 and day 2 (two sessions) -> not bounced, stalled at visit
 *   c:  visit, cart 10 minutes later, purchase on day 1 -> converted
 *   r:  visit d0, cart d1, visit d2, cart d3 -> regressed cart->visit, looped on both, stalled at cart (reached d1)
 *   s:  visit d28, cart d29 -> progressed a day before asOf: not stalled
 *   x:  only an unrelated event -> not counted
 */
const events = [
  ev('b1', 'visit', 0),
  ev('b1', 'visit', 5 * MINUTE),
  ev('b2', 'visit', 0),
  ev('b2', 'visit', 2 * DAY),
  ev('c', 'visit', 0),
  ev('c', 'cart', 10 * MINUTE),
  ev('c', 'purchase', DAY),
  ev('r', 'visit', 0),
  ev('r', 'cart', DAY),
  ev('r', 'visit', 2 * DAY),
  ev('r', 'cart', 3 * DAY),
  ev('s', 'visit', 28 * DAY),
  ev('s', 'cart', 29 * DAY),
  ev('x', 'newsletter', 0),
];

let store: DuckDbEventStore;
beforeAll(async () => {
  store = await storeWith(events);
});
afterAll(async () => {
  await store.close();
});

describe('health kernel', () => {
  it('finds bounces, regressions, stalls and loops per stage', async () => {
    const result = await runQuery(store, {
      kind: 'health',
      stages: [names('visit'), names('cart'), names('purchase')],
      stageNames: ['Visit', 'Cart', 'Purchase'],
      stallDays: 7,
      asOf: T0 + 30 * DAY,
    });
    expect(result).toEqual({
      users: 5,
      converted: 1,
      asOf: T0 + 30 * DAY,
      stages: [
        { stage: 1, name: 'Visit', users: 5, bounced: 1, regressed: 0, stalled: 2, looped: 1 },
        { stage: 2, name: 'Cart', users: 3, bounced: 0, regressed: 1, stalled: 1, looped: 1 },
        { stage: 3, name: 'Purchase', users: 1, bounced: 0, regressed: 0, stalled: 0, looped: 0 },
      ],
      regressions: [{ from: 2, to: 1, count: 1 }],
    });
  });

  it('measures stalls against the latest event when no instant is given', async () => {
    const result = await runQuery(store, {
      kind: 'health',
      stages: [names('visit'), names('cart'), names('purchase')],
      stallDays: 7,
    });
    // Latest event: s's cart on day 29; s progressed that day, r reached cart on day 1.
    expect(result.asOf).toBe(T0 + 29 * DAY);
    expect(result.stages.map((s) => s.stalled)).toEqual([2, 1, 0]);
  });

  it('handles a single stage: nobody converts, users bounce and stall on it', async () => {
    const result = await runQuery(store, {
      kind: 'health',
      stages: [names('visit')],
      stallDays: 7,
      asOf: T0 + 30 * DAY,
    });
    // One session: only b1 (c's purchase a day later is a second session). Stalled: everyone who
    // first visited more than 7 days before day 30, i.e. all but s.
    expect(result).toEqual({
      users: 5,
      converted: 0,
      asOf: T0 + 30 * DAY,
      stages: [{ stage: 1, name: 'Stage 1', users: 5, bounced: 1, regressed: 0, stalled: 4, looped: 0 }],
      regressions: [],
    });
  });
});
