import { z } from 'zod';
import {
  changeSchema,
  idSchema,
  journeyKindSchema,
  journeySchema,
  laneKindSchema,
  localeSchema,
  mapTypeSchema,
  personaSchema,
} from '@waymark/domain';

/**
 * Wire shapes of what the server stores around the domain entities (revision numbers, timestamps).
 * The entities themselves (journey, persona, workspace, figures) are the domain schemas, reused.
 */

/** An ISO timestamp as the server sends it. */
const timestamp = z.string();

/** A revision number: 1 for a new journey, +1 per write. */
export const revisionSchema = z.coerce.number<number | string>().int().min(1);

/** A journey with the revision it is at. Send `revision` back as `baseRevision` when saving. */
export const storedJourneySchema = z.object({
  workspaceId: idSchema,
  journey: journeySchema,
  revision: z.number().int().min(1),
  updatedAt: timestamp,
});
export type StoredJourneyWire = z.infer<typeof storedJourneySchema>;

/** A row of the journey list. */
export const journeySummarySchema = z.object({
  id: idSchema,
  workspaceId: idSchema,
  title: z.string(),
  mapType: mapTypeSchema,
  journeyKind: journeyKindSchema,
  locale: localeSchema,
  /** The personas the map names, so a list can show them without fetching each journey. */
  personaIds: z.array(idSchema),
  revision: z.number().int().min(1),
  updatedAt: timestamp,
});
export type JourneySummaryWire = z.infer<typeof journeySummarySchema>;

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
export const trashedJourneySchema = journeySummarySchema.extend({
  deletedAt: timestamp,
  purgeAt: timestamp.meta({
    description: `When the map is purged for good: ${TRASH_RETENTION_DAYS} days after it was deleted.`,
  }),
});
export type TrashedJourneyWire = z.infer<typeof trashedJourneySchema>;

/** One entry of a journey's history. */
export const revisionInfoSchema = z.object({
  journeyId: idSchema,
  revision: z.number().int().min(1),
  createdAt: timestamp,
  action: z.enum(['create', 'save', 'import', 'restore']),
  message: z.string().optional(),
});
export type RevisionInfoWire = z.infer<typeof revisionInfoSchema>;

/** A persona with its own revision counter. */
export const storedPersonaSchema = z.object({
  workspaceId: idSchema,
  persona: personaSchema,
  revision: z.number().int().min(1),
  updatedAt: timestamp,
});
export type StoredPersonaWire = z.infer<typeof storedPersonaSchema>;

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
