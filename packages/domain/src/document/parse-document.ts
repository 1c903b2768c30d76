import { ValidationError } from '../validation/errors';
import type { ValidationIssue } from '../validation/issues';
import { describeValue, makeIssue } from '../validation/issues';
import { checkJourneyInvariants } from '../validation/journey-invariants';
import { fromZodError } from '../validation/zod-issues';
import type { JourneyDocument } from './document-schema';
import { journeyDocumentSchema } from './document-schema';
import { migrateToCurrent } from './migrations';

/** `validateDocument`'s outcome. */
export type DocumentValidation =
  { ok: true; document: JourneyDocument } | { ok: false; issues: ValidationIssue[] };

function checkPersonas(doc: JourneyDocument): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const seen = new Map<string, number>();
  doc.personas.forEach((p, i) => {
    const earlier = seen.get(p.id);
    if (earlier !== undefined) {
      issues.push(
        makeIssue(
          `$.personas[${i}].id`,
          'a unique persona id',
          describeValue(p.id),
          `also at $.personas[${earlier}]`,
        ),
      );
    } else seen.set(p.id, i);
  });
  doc.journey.personaIds.forEach((pid, i) => {
    if (!seen.has(pid)) {
      issues.push(
        makeIssue(`$.journey.personaIds[${i}]`, 'a persona included in $.personas', describeValue(pid)),
      );
    }
  });
  return issues;
}

/**
 * Checks a current-version (v1) document: schema, journey invariants, and that every persona the
 * journey names is included once. Never throws; does not migrate (see `parseDocument`).
 */
export function validateDocument(input: unknown): DocumentValidation {
  const parsed = journeyDocumentSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: fromZodError(parsed.error) };
  const issues = [...checkJourneyInvariants(parsed.data.journey, '$.journey'), ...checkPersonas(parsed.data)];
  return issues.length > 0 ? { ok: false, issues } : { ok: true, document: parsed.data };
}

/**
 * Reads a journey document of any supported version (e.g. from `JSON.parse`), migrates it to
 * `waymark.journey/v1` and validates it. Throws `ValidationError`; issue paths refer to the input
 * file for version problems and to the migrated v1 document otherwise.
 */
export function parseDocument(input: unknown): JourneyDocument {
  const migrated = migrateToCurrent(input);
  const result = validateDocument(migrated);
  if (!result.ok) throw new ValidationError(result.issues, 'journey document');
  return result.document;
}

/** `JSON.parse` plus `parseDocument`; bad JSON becomes a `ValidationError` at `$`. */
export function parseDocumentText(text: string): JourneyDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ValidationError([makeIssue('$', 'valid JSON', undefined, reason)], 'journey document');
  }
  return parseDocument(raw);
}
