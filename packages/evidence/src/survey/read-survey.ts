import { ImportError, quoteValue } from '@waymark/domain';
import { cellPlace } from '../errors';
import type { InputFile } from '../text/input';
import { inputName } from '../text/input';
import { openTable } from '../text/open-table';
import type { TableRow } from '../text/table';
import { detectSurveyFormat, surveyColumns } from './layouts';
import type { SurveyFormat, SurveyFormatOption, SurveyQuestion, SurveyResponse } from './schema';

/** An opened survey file: its layout and questions, and its responses as a one-pass stream. */
export interface SurveyFile {
  /** The name errors use for the file. */
  name: string;
  format: SurveyFormat;
  /** `csv` (any separator or encoding) or `xlsx`. */
  container: 'csv' | 'xlsx';
  questions: SurveyQuestion[];
  /**
   * The responses in file order, in batches of consecutive rows (what one chunk of the file held):
   * memory holds one batch, whatever the file's size. Iterate once. A malformed row stops the stream
   * with an `ImportError` naming its row and column.
   */
  responses: AsyncGenerator<SurveyResponse[]>;
}

/** Data rows must be as wide as the header; empty cells past the end are tolerated. */
function checkWidth(
  row: TableRow,
  width: number,
  header: readonly string[],
  fileName: string,
  padded: boolean,
): string[] {
  const cells = row.cells;
  if (cells.length > width) {
    const extra = cells.findIndex((cell, c) => c >= width && cell.trim() !== '');
    if (extra >= 0)
      throw new ImportError(
        fileName,
        cellPlace(row.row, extra + 1),
        `a value (${quoteValue(cells[extra] ?? '')}) past the last header column (the header has ${width} columns)`,
      );
    return cells.slice(0, width);
  }
  if (cells.length < width) {
    if (!padded)
      throw new ImportError(
        fileName,
        cellPlace(row.row, cells.length + 1, header[cells.length]),
        `the row has ${cells.length} columns, but the header has ${width}`,
      );
    return [...cells, ...Array<string>(width - cells.length).fill('')];
  }
  return cells;
}

/**
 * Opens a survey export for streaming: reads its first rows, detects the layout (unless `format`
 * names it) and returns its questions and a stream of responses. A workbook's rows may be shorter
 * than its header (trailing empty cells are not stored); a CSV row must be as wide as the header.
 */
export async function readSurvey(
  input: InputFile,
  options: { format?: SurveyFormatOption } = {},
): Promise<SurveyFile> {
  const name = inputName(input);
  const table = await openTable(input);
  // The first three non-blank rows hold every layout's header; the rest of their batch is data.
  const head: TableRow[] = [];
  while (head.length < 3) {
    const next = await table.batches.next();
    if (next.done) break;
    for (const row of next.value) head.push(row);
  }
  if (head.length === 0) throw new ImportError(name, '', 'is empty: expected a header row and responses');
  const format =
    options.format === undefined || options.format === 'auto' ? detectSurveyFormat(head) : options.format;
  const columns = surveyColumns(format, head, name);
  const header = head[0]!.cells;
  const padded = table.container === 'xlsx';
  const at = (cells: readonly string[], column: number | null): string | undefined => {
    const value = column === null ? '' : (cells[column] ?? '').trim();
    return value === '' ? undefined : value;
  };
  async function* responses(): AsyncGenerator<SurveyResponse[]> {
    const toResponse = (row: TableRow): SurveyResponse => {
      const cells = checkWidth(row, columns.width, header, name, padded);
      const response: SurveyResponse = {
        row: row.row,
        answers: columns.questions.map((q) => cells[q.column - 1] ?? ''),
      };
      const respondentId = at(cells, columns.respondentIdColumn);
      const submittedAt = at(cells, columns.submittedAtColumn);
      if (respondentId !== undefined) response.respondentId = respondentId;
      if (submittedAt !== undefined) response.submittedAt = submittedAt;
      return response;
    };
    const first = head.slice(columns.headerRows);
    if (first.length) yield first.map(toResponse);
    for await (const batch of table.batches) yield batch.map(toResponse);
  }
  return { name, format, container: table.container, questions: columns.questions, responses: responses() };
}
