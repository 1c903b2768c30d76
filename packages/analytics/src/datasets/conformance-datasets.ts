import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DataSetConflictError,
  DataSetNameTakenError,
  DataSetNotFoundError,
  EARLIER_ROWS_SOURCE,
} from '@waymark/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventAt } from '../conformance';
import { names as step } from '../kernels/test-store';
import type { EventStore } from '../port';
import { runQuery } from '../run';

/**
 * The data set conformance suite: every adapter records, lists, renames and deletes events data sets
 * alike. `newPlace` returns an opener of one new, empty storage place (a folder, a database); each call
 * of the opener opens a store on that same place, so a test can reopen it.
 */
export function dataSetConformanceTests(
  adapterName: string,
  newPlace: () => Promise<() => Promise<EventStore>>,
): void {
  describe(`event data sets [${adapterName}]`, () => {
    let dir: string;
    const csv = async (name: string, lines: string[]): Promise<{ path: string; hash: string }> => {
      const text = ['user_id,event,timestamp,channel', ...lines].join('\n') + '\n';
      const path = join(dir, name);
      await writeFile(path, text);
      return { path, hash: createHash('sha256').update(text).digest('hex') };
    };
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'wm-datasets-'));
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it('records each import as a data set with its source, hash, span and rows', async () => {
      const store = await (await newPlace())();
      try {
        const first = await csv('january.csv', [
          'u1,home,2024-01-01T00:00:00Z,web',
          'u1,cart,2024-01-02T00:00:00Z,web',
          'u2,home,2024-01-05T12:00:00Z,ads',
        ]);
        const report = await store.ingestFile(first.path, { dataSet: { author: 'CLI' } });
        expect(report.inserted).toBe(3);
        expect(report.dataSet).toMatchObject({
          name: 'january.csv',
          kind: 'events',
          source: 'january.csv',
          contentHash: first.hash,
          from: '2024-01-01T00:00:00.000Z',
          to: '2024-01-05T12:00:00.000Z',
          rows: 3,
          author: 'CLI',
        });
        expect(report.dataSet?.id).toMatch(/^ds_[0-9a-f]{16}$/);
        const listed = await store.storedDataSets();
        expect(listed.map((entry) => entry.dataSet)).toEqual([report.dataSet]);
        expect(listed[0]).toMatchObject({ seqFrom: 1, seqTo: 3 });
      } finally {
        await store.close();
      }
    });

    it('refuses the same bytes again unless forced, naming the data set that holds them', async () => {
      const store = await (await newPlace())();
      try {
        const file = await csv('twice.csv', [
          'u1,home,2024-01-01T00:00:00Z,web',
          'u1,cart,2024-01-01T00:01:00Z,web',
        ]);
        const first = await store.ingestFile(file.path, { dataSet: { name: 'Web log', author: 'import' } });
        const again = store.ingestFile(file.path, { dataSet: { author: 'import' } });
        await expect(again).rejects.toBeInstanceOf(DataSetConflictError);
        await expect(store.ingestFile(file.path)).rejects.toThrow(
          `data set "Web log" (${first.dataSet?.id}) already holds this content`,
        );
        expect(await store.count()).toBe(2);
        expect(await store.storedDataSets()).toHaveLength(1);
        const forced = await store.ingestFile(file.path, { dataSet: { author: 'import', force: true } });
        expect(forced.dataSet?.name).toBe('twice.csv');
        expect(await store.count()).toBe(4);
        await expect(
          store.ingestFile((await csv('other.csv', ['u9,home,2024-01-01T00:00:00Z,web'])).path, {
            dataSet: { name: 'web LOG', author: 'import' },
          }),
        ).rejects.toBeInstanceOf(DataSetNameTakenError);
        expect(await store.count()).toBe(4);
      } finally {
        await store.close();
      }
    });

    it('leaves no data set behind when an import fails', async () => {
      const store = await (await newPlace())();
      try {
        const bad = await csv('bad.csv', ['u1,home,2024-01-01T00:00:00Z,web', 'u2,home,not a time,web']);
        await expect(store.ingestFile(bad.path)).rejects.toThrow(/bad row/);
        expect(await store.storedDataSets()).toEqual([]);
        expect(await store.count()).toBe(0);
      } finally {
        await store.close();
      }
    });

    it('renames by id or name and refuses a taken name or an unknown data set', async () => {
      const store = await (await newPlace())();
      try {
        const a = await store.ingestFile((await csv('a.csv', ['u1,home,2024-01-01T00:00:00Z,web'])).path);
        await store.ingestFile((await csv('b.csv', ['u2,home,2024-01-01T00:00:00Z,web'])).path);
        const renamed = await store.renameDataSet(a.dataSet?.id ?? '', '  Spring campaign ');
        expect(renamed.name).toBe('Spring campaign');
        expect((await store.renameDataSet('spring CAMPAIGN', 'Spring')).id).toBe(a.dataSet?.id);
        await expect(store.renameDataSet('Spring', 'b.csv')).rejects.toBeInstanceOf(DataSetNameTakenError);
        await expect(store.renameDataSet('nope', 'x')).rejects.toBeInstanceOf(DataSetNotFoundError);
        await expect(store.renameDataSet('Spring', '')).rejects.toThrow(/1 to 100 characters/);
        expect((await store.storedDataSets()).map((entry) => entry.dataSet.name)).toEqual([
          'Spring',
          'b.csv',
        ]);
      } finally {
        await store.close();
      }
    });

    it('deletes a data set with exactly its events, and the figures follow', async () => {
      const store = await (await newPlace())();
      try {
        const a = await store.ingestFile(
          (
            await csv('first.csv', [
              'u1,home,2024-01-01T00:00:00Z,web',
              'u1,cart,2024-01-01T00:05:00Z,web',
              'u2,home,2024-01-01T00:00:00Z,ads',
            ])
          ).path,
        );
        await store.ingestFile(
          (
            await csv('second.csv', [
              'u3,home,2024-02-01T00:00:00Z,email',
              'u3,cart,2024-02-01T00:01:00Z,email',
            ])
          ).path,
        );
        const funnel = { kind: 'funnel' as const, steps: [step('home'), step('cart')], windowSeconds: 3600 };
        expect((await runQuery(store, funnel)).steps.map((s) => s.users)).toEqual([3, 2]);
        const deleted = await store.deleteDataSet(a.dataSet?.id ?? '');
        expect(deleted.name).toBe('first.csv');
        expect(await store.count()).toBe(2);
        expect((await store.storedDataSets()).map((entry) => entry.dataSet.name)).toEqual(['second.csv']);
        expect((await runQuery(store, funnel)).steps.map((s) => s.users)).toEqual([1, 1]);
        await expect(store.deleteDataSet(a.dataSet?.id ?? '')).rejects.toBeInstanceOf(DataSetNotFoundError);
        // The deleted bytes may be imported again, and the new events get their own range.
        const back = await store.ingestFile(
          (
            await csv('first.csv', [
              'u1,home,2024-01-01T00:00:00Z,web',
              'u1,cart,2024-01-01T00:05:00Z,web',
              'u2,home,2024-01-01T00:00:00Z,ads',
            ])
          ).path,
        );
        expect(back.dataSet?.rows).toBe(3);
        expect(await store.count()).toBe(5);
      } finally {
        await store.close();
      }
    });

    it('gathers events stored outside any data set into one when the store opens', async () => {
      const open = await newPlace();
      const store = await open();
      await store.append([eventAt('u1', 'home', 0), eventAt('u1', 'cart', 60), eventAt('u2', 'home', 5)]);
      await store.close();
      const reopened = await open();
      try {
        const listed = await reopened.storedDataSets();
        expect(listed.map((entry) => entry.dataSet)).toEqual([
          expect.objectContaining({
            name: 'Events',
            source: EARLIER_ROWS_SOURCE,
            contentHash: null,
            rows: 3,
            from: '2024-01-01T00:00:00.000Z',
            to: '2024-01-01T01:00:00.000Z',
          }),
        ]);
        await reopened.close();
        const again = await open();
        expect(await again.storedDataSets()).toHaveLength(1);
        await again.deleteDataSet('Events');
        expect(await again.count()).toBe(0);
        await again.close();
      } catch (error) {
        await reopened.close().catch(() => undefined);
        throw error;
      }
    });
  });
}
