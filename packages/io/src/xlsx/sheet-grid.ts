import type ExcelJS from 'exceljs';
import { ImportError, quoteValue } from '../import-error';
import { cellText, unguardFormula } from './cell-text';

/**
 * A worksheet read into plain text, with the helpers every sheet reader needs to name places in
 * errors: `sheet "Opportunities" row 4 column "Impact"`. Rows and columns are 1-based as Excel shows
 * them; row 1 is the header. With `guarded`, cell texts are read with their formula guard taken off.
 */
export class SheetGrid {
  readonly rows: string[][];

  constructor(
    readonly fileName: string,
    readonly name: string,
    sheet: ExcelJS.Worksheet,
    guarded: boolean,
  ) {
    const rows: string[][] = [];
    const columns = sheet.columnCount;
    const read = guarded ? (value: ExcelJS.CellValue) => unguardFormula(cellText(value)) : cellText;
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const values: string[] = [];
      for (let c = 1; c <= columns; c++) values.push(read(row.getCell(c).value));
      rows.push(values);
    }
    while (rows.length && rows[rows.length - 1]?.every((v) => v.trim() === '')) rows.pop();
    this.rows = rows;
  }

  /** The header row's texts, trimmed. */
  header(): string[] {
    return (this.rows[0] ?? []).map((v) => v.trim());
  }

  /** Text at 1-based row and column; empty when outside the sheet. */
  text(row: number, column: number): string {
    return this.rows[row - 1]?.[column - 1] ?? '';
  }

  /** Data rows (after the header) that hold anything, with their 1-based row numbers. */
  dataRows(): number[] {
    const numbers: number[] = [];
    for (let r = 2; r <= this.rows.length; r++) {
      if (this.rows[r - 1]?.some((v) => v.trim() !== '')) numbers.push(r);
    }
    return numbers;
  }

  /** The 1-based column whose header matches one of `names` (case-insensitive), or undefined. */
  column(...names: string[]): number | undefined {
    const wanted = names.map(normalizeHeader);
    const index = this.header().findIndex((h) => wanted.includes(normalizeHeader(h)));
    return index < 0 ? undefined : index + 1;
  }

  /** Describes a place: `sheet "X" row 4 column "Impact"`. */
  place(row: number, column?: number | string): string {
    const header = typeof column === 'number' ? this.header()[column - 1] || columnLetter(column) : column;
    return header === undefined
      ? `sheet "${this.name}" row ${row}`
      : `sheet "${this.name}" row ${row} column "${header}"`;
  }

  /** An `ImportError` at a place: `expected <expected> (got "<got>")`. */
  error(row: number, column: number | string | undefined, expected: string, got?: string): ImportError {
    const detail =
      got === undefined ? `expected ${expected}` : `expected ${expected} (got ${quoteValue(got)})`;
    return new ImportError(this.fileName, this.place(row, column), detail);
  }
}

/** Lower-cases a header and folds spaces, `_` and `-` so "Due date", "due_date" and "DUE-DATE" match. */
export function normalizeHeader(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');
}

/** Excel's letter for a 1-based column number: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
