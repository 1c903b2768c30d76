import type ExcelJS from 'exceljs';

/**
 * Turns what exceljs reads from a cell into the text a person sees: rich text joined, hyperlinks as
 * their text, formulas as their result, dates as `YYYY-MM-DD`, numbers in plain notation.
 * Line ends are normalized to `\n`, since XML readers turn `\r\n` into `\n` anyway.
 */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return normalizeLineEnds(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return normalizeLineEnds(value.richText.map((run) => run.text).join(''));
  if ('error' in value) return String(value.error);
  if ('formula' in value || 'sharedFormula' in value) {
    const result = 'result' in value ? value.result : undefined;
    return result === undefined || typeof result === 'object' ? '' : cellText(result);
  }
  if ('text' in value)
    return typeof value.text === 'string' ? normalizeLineEnds(value.text) : cellText(value.text);
  return '';
}

/** Excel shows at most 32,767 characters in a cell. */
const CELL_LIMIT = 32_767;
const CUT_NOTE = ' […cut: the full text is kept in the _waymark sheet]';

/**
 * The prefix that keeps a cell text: written before a text that a spreadsheet would read as a formula
 * once a person edits the cell, and taken off on import. An apostrophe is Excel's and LibreOffice's own
 * mark for "this is text", so an edited cell keeps its text and the mark shows what happened.
 */
export const FORMULA_GUARD = "'";

/**
 * First characters that turn an edited cell into a formula (OWASP's list: = + - @ and tab, and their
 * full-width forms, which East Asian input methods type and Excel converts), and the guard itself, so
 * that a text really beginning with it reads back exactly.
 */
const GUARDED_STARTS = "[=+\\-@\\t'\\uFF1D\\uFF0B\\uFF0D\\uFF20]";
const FORMULA_START = new RegExp(`^${GUARDED_STARTS}`);
const GUARDED = new RegExp(`^${FORMULA_GUARD}${GUARDED_STARTS}`);

/** The text as a cell holds it: `FORMULA_GUARD` before a text that starts like a formula. */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? FORMULA_GUARD + text : text;
}

/**
 * The text a cell's guarded value stands for: `guardFormula` undone. Only a guard followed by a
 * character it guards is taken off, so a cell a person typed as `'quoted` keeps its apostrophe, and
 * a guarded cell Excel rewrote on edit (dropping the apostrophe into its quote-prefix style) reads as
 * the text it shows.
 */
export function unguardFormula(text: string): string {
  return GUARDED.test(text) ? text.slice(1) : text;
}

/**
 * The form of a text a visible cell can hold, as it reads back: characters an XML file cannot hold
 * (C0 controls except tab and line feed, lone surrogates, U+FFFE/U+FFFF) dropped, line ends
 * normalized, and text over Excel's cell limit (counting the formula guard it will get) cut with a
 * note. Applied to every visible cell written (then guarded) and to every value compared against a
 * visible cell (read unguarded), so an untouched cell always compares equal.
 */
export function xmlSafe(text: string): string {
  const safe = cleanXml(text);
  const room = FORMULA_START.test(safe) ? CELL_LIMIT - FORMULA_GUARD.length : CELL_LIMIT;
  if (safe.length <= room) return safe;
  let end = room - CUT_NOTE.length;
  const last = safe.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return safe.slice(0, end) + CUT_NOTE;
}

function cleanXml(text: string): string {
  return normalizeLineEnds(text).replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '',
  );
}

function normalizeLineEnds(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
