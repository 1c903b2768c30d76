import { ImportError } from '@waymark/domain';
import { cellPlace } from '../errors';
import type { CsvProblem } from './csv-parser';
import { CsvParser } from './csv-parser';
import type { TableRow } from './table';

/** Field separators the CSV reader recognises. */
export type Delimiter = ',' | '\t' | ';';

/** Longest record the reader accepts (characters); a longer one is refused, never buffered. */
export const MAX_RECORD_CHARS = 8 << 20;

/**
 * The separator of the first record: the one of `,`, tab and `;` seen most often outside quotes
 * (a comma on a tie, and when none is seen).
 */
export function sniffDelimiter(start: string): Delimiter {
  const counts = { ',': 0, '\t': 0, ';': 0 };
  let quoted = false;
  for (const char of start) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && (char === ',' || char === '\t' || char === ';')) counts[char]++;
  }
  if (counts['\t'] > counts[','] && counts['\t'] >= counts[';']) return '\t';
  if (counts[';'] > counts[',']) return ';';
  return ',';
}

/**
 * Streams the rows of CSV or TSV text in batches (the records each decoded chunk completes), never the
 * whole file: quotes, doubled quotes, separators and line breaks inside quoted fields, LF, CRLF. The
 * separator is sniffed from the first record unless given. Rows keep their spreadsheet numbers (the
 * header is row 1; an empty line is a row too, with one empty cell). A syntax error stops with an
 * `ImportError` naming the row, the column (with its header) and the line.
 */
export async function* readCsvBatches(
  text: AsyncIterable<string>,
  fileName: string,
  options: { delimiter?: Delimiter } = {},
): AsyncGenerator<TableRow[]> {
  let parser: CsvParser | null = null;
  let row = 0;
  const fail = (problem: CsvProblem): never => {
    const header = problem.row > 1 ? parser?.header?.[problem.column - 1] : undefined;
    throw new ImportError(
      fileName,
      `${cellPlace(problem.row, problem.column, header)} (line ${problem.line})`,
      problem.detail,
    );
  };
  const batch = (records: string[][]): TableRow[] => records.map((cells) => ({ row: ++row, cells }));
  for await (const chunk of text) {
    parser ??= new CsvParser(options.delimiter ?? sniffDelimiter(chunk), MAX_RECORD_CHARS, fail);
    const records = parser.feed(chunk);
    if (records.length) yield batch(records);
  }
  const last = parser?.finish() ?? [];
  if (last.length) yield batch(last);
}
