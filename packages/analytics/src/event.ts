import { z } from 'zod';

/**
 * The analytics event shape shared by every adapter. Order of events is `timestamp`, then ingestion
 * order (a store-assigned sequence number that keeps growing across imports). Events with the same
 * `eventId` are stored once.
 */

/** A property value: text, number, boolean or null. Nested objects and arrays are not allowed. */
export const propertyValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type PropertyValue = z.infer<typeof propertyValueSchema>;

/** Longest user id, event name, channel, session id or event id accepted (characters). */
export const MAX_NAME_LENGTH = 1000;

/** Earliest and latest event time accepted (epoch ms): the years 1 to 9999, UTC. */
export const MIN_TIMESTAMP_MS = -62_135_596_800_000;
export const MAX_TIMESTAMP_MS = 253_402_300_799_999;

const name = z.string().min(1).max(MAX_NAME_LENGTH);

/**
 * One event as handed to `EventStore.append`.
 * Trap: `timestamp` is epoch milliseconds (an integer); ISO text is converted by the ingest readers, not here.
 */
export const analyticsEventSchema = z.object({
  userId: name,
  timestamp: z.number().int().min(MIN_TIMESTAMP_MS).max(MAX_TIMESTAMP_MS),
  event: name,
  channel: name.optional(),
  sessionId: name.optional(),
  eventId: name.optional(),
  properties: z.record(z.string().min(1).max(200), propertyValueSchema).default({}),
});
export type AnalyticsEvent = z.infer<typeof analyticsEventSchema>;
/** What callers may pass to `append` (properties may be omitted). */
export type AnalyticsEventInput = z.input<typeof analyticsEventSchema>;

/** A batch of events, validated as a whole. */
export const eventBatchSchema = z.array(analyticsEventSchema).max(1_000_000);

/** Result of `append`: how many events were new and how many were skipped as duplicate event ids. */
export interface AppendResult {
  inserted: number;
  duplicates: number;
}

/**
 * How a property value is stored as text by every adapter: strings as they are, numbers in JS
 * `String()` form, booleans as `true`/`false`; null means missing (returns null).
 */
export function propertyText(value: PropertyValue): string | null {
  if (value === null) return null;
  return typeof value === 'string' ? value : String(value);
}
