/**
 * One row of a table file (CSV, TSV or a workbook's first sheet): its 1-based row number as a
 * spreadsheet shows it (header rows included) and its cells as text.
 */
export interface TableRow {
  row: number;
  cells: string[];
}

/** True when every cell of the row is empty or whitespace (such rows are skipped). */
export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/** The rows of a stream of batches, one at a time (for consumers that do not need batch speed). */
export async function* eachRow<T>(batches: AsyncIterable<readonly T[]>): AsyncGenerator<T> {
  for await (const batch of batches) yield* batch;
}
