import { z } from 'zod';
import {
  idSchema,
  journeyKindSchema,
  journeySchema,
  localeSchema,
  mapTypeSchema,
  personaSchema,
} from './schema';

/**
 * The shapes the map store keeps around the domain's entities (revision numbers, timestamps,
 * history entries), defined once: the store returns them, the API sends them, the server, CLI and
 * web app read them.
 */

/** An ISO 8601 timestamp in UTC with milliseconds, e.g. `2026-11-24T18:42:42.123Z`. */
export const timestampSchema = z.string();

/** A revision number: 1 for a new journey, one more per write. */
const revisionNumber = z.number().int().min(1);

/** What made a revision. */
export const revisionActionSchema = z.enum(['create', 'save', 'import', 'restore']);
export type RevisionAction = z.infer<typeof revisionActionSchema>;

/** Who made a revision. Until accounts exist, one of `REVISION_AUTHORS`. */
export const revisionAuthorSchema = z.string().min(1).max(200);

/**
 * The authors recorded before accounts exist: the web app's user, the command line, and imports
 * (from either). Revisions made before authors were recorded say `unknown`.
 */
export const REVISION_AUTHORS = {
  localUser: 'local user',
  cli: 'CLI',
  import: 'import',
  unknown: 'unknown',
} as const;

/** A person's name for a revision, such as "Q3 baseline": one line, 1 to 100 characters, trimmed. */
export const revisionLabelSchema = z
  .string()
  .trim()
  .min(1, 'expected a label of 1 to 100 characters')
  .max(100, 'expected a label of 1 to 100 characters')
  .regex(/^[^\p{Cc}]*$/u, 'expected a label on one line, without control characters');

/** One entry of a journey's history. */
export const revisionInfoSchema = z.object({
  journeyId: idSchema,
  revision: revisionNumber,
  createdAt: timestampSchema,
  action: revisionActionSchema,
  author: revisionAuthorSchema,
  label: revisionLabelSchema.optional(),
  message: z.string().optional(),
  /**
   * How many saves this entry gathers: autosave folds a burst of saves by one author into its last
   * one (revisions `revision - saves + 1` .. `revision`), which the history lists alone.
   */
  saves: z.number().int().min(1),
});
export type RevisionInfo = z.infer<typeof revisionInfoSchema>;

/** What the store keeps with every record: its workspace, revision and when that was written. */
const storedRecord = { workspaceId: idSchema, revision: revisionNumber, updatedAt: timestampSchema };

/** A journey with the revision it is at. Send `revision` back as `baseRevision` when saving. */
export const storedJourneySchema = z.object({ ...storedRecord, journey: journeySchema });
export type StoredJourney = z.infer<typeof storedJourneySchema>;

/** A row of the journey list: enough to list and filter maps without loading each one. */
export const journeySummarySchema = z.object({
  id: idSchema,
  workspaceId: idSchema,
  title: z.string(),
  mapType: mapTypeSchema,
  journeyKind: journeyKindSchema,
  locale: localeSchema,
  /** The personas the map names, in document order. */
  personaIds: z.array(idSchema),
  revision: revisionNumber,
  updatedAt: timestampSchema,
});
export type JourneySummary = z.infer<typeof journeySummarySchema>;

/** A journey in the trash: its summary and when it was deleted (kept with its revisions until purged). */
export const trashedJourneySchema = journeySummarySchema.extend({ deletedAt: timestampSchema });
export type TrashedJourney = z.infer<typeof trashedJourneySchema>;

/** A persona with its own revision counter for stale-write checks. */
export const storedPersonaSchema = z.object({ ...storedRecord, persona: personaSchema });
export type StoredPersona = z.infer<typeof storedPersonaSchema>;
