import { ImportError } from '../import-error';

/**
 * The limits a workbook must keep to be read: one place, quoted by docs/cli.md ("Limits"). A workbook
 * people edit is a few hundred cells and well under a megabyte; the limits leave room for maps of
 * thousands of cards while keeping the memory and time one read can take bounded, whatever the file
 * claims about itself. They are checked on the zip directory and on the inflated XML before exceljs
 * sees the file (`checkWorkbookLimits`), and the read itself runs in a worker whose heap and time are
 * capped (`readWorkbookInWorker`).
 */
export const XLSX_LIMITS = {
  /** Bytes of the .xlsx file itself. */
  fileBytes: 32 * 1024 * 1024,
  /** Files inside the zip. */
  entries: 1_000,
  /** Bytes of all files inside the zip once inflated, as declared and as they really inflate. */
  inflatedBytes: 64 * 1024 * 1024,
  /** Rows of one sheet (the highest row number it uses or its dimension claims). */
  rows: 20_000,
  /** Columns of one sheet's cells (A to ALL). */
  columns: 1_000,
  /**
   * Cells of the whole workbook, counting everything a reader would build one entry for: each
   * sheet's area (its last row times its last column), shared strings, merged, validated and named
   * ranges, and column definitions.
   */
  cells: 500_000,
  /** Heap (V8 old generation) of the worker that reads one workbook, in MiB. */
  workerHeapMb: 768,
  /** Time one read may take, in milliseconds. */
  readMilliseconds: 30_000,
} as const;

/** The name of one limit in `XLSX_LIMITS`. */
export type WorkbookLimit = keyof typeof XLSX_LIMITS;

/**
 * A workbook over one of `XLSX_LIMITS` (or one whose zip directory lies about its sizes). An
 * `ImportError`, so it prints as one line naming the file, and names the limit:
 * `rows.xlsx: sheet "Sheet1": more than 20,000 rows (limit: 20,000 rows a sheet)`.
 * The server answers it with 413, the CLI with exit code 1.
 */
export class WorkbookLimitError extends ImportError {
  constructor(
    fileName: string,
    place: string,
    /** What is too large, without the limit: `more than 20,000 rows`. */
    readonly what: string,
    /** Which limit the workbook is over. */
    readonly limit: WorkbookLimit,
    /** The limit's value, when a caller set another than `XLSX_LIMITS`'s. */
    readonly value: number = XLSX_LIMITS[limit],
  ) {
    super(fileName, place, `${what} (limit: ${describeLimit(limit, value)})`);
  }
}

/** A limit as people read it: `20,000 rows a sheet`, `64 MiB inflated`. */
export function describeLimit(limit: WorkbookLimit, value: number = XLSX_LIMITS[limit]): string {
  switch (limit) {
    case 'fileBytes':
      return `${formatBytes(value)} a file`;
    case 'entries':
      return `${count(value)} files inside the zip`;
    case 'inflatedBytes':
      return `${formatBytes(value)} inflated`;
    case 'rows':
      return `${count(value)} rows a sheet`;
    case 'columns':
      return `${count(value)} columns a sheet`;
    case 'cells':
      return `${count(value)} cells a workbook`;
    case 'workerHeapMb':
      return `${count(value)} MiB of memory to read a workbook`;
    case 'readMilliseconds':
      return `${value / 1000} s to read a workbook`;
  }
}

/** Refuses a workbook file larger than `XLSX_LIMITS.fileBytes` before it is read into memory. */
export function checkWorkbookFileSize(bytes: number, fileName: string): void {
  if (bytes > XLSX_LIMITS.fileBytes)
    throw new WorkbookLimitError(fileName, '', `the file is ${formatBytes(bytes)}`, 'fileBytes');
}

/** A whole number with thousands separators: 1,048,576. */
export function count(value: number): string {
  return value.toLocaleString('en-US');
}

/** A byte count as people read it: 512 bytes, 12.5 KiB, 400.0 MiB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${units[unit]}`;
}
