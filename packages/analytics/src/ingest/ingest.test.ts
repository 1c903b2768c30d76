import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDuckDbEventStore } from '../duckdb/store';
import type { DuckDbEventStore } from '../duckdb/store';
import { runQuery } from '../run';
import { IngestError } from './options';

let dir: string;
let store: DuckDbEventStore;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'waymark-ingest-'));
  store = await openDuckDbEventStore({ dataDir: join(dir, 'data') });
});
afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

const file = async (name: string, content: string | Uint8Array): Promise<string> => {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
};
const GOOD =
  'user_id,event,timestamp,channel,plan\nu1,home,2024-01-01T00:00:00Z,web,pro\nu1,buy,2024-01-01T01:00:00+01:00,,\n';

describe('file ingest', () => {
  it('imports CSV with ISO timestamps (offsets honoured) and keeps other columns as properties', async () => {
    const report = await store.ingestFile(await file('a.csv', GOOD));
    expect(report).toMatchObject({ rows: 2, inserted: 2, duplicates: 0, skipped: 0, errors: [] });
    const index = await store.index({ properties: ['plan'] });
    expect(Array.from(index.timestamps)).toEqual([Date.UTC(2024, 0, 1), Date.UTC(2024, 0, 1)]);
    expect(Array.from(index.seqs)).toEqual([1, 2]);
    expect(index.properties.get('plan')?.values).toEqual(['pro']);
  });

  it('reports its phases in order, the validation as percent of the file read, ending at 100', async () => {
    const lines = ['user_id,event,timestamp'];
    for (let i = 0; i < 200_000; i++) lines.push(`u${i % 5000},e${i % 7},${1_700_000_000 + i}`);
    const seen: { phase: string; done: number; total: number }[] = [];
    await store.ingestFile(await file('big.csv', `${lines.join('\n')}\n`), {}, (progress) => {
      seen.push({ ...progress });
    });
    const phases = seen.map((p) => p.phase).filter((phase, i, all) => all[i - 1] !== phase);
    expect(phases).toEqual(['reading', 'validating', 'inserting', 'indexing', 'done']);
    const validating = seen.filter((p) => p.phase === 'validating');
    expect(validating.every((p) => p.total === 100 && p.done >= 0 && p.done <= 100)).toBe(true);
    expect(validating.map((p) => p.done)).toEqual([...validating.map((p) => p.done)].sort((a, b) => a - b));
    expect(validating.at(-1)?.done).toBe(100);
  });

  it('imports NDJSON and Parquet-free epoch formats, appending in ingestion order', async () => {
    await store.ingestFile(
      await file('a.ndjson', '{"user_id":"u1","event":"a","timestamp":1704067200,"n":3}\n'),
    );
    await store.ingestFile(await file('b.csv', 'user,name,at\nu1,b,1704067200000\n'), {
      user: 'user',
      event: 'name',
      time: 'at',
      timeFormat: 'epoch_ms',
    });
    const dfg = await runQuery(store, { kind: 'dfg' });
    expect(dfg.edges).toEqual([{ from: 'a', to: 'b', count: 1, medianSeconds: 0 }]);
    const filtered = await store.index({ filters: [{ property: 'n', operator: 'gte', value: 3 }] });
    expect(filtered.eventCount).toBe(1);
  });

  it('loads duplicate event ids once, also across imports', async () => {
    const path = await file(
      'ids.csv',
      'user_id,event,timestamp,event_id\nu1,a,2024-01-01,e1\nu1,a,2024-01-01,e1\nu1,b,2024-01-02,e2\n',
    );
    expect(await store.ingestFile(path)).toMatchObject({ inserted: 2, duplicates: 1 });
    const forced = { dataSet: { author: 'import', force: true } };
    expect(await store.ingestFile(path, forced)).toMatchObject({ inserted: 0, duplicates: 3 });
    expect(await store.count()).toBe(2);
  });

  it('reports bad rows and loads nothing by default; skip loads the good rows', async () => {
    const path = await file(
      'bad.csv',
      'user_id,event,timestamp\nu1,a,2024-01-01\n,b,2024-01-01\nu2,c,yesterday\n',
    );
    const error = await store.ingestFile(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IngestError);
    expect(error instanceof IngestError ? error.errors : []).toEqual([
      { row: 2, column: 'user_id', value: '', reason: 'missing user id' },
      {
        row: 3,
        column: 'timestamp',
        value: 'yesterday',
        reason: 'not an ISO 8601 timestamp or epoch seconds/milliseconds',
      },
    ]);
    expect(await store.count()).toBe(0);
    const report = await store.ingestFile(path, { onError: 'skip' });
    expect(report).toMatchObject({ rows: 3, inserted: 1, skipped: 2 });
  });

  it.each([
    [
      'broken quote',
      'q.csv',
      'user_id,event,timestamp\nu1,"a,2024-01-01\nu2,b,2024-01-01\n',
      /cannot be parsed as CSV|bad row/,
    ],
    [
      'bad timestamp',
      't.csv',
      'user_id,event,timestamp\nu1,a,2024-13-45T99:00:00Z\n',
      /bad row.*not an ISO 8601/,
    ],
    [
      '10 MB field',
      'big.csv',
      `user_id,event,timestamp\nu1,${'x'.repeat(10_000_000)},2024-01-01\n`,
      /cannot be parsed as CSV|longer than/,
    ],
    ['empty file', 'empty.csv', '', /is empty/],
    [
      'binary file',
      'bin.csv',
      new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3, 0, 0, 0, 9]),
      /binary file/,
    ],
    ['missing column', 'cols.csv', 'who,what\nu1,a\n', /has no column "user_id"/],
  ] as const)(
    'refuses a hostile file (%s) and leaves the store as it was',
    async (_name, name, content, message) => {
      await store.ingestFile(await file('ok.csv', GOOD));
      const before = await store.index();
      const error = await store.ingestFile(await file(name, content)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(IngestError);
      expect(error instanceof Error ? error.message : '').toMatch(message);
      expect(await store.count()).toBe(2);
      expect((await store.index()).eventCount).toBe(before.eventCount);
    },
  );

  it('persists the journey index and rebuilds it after an append', async () => {
    await store.ingestFile(await file('a.csv', GOOD));
    await store.close();
    store = await openDuckDbEventStore({ dataDir: join(dir, 'data') });
    expect((await store.index()).eventCount).toBe(2);
    await store.append([{ userId: 'u9', event: 'home', timestamp: 0 }]);
    const index = await store.index();
    expect(index.eventCount).toBe(3);
    expect(index.userIds).toEqual(['u1', 'u9']);
  });
});
