import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalyticsEventInput } from '../event';
import { funnelQuerySchema } from '../query';
import type { FunnelQueryInput } from '../query';
import { runQuery } from '../run';
import type { ClickHouseEventStore } from './adapter';
import { disjointStepNames, windowFunnelLevels } from './funnel-pushdown';
import { makeEvent, seededRandom, step, useClickHouse } from './test-support';

const clickhouse = useClickHouse();

const NAMES = ['home', 'product', 'cart', 'purchase', 'help', 'search'];
const DAY = 86_400_000;

/** Random journeys of 300 users starting within `spanDays`; timestamps in ms or whole seconds. */
function journeys(seed: number, spanDays: number, wholeSeconds: boolean): AnalyticsEventInput[] {
  const random = seededRandom(seed);
  const base = Date.UTC(2024, 2, 1);
  const events: AnalyticsEventInput[] = [];
  for (let user = 0; user < 300; user++) {
    let at = base + Math.floor(random() * spanDays * DAY);
    if (wholeSeconds) at -= at % 1000;
    const length = 1 + Math.floor(random() * 12);
    for (let i = 0; i < length; i++) {
      const gap = 1 + Math.floor(random() * 2 * DAY * random());
      at += wholeSeconds ? Math.max(1000, gap - (gap % 1000)) : gap;
      const event = NAMES[Math.floor(random() * NAMES.length)] ?? 'home';
      events.push(makeEvent({ userId: `user-${user}`, event, timestamp: at }));
    }
  }
  return events;
}

const funnel = (windowSeconds: number): FunnelQueryInput & { kind: 'funnel' } => ({
  kind: 'funnel',
  steps: [step('home', 'search'), step('product'), step('cart'), step('purchase')],
  windowSeconds,
  perUser: true,
});

/** The push-down must give exactly the kernel's per-user levels and step counts. */
async function expectEqualToKernel(store: ClickHouseEventStore, windowSeconds: number): Promise<void> {
  const query = funnel(windowSeconds);
  const kernel = await runQuery(store, query);
  const levels = await windowFunnelLevels(clickhouse.http(), store.database, funnelQuerySchema.parse(query));
  expect(levels).not.toBeNull();
  const reached = Object.entries(kernel.levels ?? {}).filter(([, level]) => level > 0);
  expect(Object.fromEntries(levels ?? [])).toEqual(Object.fromEntries(reached));
  expect(await store.pushDownFunnel(query)).toEqual(kernel.steps.map((s) => s.users));
  expect(kernel.steps[0]?.users).toBeGreaterThan(kernel.steps[3]?.users ?? 0);
}

describe('windowFunnel push-down [clickhouse]', () => {
  const stores: ClickHouseEventStore[] = [];
  let millis: ClickHouseEventStore;
  let seconds: ClickHouseEventStore;
  let wideMillis: ClickHouseEventStore;

  beforeAll(async () => {
    millis = await clickhouse.newStore();
    seconds = await clickhouse.newStore();
    wideMillis = await clickhouse.newStore();
    stores.push(millis, seconds, wideMillis);
    await millis.append(journeys(42, 5, false));
    await seconds.append(journeys(43, 90, true));
    await wideMillis.append(journeys(44, 30, false));
  });

  afterAll(async () => {
    for (const store of stores) await store.close();
  });

  for (const windowSeconds of [60, 3_600, 86_400, 3 * 86_400]) {
    it(`equals the kernel at millisecond resolution, ${windowSeconds} s window`, async () => {
      await expectEqualToKernel(millis, windowSeconds);
    });
    it(`equals the kernel at second resolution over 90 days, ${windowSeconds} s window`, async () => {
      await expectEqualToKernel(seconds, windowSeconds);
    });
  }

  it('declines millisecond data spanning 2^31 ms or more (18.16 keeps chain starts in Int32)', async () => {
    expect(await wideMillis.pushDownFunnel(funnel(86_400))).toBeNull();
    const kernel = await runQuery(wideMillis, funnel(86_400));
    expect(kernel.steps[0]?.users).toBeGreaterThan(0);
  });

  it('declines funnels where 18.16 differs from our semantics', () => {
    const plain = { kind: 'funnel' as const, steps: [step('home'), step('product')], windowSeconds: 60 };
    const declined = [
      { ...plain, steps: [step('home'), step('home', 'product')] },
      { ...plain, modes: ['strict_order' as const] },
      { ...plain, ordered: false },
      { ...plain, countBy: 'sessions' as const },
      { ...plain, exclusions: [{ matchers: step('help'), fromStep: 1, toStep: 2 }] },
      { ...plain, breakdown: { by: 'channel' as const } },
      { ...plain, steps: [[{ type: 'event_prefix' as const, prefix: 'h' }], step('product')] },
      {
        ...plain,
        steps: [[{ type: 'property' as const, condition: { property: 'p', operator: 'exists' as const } }]],
      },
    ];
    for (const input of declined) expect(disjointStepNames(funnelQuerySchema.parse(input))).toBeNull();
    expect(disjointStepNames(funnelQuerySchema.parse(plain))).toEqual([['home'], ['product']]);
  });

  it('declines data with different steps at the same millisecond (18.16 ignores ingestion order)', async () => {
    const tied = await clickhouse.newStore();
    try {
      await tied.append([makeEvent({ event: 'product' }), makeEvent({ event: 'home' })]);
      const query = { kind: 'funnel' as const, steps: [step('home'), step('product')], windowSeconds: 60 };
      expect(await tied.pushDownFunnel(query)).toBeNull();
      expect((await runQuery(tied, query)).steps.map((s) => s.users)).toEqual([1, 0]);
    } finally {
      await tied.close();
    }
  });
});
