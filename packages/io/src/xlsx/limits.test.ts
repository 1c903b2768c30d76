import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { peakRssBytes, resetPeakRss } from '../../../../scripts/test-servers/peak-memory';
import type { ImportError } from '../import-error';
import { makeDocument } from '../test-documents';
import { HOSTILE_WORKBOOKS, hugeDimensionWorkbook, manyRowsWorkbook } from './hostile-workbooks';
import { XLSX_LIMITS, WorkbookLimitError, count, formatBytes, type WorkbookLimit } from './limits';
import { readWorkbookInWorker } from './read-in-worker';
import { readWorkbook } from './read-workbook';
import { buildZip } from './test-zip';
import { journeyToWorkbook } from './write-workbook';

const GiB = 1024 ** 3;

/** Reads in a worker and returns the error, the time taken and the peak memory of this process. */
async function refusal(data: Uint8Array, fileName: string) {
  resetPeakRss();
  const started = performance.now();
  const error = await readWorkbookInWorker(data, fileName).then(
    () => undefined,
    (e: unknown) => e,
  );
  return { error, seconds: (performance.now() - started) / 1000, peak: peakRssBytes() };
}

describe('hostile workbooks are refused with one line naming the file and the limit', () => {
  const files = new Map<string, Buffer>();
  beforeAll(() => {
    for (const hostile of HOSTILE_WORKBOOKS) files.set(hostile.name, hostile.build());
  }, 120_000);

  it.each(HOSTILE_WORKBOOKS)('$name', async ({ name, message, limit }) => {
    const { error, seconds, peak } = await refusal(files.get(name) ?? Buffer.alloc(0), `${name}.xlsx`);
    expect(error).toBeInstanceOf(WorkbookLimitError);
    expect((error as WorkbookLimitError).message).toBe(`${name}.xlsx: ${message}`);
    expect((error as WorkbookLimitError).limit).toBe(limit);
    expect(seconds).toBeLessThan(20);
    expect(peak).toBeLessThan(1.5 * GiB);
  });

  it('a lying directory is caught without the worker too, before exceljs inflates it', async () => {
    await expect(readWorkbook(files.get('lie') ?? Buffer.alloc(0), 'lie.xlsx')).rejects.toThrow(
      'lie.xlsx: xl/sharedStrings.xml inflates to more than the 1 KiB its zip directory declares',
    );
  });
});

describe('the limits are exact', () => {
  it('a sheet of exactly the row limit passes the limits (and fails later for its content)', async () => {
    const error = await readWorkbook(manyRowsWorkbook(XLSX_LIMITS.rows), 'edge.xlsx').catch(
      (e: unknown) => e,
    );
    expect(error).not.toBeInstanceOf(WorkbookLimitError);
    expect((error as ImportError).message).toBe('edge.xlsx: missing sheet "Journey"');
    await expect(readWorkbook(manyRowsWorkbook(XLSX_LIMITS.rows + 1), 'edge.xlsx')).rejects.toThrow(
      'more than 20,000 rows',
    );
  });

  it('a dimension of exactly the cell limit is accepted, one column past the column limit is not', async () => {
    const inside = await readWorkbook(hugeDimensionWorkbook('A1:ALL500'), 'd.xlsx').catch((e: unknown) => e);
    expect(inside).not.toBeInstanceOf(WorkbookLimitError);
    await expect(readWorkbook(hugeDimensionWorkbook('A1:ALM2'), 'd.xlsx')).rejects.toThrow(
      'd.xlsx: sheet "Map": its dimension claims A1:ALM2 (1,001 columns) (limit: 1,000 columns a sheet)',
    );
  });

  it('a file over the size limit is refused before it is opened', async () => {
    const error = await readWorkbookInWorker(new Uint8Array(XLSX_LIMITS.fileBytes + 1), 'big.xlsx').catch(
      (e: unknown) => e,
    );
    expect((error as Error).message).toBe('big.xlsx: the file is 32.0 MiB (limit: 32 MiB a file)');
  });

  it('a zip with more files than allowed is refused from its directory alone', async () => {
    const entries = Array.from({ length: XLSX_LIMITS.entries + 1 }, (_, i) => ({
      name: `f${i}`,
      content: '',
    }));
    await expect(readWorkbook(buildZip(entries), 'many.xlsx')).rejects.toThrow(
      'many.xlsx: the zip holds 1,001 files (limit: 1,000 files inside the zip)',
    );
  });

  it('a file that is not a zip is an unreadable workbook, not a crash', async () => {
    await expect(readWorkbookInWorker(Buffer.from('hello'), 'x.xlsx')).rejects.toThrow(
      'x.xlsx: not a readable XLSX workbook (no zip directory: is it an .xlsx file?)',
    );
  });
});

describe('the worker', () => {
  it('reads an exported workbook exactly as readWorkbook does', async () => {
    const doc = makeDocument();
    const bytes = await journeyToWorkbook(doc, { revision: 3 });
    expect(await readWorkbookInWorker(bytes, 'map.xlsx')).toEqual({ document: doc, exportedRevision: 3 });
  });

  it('asks the caller for the baseline of a workbook without its "_waymark" sheet', async () => {
    const doc = makeDocument();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(await journeyToWorkbook(doc)).buffer);
    wb.removeWorksheet(wb.getWorksheet('_waymark')!.id);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const asked: string[] = [];
    const { document } = await readWorkbookInWorker(bytes, 'map.xlsx', {
      baselineFor: async (id) => {
        asked.push(id);
        return doc;
      },
    });
    expect(asked).toEqual([doc.journey.id]);
    expect(document.journey).toEqual(doc.journey);
  });

  it('a worker that runs out of its heap is a limit error, and this process lives on', async () => {
    const doc = makeDocument({
      items: Array.from({ length: 4000 }, (_, i) => ({
        type: 'card' as const,
        id: `itm_${i}`,
        stageId: 'stg_1',
        laneId: 'lan_act',
        text: `card ${i} `.repeat(50),
      })),
    });
    const bytes = await journeyToWorkbook(doc);
    const error = await readWorkbookInWorker(bytes, 'heavy.xlsx', { heapMb: 16 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookLimitError);
    expect((error as Error).message).toBe(
      'heavy.xlsx: reading it needs more memory (limit: 16 MiB of memory to read a workbook)',
    );
    expect((await readWorkbookInWorker(bytes, 'heavy.xlsx')).document.journey.items).toHaveLength(4000);
  });

  it('a read that takes longer than allowed is stopped', async () => {
    const bytes = await journeyToWorkbook(makeDocument());
    await expect(readWorkbookInWorker(bytes, 'slow.xlsx', { milliseconds: 1 })).rejects.toThrow(
      'slow.xlsx: reading it takes too long (limit: 0.001 s to read a workbook)',
    );
  });
});

describe('the limits are written in docs/cli.md', () => {
  const docs = readFileSync(new URL('../../../../docs/cli.md', import.meta.url), 'utf8');
  const section = docs.slice(docs.indexOf('## Limits'), docs.indexOf('\n## ', docs.indexOf('## Limits') + 1));
  const shown: Record<WorkbookLimit, string> = {
    fileBytes: `| ${formatBytes(XLSX_LIMITS.fileBytes)} `,
    entries: `| ${count(XLSX_LIMITS.entries)} `,
    inflatedBytes: `| ${formatBytes(XLSX_LIMITS.inflatedBytes)}, all files together`,
    rows: `| ${count(XLSX_LIMITS.rows)} a sheet`,
    columns: `| ${count(XLSX_LIMITS.columns)} a sheet`,
    cells: `| ${count(XLSX_LIMITS.cells)} a workbook`,
    workerHeapMb: `| ${XLSX_LIMITS.workerHeapMb} MiB of heap`,
    readMilliseconds: `| ${XLSX_LIMITS.readMilliseconds / 1000} s `,
  };
  it.each(Object.entries(shown))('%s', (_, text) => {
    expect(section).toContain(text);
  });
});
