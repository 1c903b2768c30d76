import { createFromTemplate } from '@waymark/domain';
import type { Journey } from '@waymark/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckDbEventStore } from './duckdb/store';
import { analyzeJourney } from './journey';
import { DAY, ev, HOUR, names, storeWith } from './kernels/test-store';

/**
 * Hand-worked journey over the purchase template's first stages bound to view -> cart -> purchase
 * (window 2 days), the other stages left without matchers:
 *   a: view (web), cart 1h later (web), purchase 3h after the view (email) -> all three stages
 *   b: view (ads), cart 5h later (ads), back to view (ads) 1h after that -> regressed, stalled at cart
 *   c: view (web), purchase 1h later (web) -> no cart: reaches stage 1 only in order
 *   d: view (social) once -> bounced at view, stalled
 *   e: view (ads) day 0, cart day 3 (outside the window), purchase day 3 + 2h
 */
const events = [
  ev('a', 'view', 0, { channel: 'web' }),
  ev('a', 'cart', HOUR, { channel: 'web' }),
  ev('a', 'purchase', 3 * HOUR, { channel: 'email' }),
  ev('b', 'view', 0, { channel: 'ads' }),
  ev('b', 'cart', 5 * HOUR, { channel: 'ads' }),
  ev('b', 'view', 6 * HOUR, { channel: 'ads' }),
  ev('c', 'view', 0, { channel: 'web' }),
  ev('c', 'purchase', HOUR, { channel: 'web' }),
  ev('d', 'view', 0, { channel: 'social' }),
  ev('e', 'view', 0, { channel: 'ads' }),
  ev('e', 'cart', 3 * DAY, { channel: 'ads' }),
  ev('e', 'purchase', 3 * DAY + 2 * HOUR, { channel: 'ads' }),
];

function boundJourney(bindings: (string | null)[]): Journey {
  const journey = createFromTemplate('purchase', { title: 'Shop', locale: 'en' });
  return {
    ...journey,
    stages: journey.stages.map((stage, i) => {
      const event = bindings[i] ?? null;
      return { ...stage, matchers: event === null ? [] : names(event) };
    }),
  };
}

let store: DuckDbEventStore;
beforeAll(async () => {
  store = await storeWith(events);
});
afterAll(async () => {
  await store.close();
});

describe('analyzeJourney', () => {
  it('measures each bound stage: reach, conversion, drop-off, times, channels, health', async () => {
    const journey = boundJourney(['view', 'cart', 'purchase']);
    const result = await analyzeJourney(journey, store, { windowSeconds: 2 * 86_400, stallDays: 1 });
    expect(result.journeyId).toBe(journey.id);
    expect(result.users).toBe(5);
    // In order within 2 days: view 5; cart a, b (e's cart is 3 days later); purchase a.
    expect(result.converted).toBe(1);
    const [view, cart, purchase, ...rest] = result.stages;
    expect(view).toMatchObject({
      stageId: journey.stages[0]?.id,
      measured: true,
      users: 5,
      conversionFromPrevious: null,
      dropOff: 3,
      // view -> cart: a 1h, b 5h
      medianSecondsToNext: 3 * 3600,
      p90SecondsToNext: 3600 + 0.9 * 4 * 3600,
      topChannels: [
        { channel: 'ads', users: 2 },
        { channel: 'web', users: 2 },
        { channel: 'social', users: 1 },
      ],
      // d: one session, never progressed. Stalled at view (furthest, >1 day): d; e reached purchase.
      bounced: 1,
      regressed: 0,
      stalled: 1,
      looped: 1,
    });
    expect(cart).toMatchObject({
      users: 2,
      conversionFromPrevious: 2 / 5,
      dropOff: 1,
      medianSecondsToNext: 2 * 3600,
      p90SecondsToNext: 2 * 3600,
      // Channels of the users who reached cart in the funnel (a and b), not of every cart event (e's).
      topChannels: [
        { channel: 'ads', users: 1 },
        { channel: 'web', users: 1 },
      ],
      bounced: 0,
      regressed: 1,
      stalled: 1,
      looped: 0,
    });
    expect(purchase).toMatchObject({
      users: 1,
      conversionFromPrevious: 1 / 2,
      dropOff: 0,
      medianSecondsToNext: null,
      // Only a reached purchase in order within the window (c skipped cart, e took 3 days).
      topChannels: [{ channel: 'email', users: 1 }],
      bounced: 0,
      regressed: 0,
      stalled: 0,
    });
    expect(rest.every((stage) => !stage.measured && stage.users === 0)).toBe(true);
  });

  it('handles one bound stage without repeating it', async () => {
    const journey = boundJourney([null, 'view']);
    const result = await analyzeJourney(journey, store, { stallDays: 1 });
    const view = result.stages[1];
    // Sessions split after 30 idle minutes: only d has a single session. Everyone's only
    // progress is their first view at day 0, more than a day before the last event (day 3 + 2h).
    expect(view).toMatchObject({ measured: true, users: 5, bounced: 1, stalled: 5, regressed: 0, looped: 0 });
    expect(result.stages[0]?.measured).toBe(false);
    expect(result.users).toBe(5);
  });
});
