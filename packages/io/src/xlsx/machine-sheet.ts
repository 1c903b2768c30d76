import type ExcelJS from 'exceljs';
import { ImportError, quoteValue } from '../import-error';
import { cellText, unguardFormula } from './cell-text';

/**
 * The hidden "_waymark" sheet: the exact document as JSON, cut into cell-sized chunks, so a workbook
 * round trip loses nothing (ids, item types, tags, colours, evidence, matchers). On import the visible
 * sheets are compared against this copy and win wherever a person changed them.
 */

/** First row of the machine sheet, telling a person what it is. */
export const MACHINE_TITLE =
  'Waymark machine data: the exact map as exported. Edit the visible sheets, not this one; they win where they differ.';
/**
 * Marks the layout version of the workbook. v2 guards cells that start like a formula
 * (`guardFormula`); v1 workbooks were written without the guard and are read without taking it off.
 */
export const MACHINE_FORMAT = 'waymark.xlsx/v2';
/** The layout written before cells were guarded. */
const UNGUARDED_FORMAT = 'waymark.xlsx/v1';
/** Label of the machine sheet row holding `MACHINE_FORMAT`. */
export const FORMAT_KEY = 'format';

/**
 * Label of the machine sheet row holding the stored revision the workbook was exported from. It is
 * workbook metadata, not part of the document; older readers skip rows they do not know.
 */
export const REVISION_KEY = 'revision';

/** Excel holds at most 32,767 characters per cell; stay below with room to spare. */
const CHUNK = 30_000;

/** Cuts text into chunks that fit a cell, never between the two halves of a surrogate pair. */
export function chunkText(text: string): string[] {
  const chunks: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + CHUNK, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    chunks.push(text.slice(start, end));
    start = end;
  }
  return chunks;
}

/**
 * Whether a workbook's cells carry the formula guard: those of a workbook with a machine sheet of
 * the current layout, and of a workbook without one (a Waymark export whose sheet was deleted, or one
 * typed by hand, where Excel keeps no typed apostrophe in the text).
 */
export function isGuarded(sheet: ExcelJS.Worksheet | undefined): boolean {
  if (!sheet) return true;
  let format: string | undefined;
  sheet.eachRow((row) => {
    if (format === undefined && cellText(row.getCell(1).value).trim() === FORMAT_KEY)
      format = cellText(row.getCell(2).value).trim();
  });
  return format !== UNGUARDED_FORMAT;
}

/** The JSON text stored in the machine sheet, or `undefined` when the sheet has no document rows. */
export function readMachineJson(sheet: ExcelJS.Worksheet, guarded: boolean): string | undefined {
  const chunks: string[] = [];
  sheet.eachRow((row) => {
    if (cellText(row.getCell(1).value) === 'document') {
      const value = row.getCell(2).value;
      const text = typeof value === 'string' ? value : cellText(value);
      chunks.push(guarded ? unguardFormula(text) : text);
    }
  });
  return chunks.length ? chunks.join('') : undefined;
}

/**
 * The revision recorded by the machine sheet's "revision" row, or `undefined` when it has none (a
 * workbook exported before revisions were recorded, or by a caller that did not know one).
 * Throws `ImportError` naming the row when the value is not a whole number from 1.
 */
export function readMachineRevision(sheet: ExcelJS.Worksheet, fileName: string): number | undefined {
  const rows: { row: number; text: string }[] = [];
  sheet.eachRow((row, rowNumber) => {
    if (cellText(row.getCell(1).value).trim() === REVISION_KEY)
      rows.push({ row: rowNumber, text: cellText(row.getCell(2).value).trim() });
  });
  const found = rows[0];
  if (found === undefined) return undefined;
  const revision = /^[1-9]\d{0,14}$/.test(found.text) ? Number(found.text) : undefined;
  if (revision === undefined)
    throw new ImportError(
      fileName,
      `sheet "${sheet.name}" row ${found.row}`,
      `expected the revision the workbook was exported from, a whole number from 1 (got ${quoteValue(found.text)})`,
    );
  return revision;
}
