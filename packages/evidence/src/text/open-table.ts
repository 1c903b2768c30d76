import type { Delimiter } from './csv-rows';
import { readCsvBatches } from './csv-rows';
import { decodeText } from './decode';
import type { InputFile } from './input';
import { inputChunks, inputHead, inputName, isZip } from './input';
import type { TableRow } from './table';
import { isBlankRow } from './table';
import { readXlsxBatches } from './xlsx-rows';

/** What `openTable` read: the container it found and the rows, streamed in batches. */
export interface OpenedTable {
  /** `xlsx` for a workbook (first sheet), else `csv` (any separator, any supported encoding). */
  container: 'csv' | 'xlsx';
  /** Non-blank rows in file order, each with its spreadsheet row number, in batches. One pass only. */
  batches: AsyncGenerator<TableRow[]>;
}

/**
 * Opens a table file for streaming: a workbook when the bytes start like a ZIP archive, else CSV or
 * TSV text in UTF-8 or UTF-16 (sniffed from the byte-order mark). Blank rows are skipped; the others
 * keep their row numbers as a spreadsheet shows them.
 */
export async function openTable(
  input: InputFile,
  options: { delimiter?: Delimiter } = {},
): Promise<OpenedTable> {
  const name = inputName(input);
  const head = await inputHead(input, 4);
  const container = isZip(head) ? 'xlsx' : 'csv';
  const source =
    container === 'xlsx'
      ? readXlsxBatches(input, name)
      : readCsvBatches(decodeText(inputChunks(input), name), name, options);
  async function* batches(): AsyncGenerator<TableRow[]> {
    for await (const batch of source) {
      const kept = batch.filter((row) => !isBlankRow(row.cells));
      if (kept.length) yield kept;
    }
  }
  return { container, batches: batches() };
}
