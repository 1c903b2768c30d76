import type ExcelJS from 'exceljs';
import { cellText } from './cell-text';

/**
 * The hidden "_waymark" sheet: the exact document as JSON, cut into cell-sized chunks, so a workbook
 * round trip loses nothing (ids, item types, tags, colours, evidence, matchers). On import the visible
 * sheets are compared against this copy and win wherever a person changed them.
 */

/** First row of the machine sheet, telling a person what it is. */
export const MACHINE_TITLE =
  'Waymark machine data: the exact map as exported. Edit the visible sheets, not this one; they win where they differ.';
/** Marks the layout version of the machine sheet. */
export const MACHINE_FORMAT = 'waymark.xlsx/v1';

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

/** The JSON text stored in the machine sheet, or `undefined` when the sheet has no document rows. */
export function readMachineJson(sheet: ExcelJS.Worksheet): string | undefined {
  const chunks: string[] = [];
  sheet.eachRow((row) => {
    if (cellText(row.getCell(1).value) === 'document') {
      const value = row.getCell(2).value;
      chunks.push(typeof value === 'string' ? value : cellText(value));
    }
  });
  return chunks.length ? chunks.join('') : undefined;
}
