import type { Journey, Persona, ValidationIssue, Workspace } from '@waymark/domain';
import {
  ValidationError,
  fromZodError,
  jsonPath,
  makeIssue,
  validateJourney,
  validatePersona,
  workspaceSchema,
} from '@waymark/domain';

/**
 * Validation of documents crossing the store boundary, on every write and every read, with the
 * domain's rules (schema plus journey invariants). Failures throw the domain's `ValidationError`.
 * A stored document that no longer validates throws on read, naming the record and revision: it
 * was changed outside Waymark or by a faulty migration and must not reach the editor half-valid.
 */

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Finds text PostgreSQL's jsonb cannot hold (the NUL character, unpaired UTF-16 surrogates), so
 * the writer gets a validation error naming the field instead of a database error.
 */
function unstorableText(value: unknown, path: PropertyKey[], out: ValidationIssue[]): void {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) {
      out.push(makeIssue(jsonPath(path), 'text without the NUL character (U+0000)'));
    } else if (loneSurrogate.test(value)) {
      out.push(makeIssue(jsonPath(path), 'well-formed Unicode text', 'an unpaired UTF-16 surrogate'));
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => unstorableText(item, [...path, i], out));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) unstorableText(item, [...path, key], out);
  }
}

function storable<T>(doc: T, what: string): T {
  const issues: ValidationIssue[] = [];
  unstorableText(doc, [], issues);
  if (issues.length > 0) throw new ValidationError(issues, what);
  return doc;
}

function checkedJourney(input: unknown, what: string): Journey {
  const result = validateJourney(input);
  if (!result.ok) throw new ValidationError(result.issues, what);
  return result.journey;
}

function checkedPersona(input: unknown, what: string): Persona {
  const result = validatePersona(input);
  if (!result.ok) throw new ValidationError(result.issues, what);
  return result.persona;
}

function checkedWorkspace(input: unknown, what: string): Workspace {
  const parsed = workspaceSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) throw new ValidationError(fromZodError(parsed.error), what);
  return parsed.data;
}

/** Validates a journey about to be written; returns it with defaults applied. */
export function journeyForWrite(input: unknown): Journey {
  return storable(checkedJourney(input, 'journey'), 'journey');
}

/** Validates a persona about to be written; returns it with defaults applied. */
export function personaForWrite(input: unknown): Persona {
  return storable(checkedPersona(input, 'persona'), 'persona');
}

/** Validates a workspace about to be written; returns it with defaults applied. */
export function workspaceForWrite(input: unknown): Workspace {
  return storable(checkedWorkspace(input, 'workspace'), 'workspace');
}

/** Validates a journey read back; `what` names the record, e.g. `stored journey "j1" revision 3`. */
export function journeyFromRow(doc: unknown, what: string): Journey {
  return checkedJourney(doc, what);
}

/** Validates a persona read back; `what` names the record. */
export function personaFromRow(doc: unknown, what: string): Persona {
  return checkedPersona(doc, what);
}

/** Validates a workspace read back; `what` names the record. */
export function workspaceFromRow(doc: unknown, what: string): Workspace {
  return checkedWorkspace(doc, what);
}
