import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalyticsEventInput } from './event';
import { DAY, ev, MINUTE, names as step, T0 } from './kernels/test-store';
import type { EventStore } from './port';
import { runQuery } from './run';

/**
 * The EventStore conformance suite. Every adapter runs it (`eventStoreConformanceTests('duckdb', ...)`)
 * and must give exactly these answers, so DuckDB and ClickHouse agree.
 * `makeStore` must return a new, empty store each call.
 */

/** Builds an event with defaults; `at` is minutes after 2024-01-01T00:00Z. */
export function eventAt(
  userId: string,
  event: string,
  at: number,
  overrides: Partial<AnalyticsEventInput> = {},
): AnalyticsEventInput {
  return ev(userId, event, at * MINUTE, overrides);
}

/** The shared dataset: four users through home -> product -> cart -> purchase. */
export function conformanceEvents(): AnalyticsEventInput[] {
  return [
    eventAt('u1', 'home', 0, { channel: 'web', sessionId: 's1' }),
    eventAt('u1', 'product', 5, { channel: 'web', sessionId: 's1' }),
    eventAt('u1', 'cart', 10, { channel: 'email', sessionId: 's1' }),
    eventAt('u1', 'purchase', 20, {
      channel: 'email',
      sessionId: 's1',
      properties: { plan: 'pro', price: 30 },
    }),
    eventAt('u2', 'home', 0, { channel: 'ads', sessionId: 's2' }),
    eventAt('u2', 'product', 3, { channel: 'ads', sessionId: 's2' }),
    eventAt('u2', 'purchase', 2 * 24 * 60, {
      channel: 'ads',
      sessionId: 's3',
      properties: { plan: 'free', price: 0 },
    }),
    eventAt('u3', 'product', 0, { channel: 'web' }),
    eventAt('u3', 'home', 1, { channel: 'web' }),
    eventAt('u4', 'home', 0),
    eventAt('u4', 'home', 10),
    eventAt('u4', 'product', 15, { properties: { plan: 'pro', beta: true } }),
    eventAt('u4', 'purchase', 16, { channel: 'email', properties: { plan: 'pro', price: 99 } }),
  ];
}

/** Registers the conformance suite for one adapter under `event store conformance [<adapterName>]`. */
export function eventStoreConformanceTests(adapterName: string, makeStore: () => Promise<EventStore>): void {
  describe(`event store conformance [${adapterName}]`, () => {
    let store: EventStore;
    beforeAll(async () => {
      store = await makeStore();
      const result = await store.append(conformanceEvents());
      expect(result).toEqual({ inserted: 13, duplicates: 0 });
    });
    afterAll(async () => {
      await store?.close();
    });

    it('counts events', async () => {
      expect(await store.count()).toBe(13);
    });

    it('builds an index sorted by user, time and ingestion order', async () => {
      const index = await store.index();
      expect(index.eventCount).toBe(13);
      expect(index.userIds).toEqual(['u1', 'u2', 'u3', 'u4']);
      expect(Array.from(index.userOffsets)).toEqual([0, 4, 7, 9, 13]);
      const names = Array.from(index.eventCodes, (code) => index.eventNames[code]);
      expect(names.slice(7)).toEqual(['product', 'home', 'home', 'home', 'product', 'purchase']);
      expect(index.channelCodes[9]).toBe(-1);
      expect(index.timestamps[6]).toBe(T0 + 2 * DAY);
    });

    it('answers a default (windowFunnel) funnel', async () => {
      const result = await runQuery(store, {
        kind: 'funnel',
        steps: [step('home'), step('product'), step('purchase')],
        windowSeconds: 86_400,
        perUser: true,
      });
      expect(result.steps.map((s) => s.users)).toEqual([4, 3, 2]);
      expect(result.steps.map((s) => s.conversion)).toEqual([1, 0.75, 0.5]);
      expect(result.steps.map((s) => s.medianSeconds)).toEqual([null, 300, 480]);
      expect(result.levels).toEqual({ u1: 3, u2: 2, u3: 1, u4: 3 });
    });

    it('answers a strict_order funnel', async () => {
      const result = await runQuery(store, {
        kind: 'funnel',
        steps: [step('home'), step('product'), step('purchase')],
        windowSeconds: 86_400,
        modes: ['strict_order'],
      });
      // u1's cart ends its walk at 2, u2's purchase is outside the window, u3 starts at home; u4's
      // second home repeats step 1, which ends its walk at 1.
      expect(result.steps.map((s) => s.users)).toEqual([4, 2, 0]);
    });

    it('answers a strict_order funnel with allow_reentry (a repeated first step starts again)', async () => {
      const result = await runQuery(store, {
        kind: 'funnel',
        steps: [step('home'), step('product'), step('purchase')],
        windowSeconds: 86_400,
        modes: ['strict_order', 'allow_reentry'],
      });
      expect(result.steps.map((s) => s.users)).toEqual([4, 3, 1]);
    });

    it('applies time range and property filters before the kernel', async () => {
      const ranged = await runQuery(store, {
        kind: 'funnel',
        steps: [step('home'), step('product'), step('purchase')],
        windowSeconds: 7 * 86_400,
        timeRange: { from: T0, to: T0 + DAY },
      });
      expect(ranged.steps.map((s) => s.users)).toEqual([4, 3, 2]);
      const filtered = await runQuery(store, {
        kind: 'dfg',
        filters: [{ property: 'price', operator: 'gt', value: 10 }],
      });
      expect(filtered).toEqual({ edges: [], start: { purchase: 2 }, end: { purchase: 2 } });
    });

    it('answers property matchers and a channel breakdown', async () => {
      const result = await runQuery(store, {
        kind: 'funnel',
        steps: [
          step('product'),
          [{ type: 'property', condition: { property: 'plan', operator: 'eq', value: 'pro' } }],
        ],
        windowSeconds: 86_400,
        breakdown: { by: 'channel', attribution: 'last_touch' },
      });
      expect(result.steps.map((s) => s.users)).toEqual([4, 2]);
      expect(result.breakdown?.map((b) => [b.value, b.steps.map((s) => s.users)])).toEqual([
        // u4's product event also has plan=pro: as in windowFunnel, one event may advance two steps.
        ['(none)', [1, 1]],
        ['ads', [1, 0]],
        ['email', [1, 1]],
        ['web', [1, 0]],
      ]);
    });

    it('answers a directly-follows graph', async () => {
      const result = await runQuery(store, { kind: 'dfg' });
      expect(result.start).toEqual({ home: 3, product: 1 });
      expect(result.end).toEqual({ purchase: 3, home: 1 });
      expect(result.edges).toEqual([
        { from: 'home', to: 'product', count: 3, medianSeconds: 300 },
        { from: 'product', to: 'purchase', count: 2, medianSeconds: 86_340 },
        { from: 'cart', to: 'purchase', count: 1, medianSeconds: 600 },
        { from: 'home', to: 'home', count: 1, medianSeconds: 600 },
        { from: 'product', to: 'cart', count: 1, medianSeconds: 300 },
        { from: 'product', to: 'home', count: 1, medianSeconds: 60 },
      ]);
    });

    it('answers variants', async () => {
      const result = await runQuery(store, { kind: 'variants', top: 3 });
      expect(result.total).toBe(4);
      expect(result.variants).toEqual([
        { events: ['home', 'home', 'product', 'purchase'], count: 1 },
        { events: ['home', 'product', 'cart', 'purchase'], count: 1 },
        { events: ['home', 'product', 'purchase'], count: 1 },
      ]);
    });

    it('answers trends with period-over-period change', async () => {
      const result = await runQuery(store, { kind: 'trends', interval: 'day', measure: 'users' });
      expect(result.series).toEqual([
        {
          name: 'all',
          points: [
            { period: '2024-01-01', value: 4, previous: null, change: null },
            { period: '2024-01-02', value: 0, previous: 4, change: -1 },
            { period: '2024-01-03', value: 1, previous: 0, change: null },
          ],
        },
      ]);
      const events = await runQuery(store, { kind: 'trends', interval: 'month', matchers: step('purchase') });
      expect(events.series[0]?.points).toEqual([
        { period: '2024-01', value: 3, previous: null, change: null },
      ]);
    });

    it('answers paths over sessions with start and end points', async () => {
      const result = await runQuery(store, { kind: 'paths' });
      // Sessions: u1 s1; u2 s2 and s3 (by id); u3 and u4 by the 30 minute idle gap.
      expect(result.total).toBe(5);
      expect(result.paths).toEqual([
        { events: ['home', 'home', 'product', 'purchase'], count: 1 },
        { events: ['home', 'product'], count: 1 },
        { events: ['home', 'product', 'cart', 'purchase'], count: 1 },
        { events: ['product', 'home'], count: 1 },
        { events: ['purchase'], count: 1 },
      ]);
      expect(result.nodes.map((n) => `${n.id}=${n.count}`)).toEqual([
        '1:home=3',
        '1:product=1',
        '1:purchase=1',
        '2:home=2',
        '2:product=2',
        '3:cart=1',
        '3:product=1',
        '4:purchase=2',
      ]);
      expect(result.edges.map((e) => `${e.source}>${e.target}=${e.count}`)).toEqual([
        '1:home>2:product=2',
        '1:home>2:home=1',
        '1:product>2:home=1',
        '2:home>3:product=1',
        '2:product>3:cart=1',
        '3:cart>4:purchase=1',
        '3:product>4:purchase=1',
      ]);
      const bounded = await runQuery(store, {
        kind: 'paths',
        startPoint: step('product'),
        endPoint: step('purchase'),
      });
      expect(bounded.paths).toEqual([
        { events: ['product', 'cart', 'purchase'], count: 1 },
        { events: ['product', 'purchase'], count: 1 },
      ]);
    });

    it('answers channel attribution by every model', async () => {
      const result = await runQuery(store, { kind: 'attribution', conversion: step('purchase') });
      expect(result.conversions).toBe(3);
      expect(result.unattributed).toBe(0);
      // u1: web 0', web 5', email 10', email 20' (the purchase itself carries a channel);
      // u2: ads only; u4: the purchase (email) is its only touch. Half-life 7 days.
      const weight = (minutes: number): number => 2 ** (-minutes / (7 * 24 * 60));
      const u1Sum = weight(20) + weight(15) + weight(10) + weight(0);
      const expected = [
        ['email', 1, 2, 1.5, 1.5, 1 + (weight(10) + weight(0)) / u1Sum],
        ['ads', 1, 1, 1, 1, 1],
        ['web', 1, 0, 0.5, 0.5, (weight(20) + weight(15)) / u1Sum],
      ] as const;
      expect(result.channels.map((c) => c.channel)).toEqual(expected.map((row) => row[0]));
      result.channels.forEach((channel, i) => {
        const [, first, last, linear, position, decay] = expected[i] ?? [];
        expect([channel.firstTouch, channel.lastTouch]).toEqual([first, last]);
        expect(channel.linear).toBeCloseTo(linear ?? NaN, 10);
        expect(channel.positionBased).toBeCloseTo(position ?? NaN, 10);
        expect(channel.timeDecay).toBeCloseTo(decay ?? NaN, 10);
      });
    });

    it('answers channel attribution by the requested models only', async () => {
      const result = await runQuery(store, {
        kind: 'attribution',
        conversion: step('purchase'),
        models: ['first_touch', 'last_touch'],
      });
      // As above, ranked by first touch (ties by name), web listed for its first touch alone.
      expect(result).toEqual({
        conversions: 3,
        unattributed: 0,
        channels: [
          { channel: 'ads', firstTouch: 1, lastTouch: 1 },
          { channel: 'email', firstTouch: 1, lastTouch: 2 },
          { channel: 'web', firstTouch: 1, lastTouch: 0 },
        ],
      });
      const linear = await runQuery(store, {
        kind: 'attribution',
        conversion: step('purchase'),
        models: ['linear'],
      });
      expect(linear.channels).toEqual([
        { channel: 'email', linear: 1.5 },
        { channel: 'ads', linear: 1 },
        { channel: 'web', linear: 0.5 },
      ]);
    });

    it('answers journey health', async () => {
      const result = await runQuery(store, {
        kind: 'health',
        stages: [step('home'), step('product'), step('purchase')],
        stallDays: 1,
      });
      // u3 views a product, goes back home and leaves: bounce, regression and stall at stage 2.
      expect(result).toEqual({
        users: 4,
        converted: 3,
        asOf: T0 + 2 * DAY,
        stages: [
          { stage: 1, name: 'Stage 1', users: 4, bounced: 0, regressed: 0, stalled: 0, looped: 0 },
          { stage: 2, name: 'Stage 2', users: 4, bounced: 1, regressed: 1, stalled: 1, looped: 0 },
          { stage: 3, name: 'Stage 3', users: 3, bounced: 0, regressed: 0, stalled: 0, looped: 0 },
        ],
        regressions: [{ from: 2, to: 1, count: 1 }],
      });
    });

    it('answers trends of sessions by the shared session rule (ids, else 30 minutes idle)', async () => {
      // u1: s1; u2: s2 on the 1st, s3 on the 3rd; u3 and u4 carry no ids: one idle-split session each.
      const result = await runQuery(store, { kind: 'trends', interval: 'day', measure: 'sessions' });
      expect(result.series[0]?.points.map((p) => p.value)).toEqual([4, 0, 1]);
      const byChannel = await runQuery(store, {
        kind: 'trends',
        interval: 'week',
        measure: 'sessions',
        breakdown: 'channel',
        sessionIdleSeconds: 60,
      });
      // With a one-minute idle gap u4 has three sessions: home, home, product + purchase (email).
      expect(byChannel.series.map((s) => [s.name, s.points.map((p) => p.value)])).toEqual([
        ['(none)', [3]],
        ['ads', [2]],
        ['email', [2]],
        ['web', [2]],
      ]);
    });

    it('answers weekly and quarterly trends with a channel breakdown', async () => {
      const weeks = await runQuery(store, {
        kind: 'trends',
        interval: 'week',
        measure: 'users',
        timeRange: { from: T0 - 7 * DAY, to: T0 + 14 * DAY },
      });
      expect(weeks.series).toEqual([
        {
          name: 'all',
          points: [
            { period: '2023-12-25', value: 0, previous: null, change: null },
            { period: '2024-01-01', value: 4, previous: 0, change: null },
            { period: '2024-01-08', value: 0, previous: 4, change: -1 },
          ],
        },
      ]);
      const quarters = await runQuery(store, { kind: 'trends', interval: 'quarter', breakdown: 'channel' });
      expect(quarters.series.map((s) => [s.name, s.points.map((p) => [p.period, p.value])])).toEqual([
        ['(none)', [['2024-Q1', 3]]],
        ['ads', [['2024-Q1', 3]]],
        ['email', [['2024-Q1', 3]]],
        ['web', [['2024-Q1', 4]]],
      ]);
    });

    it('orders equal timestamps by ingestion order and skips duplicate event ids', async () => {
      const other = await makeStore();
      try {
        const first = await other.append([
          eventAt('t', 'a', 0, { eventId: 'e1' }),
          eventAt('t', 'b', 0, { eventId: 'e2' }),
          eventAt('t', 'b', 0, { eventId: 'e2' }),
        ]);
        expect(first).toEqual({ inserted: 2, duplicates: 1 });
        const second = await other.append([eventAt('t', 'a', 0, { eventId: 'e1' }), eventAt('t', 'c', 0)]);
        expect(second).toEqual({ inserted: 1, duplicates: 1 });
        expect(await other.count()).toBe(3);
        const dfg = await runQuery(other, { kind: 'dfg' });
        expect(dfg.edges.map((e) => `${e.from}>${e.to}`)).toEqual(['a>b', 'b>c']);
      } finally {
        await other.close();
      }
    });

    it('keeps hostile names and values intact', async () => {
      const other = await makeStore();
      const names = [
        `it's "quoted"`,
        'back\\slash',
        "'; DROP TABLE events; --",
        'tab\there\u0001',
        'שלום עולם',
        '\u202eevil',
      ];
      try {
        await other.append(
          names.map((name, i) =>
            eventAt(`user ${name}`, name, i, { channel: name, properties: { [name]: name } }),
          ),
        );
        const index = await other.index({
          filters: [{ property: names[2] ?? '', operator: 'eq', value: names[2] }],
        });
        expect(index.eventCount).toBe(1);
        expect(index.userIds).toEqual([`user ${names[2]}`]);
        const all = await runQuery(other, { kind: 'variants' });
        expect(all.variants.map((v) => v.events[0]).sort()).toEqual([...names].sort());
        const matched = await runQuery(other, {
          kind: 'funnel',
          steps: [step(names[0] ?? '')],
          windowSeconds: 60,
        });
        expect(matched.steps[0]?.users).toBe(1);
      } finally {
        await other.close();
      }
    });
  });
}
