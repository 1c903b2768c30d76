import { CommanderError } from 'commander';

/**
 * Errors and their one-line form. Commands throw (or call `fail`); `main.ts` prints `errorToLine`
 * on stderr and exits non-zero, never with a stack trace.
 */

/** A failure the CLI itself detected, with the exit code to use (1 by default, 2 for usage). */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** Stops the command with one line on stderr and a non-zero exit code. */
export function fail(message: string, exitCode = 1): never {
  throw new CliError(message, exitCode);
}

/**
 * The one line to print for any error: messages of our packages already name the file, row or field
 * (ImportError, ValidationError's first issue, ConflictError, NotFoundError); anything else is
 * folded onto one line. Matched by `name` so this file need not load the packages that define them.
 */
export function errorToLine(error: unknown): string {
  if (error instanceof Error) {
    const issues = 'issues' in error && Array.isArray(error.issues) ? error.issues : [];
    const first: unknown = issues[0];
    if (error.name === 'ValidationError' && isIssue(first)) {
      const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
      return oneLine(`${first.path}: ${first.message}${more}`);
    }
    const code = 'code' in error && typeof error.code === 'string' ? error.code : '';
    if (code === 'ENOENT' && 'path' in error) return `${String(error.path)}: no such file or directory`;
    if (code === 'EACCES' && 'path' in error) return `${String(error.path)}: permission denied`;
    if ((code === 'EEXIST' || code === 'ENOTDIR') && 'path' in error)
      return `${String(error.path)}: expected a directory, but a file is in the way`;
    return oneLine(error.message) || error.name;
  }
  return oneLine(String(error));
}

/** The exit code for an error: the CliError's own, commander's (0 after --help), else 1. */
export function exitCodeOf(error: unknown): number {
  if (error instanceof CliError) return error.exitCode;
  if (error instanceof CommanderError) return error.exitCode;
  return 1;
}

function isIssue(value: unknown): value is { path: string; message: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    'path' in value &&
    'message' in value &&
    typeof value.path === 'string' &&
    typeof value.message === 'string'
  );
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
