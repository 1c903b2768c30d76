import { randomBytes } from 'node:crypto';
import type { EvidenceImport, EvidenceRow } from '@waymark/domain';
import { DataSetConflictError, DataSetNameTakenError, DataSetNotFoundError } from '@waymark/domain';
import { describe, expect, it } from 'vitest';
import type { ConformanceContext } from './conformance';

/** A fresh hash and file name, so tests on the shared store never meet each other's data sets. */
function fresh(): { hash: string; file: string } {
  const hex = randomBytes(32).toString('hex');
  return { hash: hex, file: `/tmp/survey-${hex.slice(0, 8)}.csv` };
}

async function* batches(rows: EvidenceRow[], size: number, failAt?: number): AsyncGenerator<EvidenceRow[]> {
  for (let i = 0; i < rows.length; i += size) {
    if (failAt !== undefined && i >= failAt)
      throw new Error('survey.csv: row 7, column 2: expected a number');
    yield rows.slice(i, i + size);
  }
}

function responses(n: number): EvidenceRow[] {
  return Array.from({ length: n }, (_, i) => ({
    row: i + 2,
    at: new Date(Date.UTC(2024, 0, 1 + (i % 28), 12)).toISOString(),
    data: { respondentId: `r${i}`, answers: [String(i % 11), 'สวัสดี "quoted" \u202e'] },
  }));
}

function surveyImport(overrides: Partial<EvidenceImport> = {}): EvidenceImport {
  const { hash, file } = fresh();
  return {
    kind: 'survey',
    file,
    contentHash: hash,
    author: 'CLI',
    meta: { format: 'csv' },
    rows: batches(responses(5), 2),
    ...overrides,
  };
}

/** Conformance tests of evidence data sets: records, rows, hash refusal, names, all-or-nothing. */
export function dataSetConformance(ctx: ConformanceContext): void {
  describe('evidence data sets', () => {
    it('stores a data set with its rows, span and source in one write, and keeps it on reopen', async () => {
      const input = surveyImport({ rows: batches(responses(4_500), 1_000) });
      const stored = await ctx.store().importDataSet(input);
      expect(stored).toMatchObject({
        kind: 'survey',
        source: input.file.split('/').pop(),
        name: input.file.split('/').pop(),
        contentHash: input.contentHash,
        rows: 4_500,
        from: '2024-01-01T12:00:00.000Z',
        to: '2024-01-28T12:00:00.000Z',
        author: 'CLI',
      });
      const store = await ctx.reopen();
      expect(await store.listDataSets()).toContainEqual(stored);
      const rows = await store.dataSetRows(stored.id, 4_498, 10);
      expect(rows).toEqual(responses(4_500).slice(4_498));
    });

    it('refuses bytes a data set holds unless forced, and a taken chosen name', async () => {
      const store = ctx.store();
      const first = await store.importDataSet(surveyImport({ name: `Q1 NPS ${fresh().hash.slice(0, 6)}` }));
      const again = surveyImport({ contentHash: first.contentHash ?? '' });
      await expect(store.importDataSet(again)).rejects.toBeInstanceOf(DataSetConflictError);
      await expect(
        store.importDataSet(surveyImport({ contentHash: first.contentHash ?? '' })),
      ).rejects.toThrow(`data set "${first.name}" (${first.id}) already holds this content`);
      const forced = await store.importDataSet(
        surveyImport({ contentHash: first.contentHash ?? '', force: true }),
      );
      expect(forced.id).not.toBe(first.id);
      await expect(
        store.importDataSet(surveyImport({ name: first.name.toUpperCase() })),
      ).rejects.toBeInstanceOf(DataSetNameTakenError);
      const sameFile = surveyImport({ file: `/elsewhere/${forced.source}` });
      expect((await store.importDataSet(sameFile)).name).toBe(`${forced.source} (2)`);
    });

    it('stores nothing when a row fails to read', async () => {
      const store = ctx.store();
      const before = await store.listDataSets();
      const input = surveyImport({ rows: batches(responses(10), 3, 6) });
      await expect(store.importDataSet(input)).rejects.toThrow('row 7, column 2');
      expect(await store.listDataSets()).toEqual(before);
      // The same bytes may then be imported: nothing of the failed attempt holds them.
      const retried = await store.importDataSet({ ...surveyImport(), contentHash: input.contentHash });
      expect(retried.rows).toBe(5);
    });

    it('renames and deletes all of a data set', async () => {
      const store = ctx.store();
      const a = await store.importDataSet(surveyImport({ kind: 'reviews' }));
      const b = await store.importDataSet(surveyImport({ kind: 'interviews' }));
      const newName = `Play reviews ${fresh().hash.slice(0, 6)}`;
      expect(await store.renameDataSet(a.id, `  ${newName} `)).toMatchObject({ id: a.id, name: newName });
      await expect(store.renameDataSet(b.id, newName.toLowerCase())).rejects.toBeInstanceOf(
        DataSetNameTakenError,
      );
      await expect(store.renameDataSet(b.id, 'two\nlines')).rejects.toThrow(/one line/);
      expect(await store.renameDataSet(a.id, newName)).toMatchObject({ name: newName });
      expect(await store.deleteDataSet(a.id)).toMatchObject({ id: a.id, name: newName, rows: 5 });
      expect(await store.dataSetRows(a.id, 0, 10)).toEqual([]);
      expect((await store.listDataSets()).map((d) => d.id)).not.toContain(a.id);
      await expect(store.deleteDataSet(a.id)).rejects.toBeInstanceOf(DataSetNotFoundError);
      await expect(store.renameDataSet(a.id, 'x')).rejects.toBeInstanceOf(DataSetNotFoundError);
      expect((await store.dataSetRows(b.id, 0, 10)).length).toBe(5);
    });

    it('keeps a data set without times with a null span', async () => {
      const rows: EvidenceRow[] = [{ row: 1, at: null, data: { text: 'Interviewer: hello' } }];
      const stored = await ctx
        .store()
        .importDataSet(surveyImport({ kind: 'interviews', rows: batches(rows, 1) }));
      expect(stored).toMatchObject({ rows: 1, from: null, to: null });
    });
  });
}
