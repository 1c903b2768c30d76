import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { ImportError } from '@waymark/domain';
import type { InputFile } from './input';
import type { TableRow } from './table';
import type { ReadAt } from './zip-directory';
import { readZipDirectory } from './zip-directory';

/** Largest workbook file accepted (bytes). */
export const MAX_WORKBOOK_BYTES = 200 << 20;
/** Largest total the workbook's parts may inflate to (bytes); rows are streamed, so this bounds time. */
export const MAX_WORKBOOK_INFLATED_BYTES = 2 ** 31;
/** Largest shared-strings part (bytes inflated): the reader keeps that table in memory. */
export const MAX_SHARED_STRINGS_BYTES = 256 << 20;

const MIB = (bytes: number): string => `${Math.round(bytes / (1 << 20))} MiB`;

/**
 * Checks a workbook's sizes from its ZIP directory before anything is inflated: the file, the total
 * its parts inflate to, and the shared-strings table. A workbook that fails is refused with one line.
 */
export async function checkWorkbookSizes(read: ReadAt, size: number, fileName: string): Promise<void> {
  const refuse = (detail: string): never => {
    throw new ImportError(fileName, '', detail);
  };
  if (size > MAX_WORKBOOK_BYTES)
    refuse(`is ${MIB(size)}; workbooks up to ${MIB(MAX_WORKBOOK_BYTES)} are read`);
  const entries = await readZipDirectory(read, size);
  if (entries === null) return refuse('is not a readable .xlsx workbook (no ZIP directory)');
  let total = 0;
  for (const entry of entries) {
    if (entry.uncompressedBytes === 0xffffffff || entry.compressedBytes === 0xffffffff)
      refuse(`has a part too large to read (${entry.name}, ZIP64)`);
    total += entry.uncompressedBytes;
    if (/sharedStrings\.xml$/i.test(entry.name) && entry.uncompressedBytes > MAX_SHARED_STRINGS_BYTES)
      refuse(
        `its shared strings inflate to ${MIB(entry.uncompressedBytes)}; the limit is ${MIB(MAX_SHARED_STRINGS_BYTES)}`,
      );
  }
  if (total > MAX_WORKBOOK_INFLATED_BYTES)
    refuse(
      `inflates to ${MIB(total)}; the limit is ${MIB(MAX_WORKBOOK_INFLATED_BYTES)} (export it as CSV instead)`,
    );
}

/** The text of one cell value as exceljs reads it (numbers, dates, rich text, formulas, links). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText))
      return value.richText.map((run: { text?: unknown }) => cellText(run.text)).join('');
    if ('result' in value) return cellText(value.result);
    if ('text' in value) return cellText(value.text);
    if ('error' in value) return String(value.error);
  }
  return '';
}

async function checkInput(input: InputFile, fileName: string): Promise<void> {
  if ('bytes' in input) {
    const bytes = input.bytes;
    const read: ReadAt = async (position, length) => bytes.subarray(position, position + length);
    return checkWorkbookSizes(read, bytes.byteLength, fileName);
  }
  const handle = await open(input.path, 'r');
  try {
    const { size } = await handle.stat();
    const read: ReadAt = async (position, length) => {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buffer, 0, length, position);
      return buffer.subarray(0, bytesRead);
    };
    await checkWorkbookSizes(read, size, fileName);
  } finally {
    await handle.close();
  }
}

/** Rows per batch the workbook reader yields. */
const BATCH_ROWS = 1000;

/**
 * Streams the rows of a workbook's first sheet (as Microsoft Forms and Typeform export them) in
 * batches, after `checkWorkbookSizes`. Row numbers are the sheet's own; empty rows are not yielded.
 * Cells come back as text (`cellText`). Trap: exceljs is loaded only when a workbook is read.
 */
export async function* readXlsxBatches(input: InputFile, fileName: string): AsyncGenerator<TableRow[]> {
  await checkInput(input, fileName);
  const { default: ExcelJS } = await import('exceljs');
  const stream = 'bytes' in input ? Readable.from([Buffer.from(input.bytes)]) : createReadStream(input.path);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  try {
    for await (const sheet of reader) {
      let batch: TableRow[] = [];
      for await (const row of sheet) {
        const values = row.values as unknown[];
        const cells: string[] = [];
        for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
        batch.push({ row: row.number, cells });
        if (batch.length >= BATCH_ROWS) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length) yield batch;
      return;
    }
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(
      fileName,
      '',
      `is not a readable .xlsx workbook (${error instanceof Error ? error.message : String(error)})`,
    );
  } finally {
    stream.destroy();
  }
}
