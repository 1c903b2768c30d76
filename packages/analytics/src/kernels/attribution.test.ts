import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckDbEventStore } from '../duckdb/store';
import type { ChannelAttribution } from '../results';
import { runQuery } from '../run';
import { DAY, ev, HOUR, names, storeWith } from './test-store';

/**
 * Hand-worked attribution, lookback 3 days, half-life 1 day:
 *   p: ads d0, email d1, social d2, view d2.5 (no channel), purchase d3; later email d3.5, purchase d4
 *      three touches (ads is exactly 3 days old: inside) -> linear 1/3 each, position 0.4/0.2/0.4,
 *      decay weights 1/8, 1/4, 1/2 -> 1/7, 2/7, 4/7
 *   q: email d0, ads d1, purchase d2 -> two touches, 1/2 each, position 1/2 each, decay 1/4, 1/2 -> 1/3, 2/3
 *   r: social d0, purchase d5 -> the touch is too old: unattributed
 *   s: web d0, purchase d0+1h -> one touch gets everything
 *   t: ads d0, never converts
 */
const events = [
  ev('p', 'ad_click', 0, { channel: 'ads' }),
  ev('p', 'open', DAY, { channel: 'email' }),
  ev('p', 'post', 2 * DAY, { channel: 'social' }),
  ev('p', 'view', 2.5 * DAY),
  ev('p', 'purchase', 3 * DAY),
  ev('p', 'open', 3.5 * DAY, { channel: 'email' }),
  ev('p', 'purchase', 4 * DAY),
  ev('q', 'open', 0, { channel: 'email' }),
  ev('q', 'ad_click', DAY, { channel: 'ads' }),
  ev('q', 'purchase', 2 * DAY),
  ev('r', 'post', 0, { channel: 'social' }),
  ev('r', 'purchase', 5 * DAY),
  ev('s', 'visit', 0, { channel: 'web' }),
  ev('s', 'purchase', HOUR),
  ev('t', 'ad_click', 0, { channel: 'ads' }),
];

let store: DuckDbEventStore;
beforeAll(async () => {
  store = await storeWith(events);
});
afterAll(async () => {
  await store.close();
});

const query = {
  kind: 'attribution' as const,
  conversion: names('purchase'),
  lookbackSeconds: 3 * 86_400,
  halfLifeSeconds: 86_400,
};

function expectChannel(actual: ChannelAttribution | undefined, expected: ChannelAttribution): void {
  expect(actual?.channel).toBe(expected.channel);
  for (const key of ['firstTouch', 'lastTouch', 'linear', 'positionBased', 'timeDecay'] as const) {
    expect(actual?.[key], `${expected.channel} ${key}`).toBeCloseTo(expected[key], 10);
  }
}

describe('attribution kernel', () => {
  it('credits each user’s first conversion by every model', async () => {
    const result = await runQuery(store, query);
    expect(result.conversions).toBe(4);
    expect(result.unattributed).toBe(1);
    expect(result.channels.map((c) => c.channel)).toEqual(['web', 'ads', 'email', 'social']);
    const [web, ads, email, social] = result.channels;
    expectChannel(web, {
      channel: 'web',
      firstTouch: 1,
      lastTouch: 1,
      linear: 1,
      positionBased: 1,
      timeDecay: 1,
    });
    expectChannel(ads, {
      channel: 'ads',
      firstTouch: 1,
      lastTouch: 1,
      linear: 1 / 3 + 1 / 2,
      positionBased: 0.4 + 0.5,
      timeDecay: 1 / 7 + 2 / 3,
    });
    expectChannel(email, {
      channel: 'email',
      firstTouch: 1,
      lastTouch: 0,
      linear: 1 / 3 + 1 / 2,
      positionBased: 0.2 + 0.5,
      timeDecay: 2 / 7 + 1 / 3,
    });
    expectChannel(social, {
      channel: 'social',
      firstTouch: 0,
      lastTouch: 1,
      linear: 1 / 3,
      positionBased: 0.4,
      timeDecay: 4 / 7,
    });
    // Every attributed conversion is split completely by each model.
    const sum = result.channels.reduce((total, c) => total + c.positionBased, 0);
    expect(sum).toBeCloseTo(result.conversions - result.unattributed, 10);
  });

  it('counts every conversion with touches reset after each one', async () => {
    const result = await runQuery(store, { ...query, conversions: 'all' });
    expect(result.conversions).toBe(5);
    const email = result.channels.find((c) => c.channel === 'email');
    // p's second purchase has a single touch (email d3.5): full credit in every model.
    expect(email).toMatchObject({ firstTouch: 2, lastTouch: 1 });
    expect(email?.linear).toBeCloseTo(1 / 3 + 1 / 2 + 1, 10);
  });

  it('counts only the named touch events when asked', async () => {
    const result = await runQuery(store, { ...query, touches: names('ad_click') });
    // p: ads d0 only; q: ads d1 only; s has no ad click; r has none in the window.
    expect(result.unattributed).toBe(2);
    expect(result.channels).toEqual([
      { channel: 'ads', firstTouch: 2, lastTouch: 2, linear: 2, positionBased: 2, timeDecay: 2 },
    ]);
  });
});
