/**
 * Appending events to ClickHouse: validation, event-id de-duplication (inside the batch and against
 * stored rows), ingestion sequence numbers and one atomic insert.
 */
import { randomBytes } from 'node:crypto';
import type { AnalyticsEvent, AnalyticsEventInput, AppendResult } from '../event';
import { eventBatchSchema, propertyText } from '../event';
import type { ClickHouseHttp } from './http';
import { readInt, readString } from './http';
import type { EventRow } from './schema';
import { EVENTS_TABLE, qualifiedTable } from './schema';

/**
 * Largest insert sent as one request. ClickHouse writes an insert of up to `max_insert_block_size`
 * (1,048,576) rows as one block, i.e. one part, so a batch no larger than this lands all or nothing.
 */
export const MAX_ATOMIC_ROWS = 1_000_000;

/** A high surrogate not followed by a low one, or a low surrogate not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Validates a batch with `eventBatchSchema`; errors name the event index and field. */
export function validateBatch(events: readonly AnalyticsEventInput[]): AnalyticsEvent[] {
  const parsed = eventBatchSchema.safeParse(events);
  if (!parsed.success) {
    const lines = parsed.error.issues.slice(0, 10).map((issue) => {
      const path = issue.path
        .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
        .join('');
      return `events${path}: ${issue.message}`;
    });
    throw new TypeError(`invalid events: ${lines.join('; ')}`);
  }
  parsed.data.forEach((event, index) => {
    const texts = [event.userId, event.event, event.channel, event.sessionId, event.eventId];
    for (const [key, value] of Object.entries(event.properties))
      texts.push(key, typeof value === 'string' ? value : '');
    if (texts.some((text) => text !== undefined && LONE_SURROGATE.test(text))) {
      throw new TypeError(`invalid events: events[${index}] contains text with a lone UTF-16 surrogate`);
    }
  });
  return parsed.data;
}

/** Turns a validated event into a table row: properties as parallel key and text arrays (`propertyText`; nulls are left out). */
export function toEventRow(event: AnalyticsEvent, seq: number): EventRow {
  const keys: string[] = [];
  const values: string[] = [];
  for (const [key, value] of Object.entries(event.properties)) {
    const text = propertyText(value);
    if (text === null) continue;
    keys.push(key);
    values.push(text);
  }
  return {
    user_id: event.userId,
    ts: event.timestamp,
    seq,
    event: event.event,
    channel: event.channel ?? '',
    session_id: event.sessionId ?? '',
    event_id: event.eventId ?? '',
    prop_keys: keys,
    prop_values: values,
  };
}

/** Keeps the first event of each event id; events without an id are always kept. */
export function dedupeWithinBatch(events: readonly AnalyticsEvent[]): AnalyticsEvent[] {
  const seen = new Set<string>();
  return events.filter((event) => {
    if (event.eventId === undefined) return true;
    if (seen.has(event.eventId)) return false;
    seen.add(event.eventId);
    return true;
  });
}

/**
 * Appends batches to one database. Appends run one at a time, and sequence numbers come from this
 * instance's counter (initialised from `max(seq)`).
 * Trap: two stores (processes) appending to the same database concurrently could both accept the same
 * event id or reuse sequence numbers; keep one writer per database.
 */
export class ClickHouseAppender {
  private nextSeq: number | undefined;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly http: ClickHouseHttp,
    private readonly database: string,
  ) {}

  /** Validates, de-duplicates and inserts one batch; resolves with inserted and duplicate counts. */
  append(events: readonly AnalyticsEventInput[]): Promise<AppendResult> {
    const run = this.queue.then(() => this.appendNow(events));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async appendNow(input: readonly AnalyticsEventInput[]): Promise<AppendResult> {
    const events = validateBatch(input);
    const unique = dedupeWithinBatch(events);
    const stored = await this.storedIds(unique);
    const fresh = unique.filter((event) => event.eventId === undefined || !stored.has(event.eventId));
    if (fresh.length > MAX_ATOMIC_ROWS)
      throw new RangeError(`append: at most ${MAX_ATOMIC_ROWS} events per batch`);
    if (fresh.length > 0) {
      let seq = await this.lastSeq();
      const rows = fresh.map((event) => toEventRow(event, ++seq));
      await this.http.insertJsonEachRow(qualifiedTable(this.database, EVENTS_TABLE), rows);
      this.nextSeq = seq;
    }
    return { inserted: fresh.length, duplicates: events.length - fresh.length };
  }

  private async lastSeq(): Promise<number> {
    if (this.nextSeq === undefined) {
      const result = await this.http.query(
        `SELECT max(seq) FROM ${qualifiedTable(this.database, EVENTS_TABLE)}`,
      );
      this.nextSeq = readInt(result.data[0]?.[0] ?? 0, 'max(seq)');
    }
    return this.nextSeq;
  }

  /**
   * Event ids of the batch that are already stored. The ids travel in a throwaway Memory table, because
   * a literal `IN (...)` list would exceed 18.16's 256 KiB query size on large batches.
   */
  private async storedIds(events: readonly AnalyticsEvent[]): Promise<Set<string>> {
    const ids = events.flatMap((event) => (event.eventId === undefined ? [] : [event.eventId]));
    if (ids.length === 0) return new Set();
    const staging = qualifiedTable(this.database, `staging_ids_${randomBytes(8).toString('hex')}`);
    await this.http.exec(`CREATE TABLE ${staging} (event_id String) ENGINE = Memory`);
    try {
      await this.http.insertJsonEachRow(
        staging,
        ids.map((id) => ({ event_id: id })),
      );
      const result = await this.http.query(
        `SELECT DISTINCT event_id FROM ${qualifiedTable(this.database, EVENTS_TABLE)}
WHERE event_id != '' AND event_id IN (SELECT event_id FROM ${staging})`,
      );
      return new Set(result.data.map((row) => readString(row[0], 'event_id')));
    } finally {
      await this.http.exec(`DROP TABLE IF EXISTS ${staging}`);
    }
  }
}
