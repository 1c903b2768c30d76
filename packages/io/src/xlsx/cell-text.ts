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
  if ('text' in value) return typeof value.text === 'string' ? normalizeLineEnds(value.text) : cellText(value.text);
  return '';
}

/**
 * Drops characters an XML file cannot hold (C0 controls except tab and line feed, lone surrogates,
 * U+FFFE/U+FFFF) and normalizes line ends. Applied to every visible cell written and to every value
 * compared against a visible cell.
 */
export function xmlSafe(text: string): string {
  return normalizeLineEnds(text).replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '',
  );
}

function normalizeLineEnds(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
