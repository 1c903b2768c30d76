/**
 * The one error type every file reader throws (io's map files, evidence's survey and review exports). Its message is a single line that names the
 * file and the place in it (line and column, JSON path, sheet/row/column) and what was expected, e.g.
 * `map.xlsx: sheet "Opportunities" row 4 column "Impact": expected a whole number 1-5 (got "high")`.
 * Callers can print `message` as is; `fileName` and `place` are there for structured output.
 */
export class ImportError extends Error {
  override readonly name = 'ImportError';
  readonly fileName: string;
  /** Where in the file, e.g. `line 3, column 5` or `sheet "Map" cell C4`; empty when the whole file is meant. */
  readonly place: string;
  /** What was wrong, without the file and place. */
  readonly detail: string;

  constructor(fileName: string, place: string, detail: string) {
    super(oneLine(place ? `${fileName}: ${place}: ${detail}` : `${fileName}: ${detail}`));
    this.fileName = fileName;
    this.place = place;
    this.detail = detail;
  }
}

/** Collapses newlines and runs of whitespace so a message always prints on one line. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** Quotes a user value for an error message, shortened so one bad cell cannot flood the line. */
export function quoteValue(value: unknown): string {
  const raw = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  const short = raw.length > 60 ? `${raw.slice(0, 57)}...` : raw;
  return JSON.stringify(short);
}
