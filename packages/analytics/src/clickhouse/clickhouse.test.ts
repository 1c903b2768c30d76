import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { eventStoreConformanceTests } from '../conformance';
import { dataSetConformanceTests } from '../datasets/conformance-datasets';
import { funnelQuerySchema, trendsQuerySchema } from '../query';
import { quoteFloat, quoteIdentifier, quoteInt, quoteString, quoteStringArray } from './escape';
import { disjointStepNames, renderPreflightSql, renderWindowFunnelSql } from './funnel-pushdown';
import { ClickHouseError, readInt, readString } from './http';
import { renderDictionariesSql, renderRowsSql, renderUsersSql } from './index-sql';
import { openClickHouseEventStore } from './index';
import { renderTrendsSql } from './trends';
import { HOSTILE_STRINGS, hostileString, makeEvent, seededRandom, step, useClickHouse } from './test-support';

/** One throwaway server for this file; every store gets its own database. */
const clickhouse = useClickHouse();

eventStoreConformanceTests('clickhouse', () => clickhouse.newStore());
dataSetConformanceTests('clickhouse', async () => {
  const database = `t_${randomBytes(6).toString('hex')}`;
  return () => openClickHouseEventStore({ url: clickhouse.url(), database });
});

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

  it('renders numbers that ClickHouse reads back exactly', async () => {
    const floats = [0.1, -2.5, 3, 1e21, -1e-7, 5e-324, -1e-310, 1.7976931348623157e308, 123456789.12345679];
    const ints = [0, -1, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, -62_135_596_800_000];
    const result = await clickhouse
      .http()
      .query(
        `SELECT [${floats.map(quoteFloat).join(', ')}], [${ints.map((n) => `toInt64(${quoteInt(n)})`).join(', ')}]`,
      );
    const row = result.data[0] ?? [];
    expect(row[0]).toEqual(floats);
    expect(Array.isArray(row[1]) ? row[1].map((cell) => readInt(cell, 'int')) : null).toEqual(ints);
  });

  it('reads every hostile literal back byte for byte', async () => {
    const random = seededRandom(7);
    const samples = [...HOSTILE_STRINGS, ...Array.from({ length: 200 }, () => hostileString(random))];
    const sql = samples
      .map((text, i) => `SELECT ${i} AS i, ${quoteString(text)} AS s, length(s) AS bytes`)
      .join('\nUNION ALL\n');
    const result = await clickhouse.http().query(`SELECT s, bytes FROM (${sql}) ORDER BY i`);
    expect(result.data.map((row) => readString(row[0], 's'))).toEqual(samples);
    expect(result.data.map((row) => Number(row[1]))).toEqual(samples.map((text) => Buffer.byteLength(text)));
  });

  it('stores hostile names, ids and property values and reads them back exactly', async () => {
    const store = await clickhouse.newStore();
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
    const error = await clickhouse
      .http()
      .query('SELECT nope FROM system.one')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ClickHouseError);
    expect(error instanceof ClickHouseError ? error.code : 0).toBe(47);
    expect(String(error)).toMatch(/Unknown identifier: nope/);
    expect(String(error)).toMatch(/in query: SELECT nope/);
  });

  it('streams TabSeparated rows and unescapes them', async () => {
    const rows: string[][] = [];
    await clickhouse
      .http()
      .streamTsv(`SELECT number, ${quoteString('a\tb\\c\n')} FROM system.numbers LIMIT 3`, (cells) =>
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

  it('renders the journey index reads', async () => {
    const all = [true, true, true, true];
    await expect(renderRowsSql('db', scope, 42, all)).toMatchFileSnapshot(
      './__snapshots__/index-rows-scoped.sql',
    );
    await expect(renderRowsSql('db', {}, 42, [true, false, false])).toMatchFileSnapshot(
      './__snapshots__/index-rows-full.sql',
    );
    await expect(renderDictionariesSql('db', scope, 42)).toMatchFileSnapshot(
      './__snapshots__/index-dictionaries.sql',
    );
    await expect(renderUsersSql('db', scope, 42)).toMatchFileSnapshot('./__snapshots__/index-users.sql');
  });

  it('renders trends for every interval', async () => {
    for (const interval of ['day', 'week', 'month', 'quarter'] as const) {
      const query = trendsQuerySchema.parse({
        kind: 'trends',
        interval,
        measure: interval === 'week' ? 'events' : 'users',
        matchers: [{ type: 'event_prefix', prefix: 'check_' }],
        breakdown: interval === 'month' ? 'channel' : undefined,
      });
      await expect(renderTrendsSql('db', query)).toMatchFileSnapshot(
        `./__snapshots__/trends-${interval}.sql`,
      );
    }
  });

  it('refuses to aggregate sessions (runQuery counts them from the index)', () => {
    const query = trendsQuerySchema.parse({ kind: 'trends', measure: 'sessions' });
    expect(() => renderTrendsSql('db', query)).toThrow(/journey index/);
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
    const base = Date.UTC(2024, 0, 1);
    await expect(renderWindowFunnelSql('db', query, steps ?? [], base, 1)).toMatchFileSnapshot(
      './__snapshots__/window-funnel.sql',
    );
    await expect(renderWindowFunnelSql('db', query, steps ?? [], base, 1000)).toMatchFileSnapshot(
      './__snapshots__/window-funnel-seconds.sql',
    );
    await expect(renderPreflightSql('db', query, steps ?? [])).toMatchFileSnapshot(
      './__snapshots__/window-funnel-preflight.sql',
    );
  });
});

describe('empty and reopened stores [clickhouse]', () => {
  it('answers on an empty store', async () => {
    const store = await clickhouse.newStore();
    try {
      expect(await store.count()).toBe(0);
      const index = await store.index({
        properties: ['plan'],
        conditionSets: [[{ property: 'plan', operator: 'exists' }]],
      });
      expect(index.eventCount).toBe(0);
      expect(Array.from(index.userOffsets)).toEqual([0]);
      const trends = await store.trends(trendsQuerySchema.parse({ kind: 'trends' }));
      expect(trends.series).toEqual([{ name: 'all', points: [] }]);
    } finally {
      await store.close();
    }
  });

  it('continues ingestion order and de-duplication after reopening the database', async () => {
    const database = `t_${randomBytes(6).toString('hex')}`;
    const first = await openClickHouseEventStore({ url: clickhouse.url(), database });
    await first.append([makeEvent({ event: 'b', eventId: 'x1' }), makeEvent({ event: 'c' })]);
    await first.close();
    await expect(first.count()).rejects.toThrow(/closed/);
    const second = await openClickHouseEventStore({ url: clickhouse.url(), database });
    try {
      expect(
        await second.append([makeEvent({ event: 'b', eventId: 'x1' }), makeEvent({ event: 'a' })]),
      ).toEqual({
        inserted: 1,
        duplicates: 1,
      });
      const index = await second.index();
      expect(Array.from(index.seqs)).toEqual([1, 2, 3]);
      expect(Array.from(index.eventCodes, (code) => index.eventNames[code])).toEqual(['b', 'c', 'a']);
    } finally {
      await second.close();
    }
  });

  it('refuses invalid options and events with the field named', async () => {
    await expect(openClickHouseEventStore({ url: clickhouse.url(), database: 'bad-name' })).rejects.toThrow(
      /database/,
    );
    await expect(openClickHouseEventStore({ url: 'ftp://x' })).rejects.toThrow(/url/);
    const store = await clickhouse.newStore();
    try {
      await expect(store.append([makeEvent({ timestamp: 1.5 })])).rejects.toThrow(/events\[0\]\.timestamp/);
      await expect(store.append([makeEvent({ userId: '' })])).rejects.toThrow(/events\[0\]\.userId/);
      expect(await store.count()).toBe(0);
    } finally {
      await store.close();
    }
  });
});
