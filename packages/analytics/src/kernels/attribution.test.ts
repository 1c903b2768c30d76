import { attributionFieldOf } from '@waymark/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckDbEventStore } from '../duckdb/store';
import type { AnalyticsEventInput } from '../event';
import { analyticsQuerySchema, attributionModelSchema } from '../query';
import type { AttributionModel } from '../query';
import type { ChannelAttribution } from '../results';
import { runQuery } from '../run';
import { DAY, ev, HOUR, names, seededRandom, storeWith } from './test-store';

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

function expectChannel(actual: ChannelAttribution | undefined, expected: Required<ChannelAttribution>): void {
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
    const sum = result.channels.reduce((total, c) => total + (c.positionBased ?? NaN), 0);
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

  it('gives time decay to the newest touch when the half-life is tiny, never NaN', async () => {
    // One second of half-life over touches a day apart: every weight relative to the conversion
    // underflows to 0; relative to the newest touch it is 1 there and 0 elsewhere.
    const result = await runQuery(store, { ...query, halfLifeSeconds: 1 });
    const decay = Object.fromEntries(result.channels.map((c) => [c.channel, c.timeDecay]));
    // p's newest touch is social, q's is ads, s's only touch is web.
    expect(decay).toEqual({ ads: 1, email: 0, social: 1, web: 1 });
  });
});

describe('attribution model selection', () => {
  it('computes first and last touch alone, ranked by first touch', async () => {
    const result = await runQuery(store, { ...query, models: ['first_touch', 'last_touch'] });
    expect(result).toEqual({
      conversions: 4,
      unattributed: 1,
      channels: [
        { channel: 'ads', firstTouch: 1, lastTouch: 1 },
        { channel: 'email', firstTouch: 1, lastTouch: 0 },
        { channel: 'web', firstTouch: 1, lastTouch: 1 },
        { channel: 'social', firstTouch: 0, lastTouch: 1 },
      ],
    });
  });

  it('lists a channel only when a requested model credits it', async () => {
    const result = await runQuery(store, { ...query, models: ['last_touch'] });
    // email is p's middle touch and q's first: no last-touch credit, so not listed.
    expect(result.channels).toEqual([
      { channel: 'ads', lastTouch: 1 },
      { channel: 'social', lastTouch: 1 },
      { channel: 'web', lastTouch: 1 },
    ]);
    expect(result.unattributed).toBe(1);
  });

  it('finds first and last touch among the named touch events only', async () => {
    const result = await runQuery(store, {
      ...query,
      touches: names('ad_click', 'visit'),
      models: ['last_touch', 'first_touch'],
    });
    // p: ads d0 only (the open and post are not touches); q: ads; s: web; r: nothing in the window.
    expect(result).toEqual({
      conversions: 4,
      unattributed: 1,
      channels: [
        { channel: 'ads', firstTouch: 2, lastTouch: 2 },
        { channel: 'web', firstTouch: 1, lastTouch: 1 },
      ],
    });
    const onlyLast = await runQuery(store, { ...query, touches: names('open'), models: ['last_touch'] });
    // p: email d1; q: email d0; r and s have no open in the window.
    expect(onlyLast).toEqual({
      conversions: 4,
      unattributed: 2,
      channels: [{ channel: 'email', lastTouch: 2 }],
    });
  });

  it('resets touches after each conversion when counting all of them', async () => {
    const result = await runQuery(store, {
      ...query,
      conversions: 'all',
      models: ['first_touch', 'last_touch'],
    });
    // p's second purchase has one touch (email d3.5): first and last.
    expect(result).toEqual({
      conversions: 5,
      unattributed: 1,
      channels: [
        { channel: 'email', firstTouch: 2, lastTouch: 1 },
        { channel: 'ads', firstTouch: 1, lastTouch: 1 },
        { channel: 'web', firstTouch: 1, lastTouch: 1 },
        { channel: 'social', firstTouch: 0, lastTouch: 1 },
      ],
    });
  });

  it('ranks by position-based credit when linear is not asked for', async () => {
    const result = await runQuery(store, { ...query, models: ['time_decay', 'position_based'] });
    // position: web 1, ads 0.9, email 0.7, social 0.4.
    expect(result.channels.map((c) => c.channel)).toEqual(['web', 'ads', 'email', 'social']);
    expect(Object.keys(result.channels[0] ?? {})).toEqual(['channel', 'positionBased', 'timeDecay']);
  });

  it('defaults to all five models and refuses an empty or repeated list', () => {
    const parsed = analyticsQuerySchema.parse({ kind: 'attribution', conversion: names('purchase') });
    expect(parsed.kind === 'attribution' && parsed.models).toEqual(attributionModelSchema.options);
    const repeated = analyticsQuerySchema.safeParse({
      ...query,
      models: ['linear', 'first_touch', 'linear'],
    });
    expect(repeated.error?.issues).toMatchObject([
      { path: ['models'], message: 'expected each model at most once' },
    ]);
    const empty = analyticsQuerySchema.safeParse({ ...query, models: [] });
    expect(empty.error?.issues[0]?.path).toEqual(['models']);
    const unknown = analyticsQuerySchema.safeParse({ ...query, models: ['u_shaped'] });
    expect(unknown.error?.issues[0]?.path).toEqual(['models', 0]);
  });
});

/** Every non-empty subset of the five models. */
function modelSubsets(): AttributionModel[][] {
  const all = attributionModelSchema.options;
  const subsets: AttributionModel[][] = [];
  for (let bits = 1; bits < 1 << all.length; bits++)
    subsets.push(all.filter((_, i) => (bits & (1 << i)) !== 0));
  return subsets;
}

describe('attribution model subsets against all models (seeded random events)', () => {
  const random = seededRandom(7);
  const channels = ['ads', 'email', 'web', undefined];
  const eventNames = ['view', 'click', 'purchase', 'signup'];
  const randomEvents: AnalyticsEventInput[] = [];
  for (let u = 0; u < 60; u++) {
    const count = 1 + Math.floor(random() * 14);
    for (let i = 0; i < count; i++) {
      const channel = channels[Math.floor(random() * channels.length)];
      // Whole hours over ten days, so some events share a timestamp.
      const at = Math.floor(random() * 240) * HOUR;
      const event = eventNames[Math.floor(random() * eventNames.length)] ?? 'view';
      randomEvents.push(ev(`u${u}`, event, at, channel !== undefined ? { channel } : {}));
    }
  }
  let randomStore: DuckDbEventStore;
  beforeAll(async () => {
    randomStore = await storeWith(randomEvents);
  });
  afterAll(async () => {
    await randomStore.close();
  });

  const variants = [
    { conversions: 'first' as const },
    { conversions: 'all' as const },
    { conversions: 'first' as const, touches: names('click', 'purchase') },
    { conversions: 'all' as const, touches: names('view') },
  ];
  it.each(variants)('every subset equals the all-model figures (%o)', async (variant) => {
    const base = { ...query, lookbackSeconds: 2 * 86_400, ...variant };
    const full = await runQuery(randomStore, base);
    expect(full.conversions).toBeGreaterThan(20);
    expect(full.unattributed).toBeGreaterThan(0);
    for (const models of modelSubsets()) {
      const result = await runQuery(randomStore, { ...base, models });
      expect(result.conversions).toBe(full.conversions);
      expect(result.unattributed).toBe(full.unattributed);
      const fields = models.map((model) => attributionFieldOf[model]);
      const expected = full.channels
        .map((row) => Object.fromEntries([['channel', row.channel], ...fields.map((f) => [f, row[f]])]))
        .filter((row) => fields.some((f) => (row[f] ?? 0) > 0));
      // Same figures to the last bit, whatever the order of the rows.
      expect(new Set(result.channels.map((row) => row.channel)), models.join()).toEqual(
        new Set(expected.map((row) => row['channel'])),
      );
      expect(result.channels, models.join()).toEqual(expect.arrayContaining(expected));
      const rank = fields.find((f) => f !== 'firstTouch' && f !== 'lastTouch') ?? fields[0] ?? 'linear';
      const ranked = result.channels.map((row) => row[rank] ?? 0);
      expect(ranked, models.join()).toEqual([...ranked].sort((a, b) => b - a));
    }
  });
});

describe('attribution: the conversion event’s own channel', () => {
  // a: ads, then a purchase on email; b: a purchase on web and nothing before it.
  const own = [
    ev('a', 'ad_click', 0, { channel: 'ads' }),
    ev('a', 'purchase', DAY, { channel: 'email' }),
    ev('b', 'purchase', 0, { channel: 'web' }),
  ];
  const credit = async (conversionTouch: boolean | undefined, models: AttributionModel[]) => {
    const ownStore = await storeWith(own);
    try {
      const result = await runQuery(ownStore, {
        kind: 'attribution',
        conversion: names('purchase'),
        models,
        ...(conversionTouch === undefined ? {} : { conversionTouch }),
      });
      const byChannel = Object.fromEntries(
        result.channels.map((c) => [c.channel, models.map((m) => c[attributionFieldOf[m]] ?? 0)]),
      );
      return { unattributed: result.unattributed, byChannel };
    } finally {
      await ownStore.close();
    }
  };

  it('is a touch by default (the converting visit gets credit, as in GA4)', async () => {
    expect(await credit(undefined, ['linear', 'first_touch', 'last_touch'])).toEqual({
      unattributed: 0,
      byChannel: { ads: [0.5, 1, 0], email: [0.5, 0, 1], web: [1, 1, 1] },
    });
  });

  it('is no touch with conversionTouch: false, in the per-touch and the first/last scans', async () => {
    expect(await credit(false, ['linear', 'first_touch', 'last_touch'])).toEqual({
      unattributed: 1,
      byChannel: { ads: [1, 1, 1] },
    });
    expect(await credit(false, ['first_touch', 'last_touch'])).toEqual({
      unattributed: 1,
      byChannel: { ads: [1, 1] },
    });
    expect(await credit(true, ['last_touch'])).toEqual({
      unattributed: 0,
      byChannel: { email: [1], web: [1] },
    });
  });
});

describe('attribution of funnel completions', () => {
  const funnel = (windowDays: number) => ({
    steps: [names('open'), names('purchase')],
    windowSeconds: windowDays * 86_400,
  });
  const { conversion: _event, ...withoutConversion } = query;

  it('counts the users who completed the funnel, each once, as the funnel does', async () => {
    // Within 2 days of an open: p (open d1, purchase d3) and q (open d0, purchase d2); r and s never open.
    const result = await runQuery(store, { ...withoutConversion, funnel: funnel(2) });
    const asFunnel = await runQuery(store, { kind: 'funnel', ...funnel(2) });
    expect(asFunnel.steps[1]?.users).toBe(2);
    expect(result.conversions).toBe(2);
    expect(result.unattributed).toBe(0);
    // Credited at the completing purchases, with the same touches as the event conversions of p and q.
    expectChannel(
      result.channels.find((c) => c.channel === 'ads'),
      {
        channel: 'ads',
        firstTouch: 1,
        lastTouch: 1,
        linear: 1 / 3 + 1 / 2,
        positionBased: 0.4 + 0.5,
        timeDecay: 1 / 7 + 2 / 3,
      },
    );
  });

  it('credits the event that completed the funnel, not the first conversion event', async () => {
    // Within 1 day only p completes: open d3.5, purchase d4 (its d3 purchase came 2 days after an open).
    // Touches within 3 days of d4: email d1, social d2, email d3.5 (ads d0 is 4 days old).
    const result = await runQuery(store, { ...withoutConversion, funnel: funnel(1) });
    expect(result.conversions).toBe(1);
    expectChannel(
      result.channels.find((c) => c.channel === 'email'),
      {
        channel: 'email',
        firstTouch: 1,
        lastTouch: 1,
        linear: 2 / 3,
        positionBased: 0.8,
        // Ages 3, 2 and 0.5 days at a one-day half-life.
        timeDecay: (1 / 8 + 2 ** -0.5) / (1 / 8 + 1 / 4 + 2 ** -0.5),
      },
    );
    expect(result.channels.map((c) => c.channel).sort()).toEqual(['email', 'social']);
  });

  it('takes a conversion event or a funnel, exactly one', () => {
    const issue = (input: object) => {
      const parsed = analyticsQuerySchema.safeParse(input);
      return parsed.success
        ? 'accepted'
        : `${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`;
    };
    const refusal = 'conversion: give either conversion (an event) or funnel (its completions), not both';
    expect(issue({ ...query, funnel: funnel(1) })).toBe(refusal);
    expect(issue(withoutConversion)).toBe(refusal);
    expect(issue({ ...withoutConversion, funnel: funnel(1) })).toBe('accepted');
    expect(issue({ ...withoutConversion, funnel: { steps: [], windowSeconds: 60 } })).toMatch(
      /^funnel\.steps: /,
    );
  });
});
