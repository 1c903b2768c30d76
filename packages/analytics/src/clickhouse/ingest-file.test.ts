import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FunnelQueryInput } from '../query';
import { runQuery } from '../run';
import { ClickHouseEventStore } from './adapter';
import { ClickHouseAppender } from './append';
import type { AppendBatch } from './append';
import { ClickHouseError, ClickHouseHttp, readInt } from './http';
import { ingestFileInto } from './ingest-file';
import type { AllOrNothingAppender } from './ingest-file';
import { EVENTS_TABLE, ensureSchema, qualifiedTable } from './schema';
import { step, useClickHouse } from './test-support';

const clickhouse = useClickHouse();

/** CSV text of events `[user, event, minute]` on 2024-01-01, each with the event id `${idPrefix}${i}`. */
function eventsCsv(idPrefix: string, events: readonly (readonly [string, string, number])[]): string {
  const lines = events.map(
    ([user, event, minute], i) =>
      `${user},${event},${new Date(Date.UTC(2024, 0, 1, 0, minute)).toISOString()},web,${idPrefix}${i}`,
  );
  return ['user_id,event,timestamp,channel,event_id', ...lines].join('\n');
}

/** Three users before the import under test. */
const BASELINE = eventsCsv('b', [
  ['u1', 'home', 0],
  ['u1', 'product', 1],
  ['u2', 'home', 2],
  ['u2', 'cart', 3],
  ['u3', 'home', 4],
]);

/** Ten events (batches of 3: 3, 3, 3, 1) that change every answer when stored. */
const IMPORT = eventsCsv('i', [
  ['u1', 'cart', 10],
  ['u1', 'checkout', 11],
  ['u2', 'product', 12],
  ['u2', 'checkout', 13],
  ['u3', 'product', 14],
  ['u3', 'cart', 15],
  ['u4', 'home', 16],
  ['u4', 'product', 17],
  ['u4', 'cart', 18],
  ['u4', 'checkout', 19],
]);

const DFG = { kind: 'dfg' } as const;
const FUNNEL: FunnelQueryInput = {
  kind: 'funnel',
  steps: [step('home'), step('product'), step('cart')],
  windowSeconds: 86_400,
};

/** Stored sequence numbers in order, read straight from the table. */
async function storedSeqs(store: ClickHouseEventStore): Promise<number[]> {
  const result = await clickhouse
    .http()
    .query(`SELECT seq FROM ${qualifiedTable(store.database, EVENTS_TABLE)} ORDER BY seq`);
  return result.data.map((row) => readInt(row[0], 'seq'));
}

/**
 * Runs `body` once `store` holds the BASELINE events, with IMPORT written to `importFile` in a temp
 * directory; closes the store and removes the directory afterwards.
 */
async function withBaseline(
  store: ClickHouseEventStore,
  body: (importFile: string) => Promise<void>,
): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'waymark-ch-ingest-'));
  try {
    const baselineFile = join(dir, 'baseline.csv');
    const importFile = join(dir, 'import.csv');
    await writeFile(baselineFile, BASELINE);
    await writeFile(importFile, IMPORT);
    await store.ingestFile(baselineFile);
    await body(importFile);
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** 1, 2, ..., n. */
const upTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

/**
 * A real ClickHouseHttp with injected faults: the `failOnEventsInsert`-th insert into the events table
 * runs `beforeFailure` and then fails like a dropped connection; ALTERs fail while `failAlter` is set.
 */
class FaultyHttp extends ClickHouseHttp {
  failOnEventsInsert: number | undefined;
  failAlter = false;
  beforeFailure: () => Promise<void> = async () => {};
  private eventInserts = 0;

  override async insertJsonEachRow(table: string, rows: readonly object[]): Promise<void> {
    if (table.endsWith(`.\`${EVENTS_TABLE}\``) && ++this.eventInserts === this.failOnEventsInsert) {
      await this.beforeFailure();
      throw new ClickHouseError('injected: connection reset', undefined, `INSERT INTO ${table}`);
    }
    await super.insertJsonEachRow(table, rows);
  }

  override async exec(sql: string): Promise<void> {
    if (this.failAlter && sql.startsWith('ALTER')) {
      throw new ClickHouseError('injected: ALTER refused', undefined, sql);
    }
    await super.exec(sql);
  }
}

/** A store on a fresh database whose HTTP client injects faults. */
async function faultyStore(): Promise<{ store: ClickHouseEventStore; http: FaultyHttp }> {
  const http = new FaultyHttp({ url: clickhouse.url() });
  const database = (await clickhouse.newStore()).database;
  await ensureSchema(http, database);
  return { store: new ClickHouseEventStore(http, database), http };
}

describe('file import [clickhouse]', () => {
  it('imports CSV through the shared reader, skipping bad rows and duplicate ids', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'waymark-ch-ingest-'));
    const store = await clickhouse.newStore();
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
      // The same bytes again are refused as a data set; forced, every stored event id counts as a duplicate.
      await expect(store.ingestFile(file, { onError: 'skip' })).rejects.toThrow(/already holds this content/);
      const again = await store.ingestFile(file, {
        onError: 'skip',
        dataSet: { author: 'import', force: true },
      });
      expect(again).toMatchObject({ inserted: 0, duplicates: 4 });
      const index = await store.index({ properties: ['plan'] });
      expect(index.userIds).toEqual(['u1', 'u3']);
      expect([...index.eventNames]).toEqual(['home', 'it\'s "quoted", ok', 'سلام']);
      await expect(store.ingestFile(file, { dataSet: { author: 'import', force: true } })).rejects.toThrow(
        /bad row/,
      );
      expect(await store.count()).toBe(3);
    } finally {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('rolls back the earlier batches when a later append fails, and the next import continues the seq', async () => {
    const store = await clickhouse.newStore();
    await withBaseline(store, async (importFile) => {
      const before = { dfg: await runQuery(store, DFG), funnel: await runQuery(store, FUNNEL) };

      const appender = new ClickHouseAppender(clickhouse.http(), store.database);
      let calls = 0;
      let storedBeforeFailure = 0;
      const failOnThird =
        (append: AppendBatch): AppendBatch =>
        async (batch) => {
          if (++calls === 3) {
            storedBeforeFailure = await store.count();
            throw new Error('injected: third append failed');
          }
          return await append(batch);
        };
      const failing: AllOrNothingAppender = {
        appendAllOrNothing: (write) => appender.appendAllOrNothing((append) => write(failOnThird(append))),
      };
      await expect(ingestFileInto(failing, importFile, {}, undefined, { batchRows: 3 })).rejects.toThrow(
        /^injected: third append failed$/,
      );
      expect(calls).toBe(3);
      expect(storedBeforeFailure).toBe(5 + 6);

      const reopened = new ClickHouseEventStore(clickhouse.http(), store.database);
      expect(await reopened.count()).toBe(5);
      expect(await runQuery(reopened, DFG)).toEqual(before.dfg);
      expect(await runQuery(reopened, FUNNEL)).toEqual(before.funnel);
      expect(await storedSeqs(store)).toEqual(upTo(5));

      const report = await ingestFileInto(appender, importFile, {}, undefined, { batchRows: 3 });
      expect(report).toMatchObject({ inserted: 10, duplicates: 0 });
      expect(await storedSeqs(store)).toEqual(upTo(15));
      const index = await reopened.buildIndex();
      expect([...index.seqs].sort((a, b) => a - b)).toEqual(upTo(15));
      expect(await runQuery(new ClickHouseEventStore(clickhouse.http(), store.database), FUNNEL)).not.toEqual(
        before.funnel,
      );
    });
  });

  it('drops a journey index built between batches when the import rolls back', async () => {
    const { store, http } = await faultyStore();
    await withBaseline(store, async (importFile) => {
      const before = { dfg: await runQuery(store, DFG), funnel: await runQuery(store, FUNNEL) };

      let midImportCount = 0;
      http.failOnEventsInsert = 3 + 1;
      http.beforeFailure = async () => {
        midImportCount = (await store.index()).eventCount;
      };
      await expect(store.ingestFile(importFile, {}, undefined, { batchRows: 3 })).rejects.toThrow(
        /injected: connection reset/,
      );
      expect(midImportCount).toBe(5 + 6);
      expect((await store.index()).eventCount).toBe(5);
      expect(await store.count()).toBe(5);
      expect(await runQuery(store, DFG)).toEqual(before.dfg);
      expect(await runQuery(store, FUNNEL)).toEqual(before.funnel);

      http.failOnEventsInsert = undefined;
      expect(await store.ingestFile(importFile, {}, undefined, { batchRows: 3 })).toMatchObject({
        inserted: 10,
      });
      expect([...(await store.index()).seqs].sort((a, b) => a - b)).toEqual(upTo(15));
    });
  });

  it('names the seq range left stored when the rollback itself fails, and never reuses it', async () => {
    const { store, http } = await faultyStore();
    await withBaseline(store, async (importFile) => {
      http.failOnEventsInsert = 3 + 1;
      http.failAlter = true;
      const failure = store.ingestFile(importFile, {}, undefined, { batchRows: 3 });
      await expect(failure).rejects.toBeInstanceOf(ClickHouseError);
      await expect(failure).rejects.toThrow(
        /injected: connection reset[\s\S]*rollback failed: events with seq 6 to 14 may remain in `t_\w+`\.`events` \(ClickHouse: injected: ALTER refused/,
      );
      expect(await storedSeqs(store)).toEqual(upTo(11));

      http.failOnEventsInsert = undefined;
      http.failAlter = false;
      await store.append([{ userId: 'u9', event: 'home', timestamp: Date.UTC(2024, 0, 2) }]);
      expect((await storedSeqs(store)).slice(-1)).toEqual([15]);
    });
  });
});
