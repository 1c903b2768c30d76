import { z } from 'zod';
import { journeySchema, personaSchema } from '../schema';

/** The format tag of the current document version. */
export const CURRENT_FORMAT = 'waymark.journey/v1';

/**
 * A self-contained journey file, `waymark.journey/v1`: the map plus the personas it names, so it can
 * be moved between workspaces. Cross-entity rules (see `validateDocument`) are checked on top.
 */
export const journeyDocumentSchema = z.strictObject({
  format: z.literal(CURRENT_FORMAT),
  journey: journeySchema,
  /** The personas named by `journey.personaIds` (and emotion points), each once. */
  personas: z.array(personaSchema).default([]),
});
export type JourneyDocument = z.infer<typeof journeyDocumentSchema>;
/** A document as a caller may write it before defaults are applied. */
export type JourneyDocumentInput = z.input<typeof journeyDocumentSchema>;
