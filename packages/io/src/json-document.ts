import {
  DomainError,
  ValidationError,
  findJsonSyntaxProblem,
  formatIssue,
  parseDocument,
  type JourneyDocument,
} from '@waymark/domain';
import { ImportError, oneLine } from './import-error';

/**
 * Reads a journey document file (`waymark.journey/v1`, or an older version the domain migrates) from
 * its text. Throws `ImportError` with one line naming the file and the place:
 * `bad.json: not valid JSON at line 3, column 5: Unexpected token "x", expected a value`, or
 * `map.json: $.journey.lanes[2].kind: expected one of actions, ... (got "foo")`.
 * A leading byte order mark is ignored.
 */
export function readJourneyDocument(text: string, fileName: string): JourneyDocument {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (error) {
    const problem = findJsonSyntaxProblem(body);
    const reason = problem?.message ?? (error instanceof Error ? error.message : String(error));
    const place = problem ? ` at line ${problem.line}, column ${problem.column}` : '';
    throw new ImportError(fileName, '', `not valid JSON${place}: ${reason}`);
  }
  return toDocument(raw, fileName);
}

/**
 * Migrates and validates an already parsed document, turning domain errors into an `ImportError`
 * for the first issue (with a count of the rest). Shared by the JSON and XLSX readers.
 */
export function toDocument(raw: unknown, fileName: string, where = ''): JourneyDocument {
  try {
    return parseDocument(raw);
  } catch (error) {
    throw documentError(error, fileName, where);
  }
}

/** Converts an error thrown by the domain into an `ImportError`; other errors pass through. */
export function documentError(error: unknown, fileName: string, where = ''): unknown {
  if (error instanceof ValidationError && error.issues[0]) {
    const [first, ...rest] = error.issues;
    const more = rest.length
      ? ` (and ${rest.length} more ${rest.length === 1 ? 'problem' : 'problems'})`
      : '';
    const prefix = where ? `${where}: ` : '';
    return new ImportError(fileName, '', `${prefix}${formatIssue(first)}${more}`);
  }
  if (error instanceof DomainError) return new ImportError(fileName, where, oneLine(error.message));
  return error;
}
