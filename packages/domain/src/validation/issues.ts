import { z } from 'zod';

/**
 * One problem found in an input: where (a JSON path such as `$.lanes[2].kind`), what was expected
 * (`one of actions, touchpoints, ...`) and a one-line message that starts with "expected".
 * `received` is a short rendering of the offending value when known (`"foo"`, `42`, `an object`).
 */
export const validationIssueSchema = z.object({
  path: z.string(),
  expected: z.string(),
  message: z.string(),
  received: z.string().optional(),
});
export type ValidationIssue = z.infer<typeof validationIssueSchema>;

/** A JSON path segment: an object key or an array index. */
export type PathSegment = string | number;

const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Renders path segments as a JSON path: `['lanes', 2, 'kind']` → `$.lanes[2].kind`. */
export function jsonPath(segments: readonly PropertyKey[], root = '$'): string {
  let out = root;
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && identifier.test(segment)) out += `.${segment}`;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out;
}

/** A short, single-line rendering of a value for messages: strings quoted and cut at 60 chars. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const cut = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return JSON.stringify(cut);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

/** Builds an issue whose message is `expected <expected> (got <received>)[: <note>]`. */
export function makeIssue(path: string, expected: string, received?: string, note?: string): ValidationIssue {
  let message = `expected ${expected}`;
  if (received !== undefined) message += ` (got ${received})`;
  if (note) message += `: ${note}`;
  return received === undefined ? { path, expected, message } : { path, expected, message, received };
}

/**
 * One line for a person to read: `$.lanes[2].kind: expected one of actions, touchpoints, ... (got "foo")`.
 */
export function formatIssue(issue: ValidationIssue): string {
  return `${issue.path}: ${issue.message}`;
}

/** Every issue on its own line, for error messages and CLI output. */
export function formatIssues(issues: readonly ValidationIssue[]): string {
  return issues.map(formatIssue).join('\n');
}
