import type { ValidationIssue } from './issues';
import { formatIssues } from './issues';

/**
 * Why a domain operation refused: `not_found` (the target id does not exist), `invalid` (the input
 * or the result breaks the schema or an invariant), `unsupported` (an unknown template or format).
 */
export type DomainErrorCode = 'not_found' | 'invalid' | 'unsupported';

/**
 * The one error type thrown by this package. `issues` lists every problem when there are several;
 * the message already names them, so callers can show `error.message` as is.
 */
export class DomainError extends Error {
  override readonly name: string = 'DomainError';
  readonly code: DomainErrorCode;
  readonly issues: readonly ValidationIssue[];

  constructor(message: string, code: DomainErrorCode = 'invalid', issues: readonly ValidationIssue[] = []) {
    super(message);
    this.code = code;
    this.issues = issues;
  }
}

/**
 * Thrown by `parseJourney`, `parsePersona` and `parseDocument` when input is invalid. Holds every
 * issue; the message is a header line plus one line per issue. A `DomainError` with code `invalid`.
 */
export class ValidationError extends DomainError {
  override readonly name: string = 'ValidationError';

  constructor(issues: readonly ValidationIssue[], what = 'input') {
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
    super(`invalid ${what}: ${count}\n${formatIssues(issues)}`, 'invalid', issues);
  }
}
