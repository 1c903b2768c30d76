import { z } from 'zod';
import {
  changeSchema,
  dataSetSchema,
  idSchema,
  journeyKindSchema,
  mergeConflictSchema,
  laneKindSchema,
  mapTypeSchema,
  storedJourneySchema,
  storedPersonaSchema,
  timestampSchema,
  trashedJourneySchema as storedTrashSchema,
} from '@waymark/domain';

/**
 * Wire shapes the API adds around the domain's (templates, diffs, import and events results). The
 * entities and what the store keeps around them (stored journeys, summaries, history entries,
 * stored personas) are the domain schemas, reused.
 */

/** A revision number in a path or query: 1 for a new journey, +1 per write. */
export const revisionSchema = z.coerce.number<number | string>().int().min(1);

/** How long a deleted map stays in the trash, restorable, before it is purged for good. */
export const TRASH_RETENTION_DAYS = 30;

const RETENTION_MS = TRASH_RETENTION_DAYS * 86_400_000;

/** When a map deleted at `deletedAt` (ISO) leaves the trash for good. */
export function purgeTimeOf(deletedAt: string): string {
  return new Date(Date.parse(deletedAt) + RETENTION_MS).toISOString();
}

/**
 * The `deletedBefore` that purges exactly the maps whose time in the trash is up at `now`. Servers
 * and the CLI purge with it before reading or restoring from the trash (no timer runs).
 */
export function trashCutoff(now = Date.now()): string {
  return new Date(now - RETENTION_MS).toISOString();
}

/** A map in the trash: its summary, when it was deleted and when it will be purged. */
export const trashedJourneySchema = storedTrashSchema.extend({
  purgeAt: timestampSchema.meta({
    description: `When the map is purged for good: ${TRASH_RETENTION_DAYS} days after it was deleted.`,
  }),
});
export type TrashedJourneyWire = z.infer<typeof trashedJourneySchema>;

/** A template as listed for the "new map" gallery, with enough to draw a small preview. */
export const templateSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  mapType: mapTypeSchema,
  journeyKind: journeyKindSchema,
  stages: z.array(z.object({ id: idSchema, name: z.string(), color: z.string().optional() })),
  lanes: z.array(z.object({ id: idSchema, kind: laneKindSchema, name: z.string() })),
});
export type TemplateSummary = z.infer<typeof templateSummarySchema>;

/** The differences between two revisions of a journey. */
export const journeyDiffSchema = z.object({
  journeyId: idSchema,
  from: z.number().int().min(1),
  to: z.number().int().min(1),
  /** Domain `Change`s; `formatChange` from `@waymark/domain` renders one as a readable line. */
  changes: z.array(changeSchema),
});
export type JourneyDiffWire = z.infer<typeof journeyDiffSchema>;

/**
 * What an import of a journey document did: the stored map and personas, whether the map was new, and
 * whether it changed. An import of exactly what is stored writes no revision (like `waymark import`),
 * so `journey.revision` is then the stored one.
 */
export const importResultSchema = z.object({
  journey: storedJourneySchema,
  personas: z.array(storedPersonaSchema),
  /** True when the journey was new; false when an existing one was updated (or left as it was). */
  created: z.boolean(),
  changed: z.boolean().meta({
    description:
      'False when the file held exactly the stored map: no new revision was written. Always true when created.',
  }),
  warnings: z.array(z.string()),
  /** Set when the file was merged into newer revisions of the stored map. */
  merged: z
    .object({
      /** The revision the file was made from. */
      base: z.number().int().min(1),
      /** The stored revision its changes were merged into. */
      into: z.number().int().min(1),
      /** The conflicts the merge settled (by `prefer` or `choices`). */
      conflicts: z.array(mergeConflictSchema),
    })
    .optional(),
});
export type ImportResult = z.infer<typeof importResultSchema>;

/** What an events import did. */
export const eventsImportResultSchema = z.object({
  file: z.string(),
  /** Data rows read from the file. */
  rows: z.number().int().min(0),
  /** Events stored. */
  inserted: z.number().int().min(0),
  /** Rows skipped because their event id was already stored. */
  duplicates: z.number().int().min(0),
  /** Bad rows skipped (with onError 'skip'). */
  skipped: z.number().int().min(0),
  /** The first bad rows: 1-based data row, column, value and why. */
  errors: z.array(
    z.object({ row: z.number().int(), column: z.string(), value: z.string(), reason: z.string() }),
  ),
  /** The data set the import created. */
  dataSet: dataSetSchema,
});
export type EventsImportResult = z.infer<typeof eventsImportResultSchema>;

/** What is in the event store: counts, time range and the distinct event names and channels. */
export const eventsSummarySchema = z.object({
  events: z.number().int().min(0),
  users: z.number().int().min(0),
  from: z.string().nullable(),
  to: z.string().nullable(),
  eventNames: z.array(z.object({ name: z.string(), count: z.number().int().min(0) })),
  channels: z.array(z.object({ name: z.string(), count: z.number().int().min(0) })),
});
export type EventsSummary = z.infer<typeof eventsSummarySchema>;
