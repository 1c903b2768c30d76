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
 * The form of a text a visible cell can hold: characters an XML file cannot hold (C0 controls except
 * tab and line feed, lone surrogates, U+FFFE/U+FFFF) dropped, line ends normalized, and text over
 * Excel's cell limit cut with a note. Applied to every visible cell written and to every value
 * compared against a visible cell, so an untouched cell always compares equal.
 */
export function xmlSafe(text: string): string {
  const safe = cleanXml(text);
  if (safe.length <= CELL_LIMIT) return safe;
  let end = CELL_LIMIT - CUT_NOTE.length;
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
