import type { z } from 'zod';
import type { ValidationIssue } from './issues';
import { describeValue, jsonPath, makeIssue } from './issues';

/** One zod 4 issue, as found in `ZodError.issues`. */
type ZodIssue = z.core.$ZodIssue;

const article = (noun: string): string => (/^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`);

function typeName(expected: string): string {
  switch (expected) {
    case 'int':
      return 'an integer';
    case 'array':
      return 'an array';
    case 'object':
      return 'an object';
    default:
      return article(expected);
  }
}

function sizeNoun(origin: string, n: number | bigint): string {
  if (origin === 'string') return Number(n) === 1 ? 'character' : 'characters';
  if (origin === 'array' || origin === 'set') return Number(n) === 1 ? 'item' : 'items';
  return '';
}

function bound(issue: Extract<ZodIssue, { code: 'too_small' | 'too_big' }>): string {
  const small = issue.code === 'too_small';
  const limit = small ? issue.minimum : issue.maximum;
  const origin = String(issue.origin);
  const noun = sizeNoun(origin, limit);
  if (noun) {
    if (small && Number(limit) === 1 && origin === 'string') return 'a non-empty text';
    if (small && Number(limit) === 1) return 'at least 1 item';
    return `${small ? 'at least' : 'at most'} ${String(limit)} ${noun}`;
  }
  const op = small ? (issue.inclusive === false ? '>' : '>=') : issue.inclusive === false ? '<' : '<=';
  return `a number ${op} ${String(limit)}`;
}

/** A custom message such as `expected an id of ...` without its leading `expected `, or `undefined`. */
function expectedOf(message: string): string | undefined {
  return message.startsWith('expected ') ? message.slice('expected '.length) : undefined;
}

function formatName(issue: Extract<ZodIssue, { code: 'invalid_format' }>): string {
  const expected = expectedOf(issue.message);
  if (expected !== undefined) return expected;
  switch (issue.format) {
    case 'date':
      return 'a date like 2024-05-31';
    case 'datetime':
      return 'a date-time like 2024-05-31T09:30:00Z';
    case 'regex':
      return `text matching ${issue.pattern ?? 'the pattern'}`;
    default:
      return article(`valid ${issue.format}`);
  }
}

/** The alternatives of a plain union, e.g. `a string, a number or a boolean`. */
function unionAlternatives(issue: Extract<ZodIssue, { code: 'invalid_union' }>): string {
  const names: string[] = [];
  for (const branch of issue.errors) {
    const first = branch[0];
    if (branch.length === 1 && first?.code === 'invalid_type') names.push(typeName(first.expected));
  }
  if (names.length === 0 || names.length !== issue.errors.length) return 'one of the allowed shapes';
  const unique = [...new Set(names)];
  return unique.length === 1
    ? (unique[0] ?? '')
    : `${unique.slice(0, -1).join(', ')} or ${unique.at(-1) ?? ''}`;
}

function inputOf(issue: ZodIssue): { known: boolean; value: unknown } {
  return 'input' in issue ? { known: true, value: issue.input } : { known: false, value: undefined };
}

/**
 * Turns one zod issue into a `ValidationIssue` with a JSON path, what was expected and what came.
 * Pass `reportInput: true` to `safeParse` so the received value can be shown. `root` prefixes the
 * path when the parsed value sits inside a larger document (e.g. `$.journey`).
 */
export function fromZodIssue(issue: ZodIssue, root = '$'): ValidationIssue {
  const path = jsonPath(issue.path, root);
  const { known, value } = inputOf(issue);
  const received = known ? describeValue(value) : undefined;
  switch (issue.code) {
    case 'invalid_type':
      if (known && value === undefined)
        return makeIssue(path, typeName(issue.expected), undefined, 'missing');
      return makeIssue(path, typeName(issue.expected), received);
    case 'invalid_value':
      if (issue.values.length === 1) return makeIssue(path, JSON.stringify(issue.values[0]), received);
      return makeIssue(path, `one of ${issue.values.map(String).join(', ')}`, received);
    case 'too_small':
    case 'too_big':
      return makeIssue(path, bound(issue), received);
    case 'invalid_format':
      return makeIssue(path, formatName(issue), received);
    case 'not_multiple_of':
      return makeIssue(path, `a multiple of ${String(issue.divisor)}`, received);
    case 'unrecognized_keys':
      return makeIssue(path, 'only known keys', issue.keys.map((k) => JSON.stringify(k)).join(', '));
    case 'invalid_union': {
      // zod 4 puts the discriminator's allowed values on `options` (not in its issue type).
      const options: unknown = Reflect.get(issue, 'options');
      if (issue.discriminator !== undefined && Array.isArray(options)) {
        const tag =
          known && typeof value === 'object' && value !== null
            ? describeValue(Reflect.get(value, issue.discriminator))
            : received;
        return makeIssue(path, `one of ${options.map(String).join(', ')}`, tag);
      }
      return makeIssue(path, unionAlternatives(issue), received);
    }
    case 'invalid_key':
      return makeIssue(path, 'a valid key', received);
    case 'invalid_element':
      return makeIssue(path, 'a valid element', received);
    case 'custom':
      return makeIssue(path, expectedOf(issue.message) ?? issue.message, received);
  }
}

/** Every issue of a failed zod parse, in zod's order. */
export function fromZodError(error: z.ZodError, root = '$'): ValidationIssue[] {
  return error.issues.map((issue) => fromZodIssue(issue, root));
}
