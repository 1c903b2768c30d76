import { quoteValue } from '@waymark/domain';

/**
 * Errors of this package. A bad file is a domain `ImportError` (one line naming the file, the place
 * and what was expected, e.g. `survey.csv: row 12, column 4 ("Q2"): ...`); a bad option is an
 * `EvidenceOptionError`.
 */

/**
 * A mistake in options given by the caller (an unknown question id in `--scale`, a metric on the wrong
 * scale), as opposed to a bad file. The CLI exits with the usage code (2) for these.
 */
export class EvidenceOptionError extends Error {
  override readonly name = 'EvidenceOptionError';
}

/** `row 12, column 4 ("Q2")`: a place in a table, with the column's header when known. */
export function cellPlace(row: number, column: number, header?: string): string {
  const name = header === undefined || header === '' ? '' : ` (${quoteValue(header)})`;
  return `row ${row}, column ${column}${name}`;
}
