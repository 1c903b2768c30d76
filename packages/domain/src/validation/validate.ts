import type { Journey, Persona } from '../schema';
import { journeySchema, personaSchema } from '../schema';
import { ValidationError } from './errors';
import type { ValidationIssue } from './issues';
import { checkJourneyInvariants } from './journey-invariants';
import { fromZodError } from './zod-issues';

/** `validateJourney`'s outcome. */
export type JourneyValidation = { ok: true; journey: Journey } | { ok: false; issues: ValidationIssue[] };

/** `validatePersona`'s outcome. */
export type PersonaValidation = { ok: true; persona: Persona } | { ok: false; issues: ValidationIssue[] };

/**
 * Checks untrusted input against the journey schema and every cross-entity invariant. Never throws.
 * `root` is the JSON path of the journey inside a larger document (default `$`). Invariants are
 * only checked once the schema passes, so a broken shape reports shape issues only.
 */
export function validateJourney(input: unknown, root = '$'): JourneyValidation {
  const parsed = journeySchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: fromZodError(parsed.error, root) };
  const issues = checkJourneyInvariants(parsed.data, root);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, journey: parsed.data };
}

/** Like `validateJourney`, but returns the journey or throws a `ValidationError` with all issues. */
export function parseJourney(input: unknown): Journey {
  const result = validateJourney(input);
  if (!result.ok) throw new ValidationError(result.issues, 'journey');
  return result.journey;
}

/** Checks untrusted input against the persona schema. Never throws. */
export function validatePersona(input: unknown, root = '$'): PersonaValidation {
  const parsed = personaSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: fromZodError(parsed.error, root) };
  return { ok: true, persona: parsed.data };
}

/** Like `validatePersona`, but returns the persona or throws a `ValidationError`. */
export function parsePersona(input: unknown): Persona {
  const result = validatePersona(input);
  if (!result.ok) throw new ValidationError(result.issues, 'persona');
  return result.persona;
}
