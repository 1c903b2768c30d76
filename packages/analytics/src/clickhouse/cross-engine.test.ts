import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDuckDbEventStore } from '../duckdb/store';
import type { AnalyticsEventInput, PropertyValue } from '../event';
import type { EventStore } from '../port';
import type { AnalyticsQueryInput } from '../query';
import { runQuery } from '../run';
import { seededRandom, step, useClickHouse } from './test-support';

const clickhouse = useClickHouse();

const NAMES = ['home', 'search', 'product', 'cart', 'checkout', 'purchase', 'help', 'پرداخت', 'product_view'];
const CHANNELS = ['web', 'email', 'ads', 'قناة', undefined];
const PLANS: PropertyValue[] = ['free', 'pro', 'team', null, 30, true];
const T0 = Date.UTC(2024, 0, 1);

/** Seeded random events with ties, missing channels and sessions, typed properties and duplicate ids. */
function dataset(seed: number): AnalyticsEventInput[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const events: AnalyticsEventInput[] = [];
  for (let user = 0; user < 120; user++) {
    let at = T0 + Math.floor(random() * 40 * 86_400_000);
    let session = 0;
    const length = 1 + Math.floor(random() * 14);
    for (let i = 0; i < length; i++) {
      const gap = random() < 0.15 ? 0 : Math.floor(random() * random() * 3 * 86_400_000);
      if (gap > 3_600_000) session++;
      at += gap;
      const event: AnalyticsEventInput = {
        userId: `user-${user % 97}-${user}`,
        event: pick(NAMES),
        timestamp: at,
        properties: { plan: pick(PLANS), price: Math.round(random() * 20000) / 100, beta: random() < 0.3 },
      };
      const channel = pick(CHANNELS);
      if (channel !== undefined) event.channel = channel;
      if (random() < 0.7) event.sessionId = `s-${user}-${session}`;
      if (random() < 0.5) event.eventId = `e-${Math.floor(random() * 900)}`;
      events.push(event);
    }
  }
  return events;
}

const plan = (value: string) => [
  { type: 'property' as const, condition: { property: 'plan', operator: 'eq' as const, value } },
];

/** Query descriptions covering every kind, mode, breakdown and scope option. */
const QUERIES: AnalyticsQueryInput[] = [
  {
    kind: 'funnel',
    steps: [step('home', 'search'), step('product'), step('purchase')],
    windowSeconds: 86_400,
    perUser: true,
  },
  ...(
    [
      ['strict_order'],
      ['strict_order', 'allow_reentry'],
      ['strict_deduplication'],
      ['strict_increase'],
      ['strict_once'],
    ] as const
  ).map((modes): AnalyticsQueryInput => ({
    kind: 'funnel',
    steps: [step('home'), step('product'), step('cart'), step('purchase')],
    windowSeconds: 7 * 86_400,
    modes: [...modes],
  })),
  {
    kind: 'funnel',
    steps: [step('product'), step('cart'), step('purchase')],
    windowSeconds: 3 * 86_400,
    ordered: false,
  },
  {
    kind: 'funnel',
    steps: [step('home'), plan('pro'), step('purchase')],
    windowSeconds: 7 * 86_400,
    exclusions: [{ matchers: step('help'), fromStep: 1, toStep: 3 }],
    breakdown: { by: 'channel', attribution: 'last_touch' },
  },
  {
    kind: 'funnel',
    steps: [[{ type: 'event_prefix', prefix: 'product' }], step('purchase')],
    windowSeconds: 14 * 86_400,
    countBy: 'sessions',
    breakdown: { by: 'property', property: 'plan', attribution: { step: 2 } },
  },
  {
    kind: 'funnel',
    steps: [step('home'), step('purchase')],
    windowSeconds: 30 * 86_400,
    breakdown: {
      by: 'persona',
      personas: [
        { id: 'pro', name: 'Pro buyers', segmentRule: [{ property: 'plan', operator: 'eq', value: 'pro' }] },
        {
          id: 'rich',
          name: 'Big spenders',
          segmentRule: [{ property: 'price', operator: 'gte', value: 150 }],
        },
      ],
    },
    filters: [{ property: 'beta', operator: 'neq', value: true }],
  },
  {
    kind: 'time_to_convert',
    steps: [step('home'), step('cart'), step('purchase')],
    windowSeconds: 7 * 86_400,
  },
  {
    kind: 'paths',
    cleaning: [{ pattern: 'product*', alias: 'product' }],
    startPoint: step('home'),
    collapseRepeats: true,
    topN: 15,
  },
  { kind: 'paths', endPoint: step('purchase'), maxSteps: 5, sessionIdleSeconds: 600 },
  { kind: 'dfg' },
  { kind: 'dfg', by: 'session', timeRange: { from: T0 + 5 * 86_400_000, to: T0 + 20 * 86_400_000 } },
  { kind: 'variants', top: 50 },
  { kind: 'variants', by: 'session', filters: [{ property: 'plan', operator: 'in', value: ['free', 30] }] },
  // An in-list of 1,000 values (one list parameter on DuckDB, one array literal on ClickHouse).
  {
    kind: 'variants',
    filters: [
      {
        property: 'plan',
        operator: 'in',
        value: ['pro', 30, ...Array.from({ length: 998 }, (_, k) => (k % 2 === 0 ? `miss-${k}` : k + 0.5))],
      },
    ],
  },
  // Whole numbers of 2^63 and beyond compare as doubles on both engines (DuckDB used to fail binding them).
  {
    kind: 'dfg',
    filters: [
      { property: 'price', operator: 'lt', value: 2 ** 63 },
      { property: 'price', operator: 'neq', value: 2 ** 64 },
      { property: 'plan', operator: 'in', value: [2 ** 63, 'free', 'team'] },
    ],
  },
  { kind: 'attribution', conversion: step('purchase'), conversions: 'all', lookbackSeconds: 5 * 86_400 },
  { kind: 'attribution', conversion: plan('team'), touches: step('home', 'search') },
  { kind: 'health', stages: [step('home'), step('product'), step('cart'), step('purchase')], stallDays: 3 },
  ...(['day', 'week', 'month', 'quarter'] as const).flatMap((interval): AnalyticsQueryInput[] => [
    { kind: 'trends', interval, measure: 'users' },
    {
      kind: 'trends',
      interval,
      measure: 'sessions',
      breakdown: 'channel',
      matchers: step('purchase', 'cart'),
    },
    {
      kind: 'trends',
      interval,
      measure: 'users',
      matchers: [
        { type: 'event_in', events: ['cart', ...Array.from({ length: 999 }, (_, k) => `other-${k}`)] },
      ],
    },
    {
      kind: 'trends',
      interval,
      measure: 'events',
      filters: [{ property: 'price', operator: 'lt', value: 50 }],
    },
  ]),
];

/** Session codes renumbered by first appearance (-1 kept): only which rows share a session matters. */
function firstAppearance(codes: Int32Array): number[] {
  const seen = new Map<number, number>();
  return Array.from(codes, (code) => {
    if (code === -1) return -1;
    if (!seen.has(code)) seen.set(code, seen.size);
    return seen.get(code) ?? -1;
  });
}

/** Whether an answer counts anything (so equal answers are not trivially empty). */
function countsSomething(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(countsSomething);
  if (value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(
    ([key, item]) =>
      (['users', 'count', 'value', 'conversions', 'linear'].includes(key) &&
        typeof item === 'number' &&
        item > 0) ||
      countsSomething(item),
  );
}

describe('DuckDB and ClickHouse give equal answers [clickhouse]', () => {
  let duckdb: EventStore;
  let ch: EventStore;

  beforeAll(async () => {
    duckdb = await openDuckDbEventStore();
    ch = await clickhouse.newStore();
    const events = dataset(2024);
    const half = Math.floor(events.length / 2);
    for (const batch of [events.slice(0, half), events.slice(half)]) {
      expect(await ch.append(batch)).toEqual(await duckdb.append(batch));
    }
  });

  afterAll(async () => {
    await duckdb.close();
    await ch.close();
  });

  it('stores the same events', async () => {
    expect(await ch.count()).toBe(await duckdb.count());
    const [a, b] = await Promise.all([duckdb.index(), ch.index()]);
    expect(b.userIds).toEqual(a.userIds);
    expect(Array.from(b.userOffsets)).toEqual(Array.from(a.userOffsets));
    expect(Array.from(b.timestamps)).toEqual(Array.from(a.timestamps));
    expect(Array.from(b.eventCodes, (code) => b.eventNames[code])).toEqual(
      Array.from(a.eventCodes, (code) => a.eventNames[code]),
    );
    expect(firstAppearance(b.sessionCodes)).toEqual(firstAppearance(a.sessionCodes));
  });

  QUERIES.forEach((query, i) => {
    it(`query ${i + 1}: ${query.kind}`, async () => {
      const expected = await runQuery(duckdb, query);
      expect(countsSomething(expected)).toBe(true);
      expect(await runQuery(ch, query)).toEqual(expected);
    });
  });
});
