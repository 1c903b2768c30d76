import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PropertyCondition } from '@waymark/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startClickHouse } from '../../../../scripts/test-servers/clickhouse';
import type { ClickHouseTestServer } from '../../../../scripts/test-servers/clickhouse';
import { eventStoreConformanceTests } from '../conformance';
import type { EventStore } from '../port';
import { ClickHouseError, ClickHouseHttp, readString } from './http';
import { quoteFloat, quoteIdentifier, quoteInt, quoteString, quoteStringArray } from './escape';
import { funnelQuerySchema, trendsQuerySchema } from '../query';
import { runQuery } from '../run';
import {
  disjointStepNames,
  renderPreflightSql,
  renderWindowFunnelSql,
  usersPerStep,
  windowFunnelLevels,
} from './funnel-pushdown';
import { renderIndexSql } from './index-extract';
import { ClickHouseEventStore, openClickHouseEventStore } from './index';
import { renderTrendsSql } from './trends';
import { HOSTILE_STRINGS, hostileString, makeEvent, seededRandom } from './test-support';

/** One throwaway server for this file; every store gets its own database. */
let server: ClickHouseTestServer;
let http: ClickHouseHttp;

beforeAll(async () => {
  server = await startClickHouse();
  console.log(`[clickhouse] clickhouse-server 18.16 started in ${server.startupMs} ms at ${server.url}`);
  http = new ClickHouseHttp({ url: server.url });
});

afterAll(async () => {
  await server?.stop();
});

const step = (...events: string[]) => [{ type: 'event_in' as const, events }];

/** A new, empty store in a fresh database. */
async function newStore(): Promise<EventStore> {
  return await openClickHouseEventStore({ url: server.url, database: `t_${randomBytes(6).toString('hex')}` });
}

eventStoreConformanceTests('clickhouse', newStore);

describe('escaping [clickhouse]', () => {
  it('renders string literals with backslash escapes and raw UTF-8', () => {
    expect(quoteString("it's")).toBe("'it\\'s'");
    expect(quoteString('a\\b')).toBe("'a\\\\b'");
    expect(quoteString('nul\u0000\n\t\u007f')).toBe("'nul\\x00\\x0a\\x09\\x7f'");
    expect(quoteString('سلام 😀')).toBe("'سلام 😀'");
    expect(() => quoteString('\ud800 lone')).toThrow(/lone UTF-16 surrogate/);
  });

  it('validates identifiers and numbers', () => {
    expect(quoteIdentifier('events')).toBe('`events`');
    for (const bad of ['', '1abc', 'a-b', 'a`b', 'a b', "x'; DROP", 'é']) {
      expect(() => quoteIdentifier(bad)).toThrow(/SQL identifier/);
    }
    expect(quoteInt(-5)).toBe('(-5)');
    expect(() => quoteInt(1.5)).toThrow(/safe integer/);
    expect(() => quoteInt(Number.NaN)).toThrow(/safe integer/);
    expect(() => quoteInt(2 ** 60)).toThrow(/safe integer/);
    expect(quoteFloat(2)).toBe('toFloat64(2.0)');
    expect(() => quoteFloat(Number.POSITIVE_INFINITY)).toThrow(/not finite/);
    expect(quoteStringArray([])).toBe('emptyArrayString()');
  });

  it('reads every hostile literal back byte for byte', async () => {
    const random = seededRandom(7);
    const samples = [...HOSTILE_STRINGS, ...Array.from({ length: 200 }, () => hostileString(random))];
    const sql = samples
      .map((text, i) => `SELECT ${i} AS i, ${quoteString(text)} AS s, length(s) AS bytes`)
      .join('\nUNION ALL\n');
    const result = await http.query(`SELECT s, bytes FROM (${sql}) ORDER BY i`);
    expect(result.data.map((row) => readString(row[0], 's'))).toEqual(samples);
    expect(result.data.map((row) => Number(row[1]))).toEqual(samples.map((text) => Buffer.byteLength(text)));
  });

  it('stores hostile names, ids and property values and reads them back exactly', async () => {
    const store = await newStore();
    try {
      const events = HOSTILE_STRINGS.map((text, i) =>
        makeEvent({
          userId: text,
          event: text,
          channel: text,
          sessionId: text,
          eventId: `${text}#${i}`,
          timestamp: Date.UTC(2024, 0, 1) + i,
          properties: { [text]: text, n: i },
        }),
      );
      expect(await store.append(events)).toEqual({ inserted: events.length, duplicates: 0 });
      expect(await store.append(events.slice(0, 3))).toEqual({ inserted: 0, duplicates: 3 });
      const index = await store.index();
      expect([...index.userIds].sort()).toEqual([...HOSTILE_STRINGS].sort());
      expect([...index.eventNames].sort()).toEqual([...HOSTILE_STRINGS].sort());
      expect([...index.channelNames].sort()).toEqual([...HOSTILE_STRINGS].sort());
      for (const text of HOSTILE_STRINGS) {
        const scoped = await store.index({
          filters: [{ property: text, operator: 'eq', value: text }],
          properties: [text],
        });
        expect(scoped.userIds).toEqual([text]);
        expect(scoped.properties.get(text)?.values).toEqual([text]);
      }
    } finally {
      await store.close();
    }
  });
});

describe('http client [clickhouse]', () => {
  it("carries ClickHouse's own error message and code", async () => {
    const error = await http.query('SELECT nope FROM system.one').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ClickHouseError);
    expect(error instanceof ClickHouseError ? error.code : 0).toBe(47);
    expect(String(error)).toMatch(/Unknown identifier: nope/);
    expect(String(error)).toMatch(/in query: SELECT nope/);
  });

  it('streams TabSeparated rows and unescapes them', async () => {
    const rows: string[][] = [];
    await http.streamTsv(`SELECT number, ${quoteString('a\tb\\c\n')} FROM system.numbers LIMIT 3`, (cells) =>
      rows.push(cells),
    );
    expect(rows.map((cells) => cells[0])).toEqual(['0', '1', '2']);
    expect(rows[0]?.[1]).toBe('a\\tb\\\\c\\n');
  });
});

describe('rendered SQL snapshots [clickhouse]', () => {
  const scope = {
    timeRange: { from: Date.UTC(2024, 0, 1), to: Date.UTC(2024, 1, 1) },
    filters: [{ property: 'plan', operator: 'in' as const, value: ['pro', 30] }],
    conditionSets: [
      [{ property: "o'brien", operator: 'contains' as const, value: '100%' }],
      [
        { property: 'price', operator: 'gte' as const, value: 9.5 },
        { property: 'beta', operator: 'eq' as const, value: true },
      ],
    ],
    properties: ['plan'],
  };

  it('renders the journey index read', async () => {
    await expect(renderIndexSql('db', scope)).toMatchFileSnapshot('./__snapshots__/index-scoped.sql');
    await expect(renderIndexSql('db')).toMatchFileSnapshot('./__snapshots__/index-full.sql');
  });

  it('renders trends for every interval', async () => {
    for (const interval of ['day', 'week', 'month', 'quarter'] as const) {
      const query = trendsQuerySchema.parse({
        kind: 'trends',
        interval,
        measure: interval === 'week' ? 'sessions' : 'users',
        matchers: [{ type: 'event_prefix', prefix: 'check_' }],
        breakdown: interval === 'month' ? 'channel' : undefined,
      });
      await expect(renderTrendsSql('db', query)).toMatchFileSnapshot(
        `./__snapshots__/trends-${interval}.sql`,
      );
    }
  });

  it('renders the windowFunnel push-down and its pre-flight', async () => {
    const query = funnelQuerySchema.parse({
      kind: 'funnel',
      steps: [step('home'), step('product', 'product_v2'), step('purchase')],
      windowSeconds: 7 * 86_400,
      timeRange: { from: Date.UTC(2024, 0, 1) },
    });
    const steps = disjointStepNames(query);
    expect(steps).toEqual([['home'], ['product', 'product_v2'], ['purchase']]);
    await expect(renderWindowFunnelSql('db', query, steps ?? [], Date.UTC(2024, 0, 1))).toMatchFileSnapshot(
      './__snapshots__/window-funnel.sql',
    );
    await expect(renderPreflightSql('db', query, steps ?? [])).toMatchFileSnapshot(
      './__snapshots__/window-funnel-preflight.sql',
    );
  });
});

describe('windowFunnel push-down [clickhouse]', () => {
  let store: EventStore;
  let database: string;
  const base = Date.UTC(2024, 2, 1);
  const names = ['home', 'product', 'cart', 'purchase', 'help', 'search'];

  beforeAll(async () => {
    database = `t_${randomBytes(6).toString('hex')}`;
    store = await openClickHouseEventStore({ url: server.url, database });
    const random = seededRandom(42);
    const events = [];
    for (let user = 0; user < 300; user++) {
      let at = base + Math.floor(random() * 5 * 86_400_000);
      const length = 1 + Math.floor(random() * 12);
      for (let i = 0; i < length; i++) {
        at += 1 + Math.floor(random() * 2 * 86_400_000 * random());
        events.push(
          makeEvent({
            userId: `user-${user}`,
            event: names[Math.floor(random() * names.length)] ?? 'home',
            timestamp: at,
          }),
        );
      }
    }
    await store.append(events);
  });

  afterAll(async () => {
    await store.close();
  });

  for (const windowSeconds of [60, 3_600, 86_400, 3 * 86_400]) {
    it(`equals the kernel for a ${windowSeconds} s window`, async () => {
      const input = {
        kind: 'funnel' as const,
        steps: [step('home', 'search'), step('product'), step('cart'), step('purchase')],
        windowSeconds,
        perUser: true,
      };
      const kernel = await runQuery(store, input);
      const pushed = await windowFunnelLevels(http, database, funnelQuerySchema.parse(input));
      expect(pushed).not.toBeNull();
      expect(Object.fromEntries(pushed ?? [])).toEqual(
        Object.fromEntries(Object.entries(kernel.levels ?? {}).filter(([, level]) => level > 0)),
      );
      expect(usersPerStep(pushed ?? new Map(), 4)).toEqual(kernel.steps.map((s) => s.users));
      expect(kernel.steps[0]?.users).toBeGreaterThan(kernel.steps[3]?.users ?? 0);
    });
  }

  it('declines funnels and data where 18.16 disagrees', async () => {
    const plain = { kind: 'funnel' as const, steps: [step('home'), step('product')], windowSeconds: 60 };
    expect(
      disjointStepNames(
        funnelQuerySchema.parse({ ...plain, steps: [step('home'), step('home', 'product')] }),
      ),
    ).toBeNull();
    expect(disjointStepNames(funnelQuerySchema.parse({ ...plain, modes: ['strict_order'] }))).toBeNull();
    expect(
      disjointStepNames(
        funnelQuerySchema.parse({ ...plain, steps: [[{ type: 'event_prefix', prefix: 'h' }]] }),
      ),
    ).toBeNull();
    const tied = await newStore();
    try {
      await tied.append([makeEvent({ event: 'product' }), makeEvent({ event: 'home' })]);
      const db = tied instanceof ClickHouseEventStore ? tied.database : '';
      expect(await windowFunnelLevels(http, db, funnelQuerySchema.parse(plain))).toBeNull();
    } finally {
      await tied.close();
    }
  });
});

describe('property condition semantics [clickhouse]', () => {
  let store: EventStore;
  const props: Record<string, Record<string, string | number | boolean | null>> = {
    text30: { v: '30' },
    num30: { v: 30 },
    num9: { v: 9.5 },
    textAbc: { v: 'abc' },
    boolTrue: { v: true },
    nullV: { v: null },
    missing: {},
    emptyText: { v: '' },
  };

  beforeAll(async () => {
    store = await newStore();
    await store.append(
      Object.entries(props).map(([userId, properties]) => makeEvent({ userId, properties })),
    );
  });

  afterAll(async () => {
    await store.close();
  });

  const cases: [PropertyCondition, string[]][] = [
    [{ property: 'v', operator: 'eq', value: 30 }, ['num30', 'text30']],
    [{ property: 'v', operator: 'eq', value: '30' }, ['num30', 'text30']],
    [{ property: 'v', operator: 'eq', value: '' }, ['emptyText']],
    [{ property: 'v', operator: 'eq', value: true }, ['boolTrue']],
    [
      { property: 'v', operator: 'neq', value: 30 },
      ['boolTrue', 'emptyText', 'missing', 'nullV', 'num9', 'textAbc'],
    ],
    [{ property: 'v', operator: 'in', value: ['abc', 9.5] }, ['num9', 'textAbc']],
    [{ property: 'v', operator: 'contains', value: 'b' }, ['textAbc']],
    [{ property: 'v', operator: 'contains', value: '3' }, ['num30', 'text30']],
    [{ property: 'v', operator: 'gt', value: 10 }, ['num30', 'text30']],
    [{ property: 'v', operator: 'lte', value: 9.5 }, ['num9']],
    [{ property: 'v', operator: 'gt', value: '4' }, ['boolTrue', 'num9', 'textAbc']],
    [{ property: 'v', operator: 'exists' }, ['boolTrue', 'emptyText', 'num30', 'num9', 'text30', 'textAbc']],
  ];
  for (const [condition, users] of cases) {
    it(`${condition.operator} ${JSON.stringify(condition.value ?? null)}`, async () => {
      const index = await store.index({ filters: [condition] });
      expect([...index.userIds].sort()).toEqual([...users].sort());
      const masked = await store.index({ conditionSets: [[condition]] });
      const matched = masked.userIds.filter(
        (_, user) => (masked.conditionMasks?.[masked.userOffsets[user] ?? 0] ?? 0) === 1,
      );
      expect([...matched].sort()).toEqual([...users].sort());
    });
  }

  it('refuses values that do not fit the operator, naming the property', async () => {
    await expect(store.index({ filters: [{ property: 'v', operator: 'in', value: 'x' }] })).rejects.toThrow(
      /"in" on "v"/,
    );
    await expect(
      store.index({ filters: [{ property: 'v', operator: 'contains', value: 3 }] }),
    ).rejects.toThrow(/needs text/);
    await expect(store.index({ filters: [{ property: 'v', operator: 'eq', value: [1] }] })).rejects.toThrow(
      /single value/,
    );
  });

  it('reads property columns as text, null and missing as -1', async () => {
    const index = await store.index({ properties: ['v'] });
    const column = index.properties.get('v');
    const byUser = Object.fromEntries(
      index.userIds.map((user, u) => {
        const code = column?.codes[index.userOffsets[u] ?? 0] ?? -1;
        return [user, code === -1 ? null : (column?.values[code] ?? null)];
      }),
    );
    expect(byUser).toEqual({
      text30: '30',
      num30: '30',
      num9: '9.5',
      textAbc: 'abc',
      boolTrue: 'true',
      nullV: null,
      missing: null,
      emptyText: '',
    });
    expect(column?.values).toEqual(['', '30', '9.5', 'abc', 'true']);
  });
});

describe('file import [clickhouse]', () => {
  it('imports CSV through the shared reader, skipping bad rows and duplicate ids', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'waymark-ch-ingest-'));
    const store = await newStore();
    try {
      const file = join(dir, 'events.csv');
      await writeFile(
        file,
        [
          'user_id,event,timestamp,channel,event_id,plan',
          'u1,home,2024-01-01T00:00:00Z,web,e1,pro',
          'u1,"it\'s ""quoted"", ok",2024-01-01T00:01:00Z,,e2,',
          'u2,home,not-a-time,web,e3,free',
          'u2,product,1704067500000,ads,e1,free',
          'u3,سلام,2024-01-01T00:02:00Z,email,e4,free',
        ].join('\n'),
      );
      const report = await store.ingestFile(file, { onError: 'skip' });
      expect(report).toMatchObject({ rows: 5, inserted: 3, duplicates: 1, skipped: 1 });
      expect(report.errors[0]).toMatchObject({ row: 3, column: 'timestamp' });
      const again = await store.ingestFile(file, { onError: 'skip' });
      expect(again).toMatchObject({ inserted: 0, duplicates: 4 });
      const index = await store.index({ properties: ['plan'] });
      expect(index.userIds).toEqual(['u1', 'u3']);
      expect([...index.eventNames]).toEqual(['home', 'it\'s "quoted", ok', 'سلام']);
      await expect(store.ingestFile(file)).rejects.toThrow(/bad row/);
      expect(await store.count()).toBe(3);
    } finally {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
