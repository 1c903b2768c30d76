/**
 * Appending events to ClickHouse: validation, event-id de-duplication (inside the batch and against
 * stored rows), ingestion sequence numbers and one atomic insert; several inserts made all or nothing by
 * deleting what they stored when one fails.
 */
import { randomBytes } from 'node:crypto';
import type { AnalyticsEvent, AnalyticsEventInput, AppendResult } from '../event';
import { eventBatchSchema, propertyText } from '../event';
import type { ClickHouseHttp } from './http';
import { readInt, readString } from './http';
import { LONE_SURROGATE, quoteInt, quoteString } from './escape';
import type { EventRow } from './schema';
import { EVENTS_TABLE, qualifiedTable } from './schema';

/**
 * Largest insert sent as one request. ClickHouse writes an insert of up to `max_insert_block_size`
 * (1,048,576) rows as one block, i.e. one part, so a batch no larger than this lands all or nothing.
 */
export const MAX_ATOMIC_ROWS = 1_000_000;

/** Appends one batch (at most {@link MAX_ATOMIC_ROWS} new events); resolves with inserted and duplicate counts. */
export type AppendBatch = (events: readonly AnalyticsEventInput[]) => Promise<AppendResult>;

/** How long a rollback waits for its delete mutation by default (it rewrites the table's parts). */
export const ROLLBACK_TIMEOUT_MS = 600_000;

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

/** Adds a note to an error's message (and to its stack, which repeats the message), keeping its class. */
function withNote(error: unknown, note: string): Error {
  if (!(error instanceof Error)) return new Error(`${String(error)}\n  ${note}`);
  const before = error.message;
  error.message = `${before}\n  ${note}`;
  if (error.stack?.includes(before) === true) error.stack = error.stack.replace(before, error.message);
  return error;
}

/**
 * Deletes the rows with `seq > afterSeq` and waits until the mutation has rewritten every part, so the
 * next query sees the table without them (see {@link runMutation}).
 */
async function deleteAfterSeq(
  http: ClickHouseHttp,
  database: string,
  afterSeq: number,
  timeoutMs: number,
): Promise<void> {
  await runMutation(http, database, EVENTS_TABLE, `DELETE WHERE seq > ${quoteInt(afterSeq)}`, timeoutMs);
}

/**
 * Runs `ALTER TABLE <table> <mutation>` and waits until it has rewritten every part. 18.16 mutations
 * are asynchronous and 18.16 has no `mutations_sync`, so this polls `system.mutations` for unfinished
 * mutations of the table; throws when they are not done within `timeoutMs`.
 */
export async function runMutation(
  http: ClickHouseHttp,
  database: string,
  tableName: string,
  mutation: string,
  timeoutMs: number,
): Promise<void> {
  const table = qualifiedTable(database, tableName);
  await http.exec(`ALTER TABLE ${table} ${mutation}`);
  const pending = `SELECT count(), sum(parts_to_do) FROM system.mutations
WHERE database = ${quoteString(database)} AND table = ${quoteString(tableName)} AND is_done = 0`;
  const deadline = Date.now() + timeoutMs;
  for (let waitMs = 10; ; waitMs = Math.min(waitMs * 2, 500)) {
    const row = (await http.query(pending)).data[0];
    if (readInt(row?.[0] ?? 0, 'unfinished mutations') === 0) return;
    if (Date.now() >= deadline) {
      const parts = readInt(row?.[1] ?? 0, 'parts_to_do');
      throw new Error(
        `ClickHouse mutation ${mutation} on ${table} did not finish within ${timeoutMs} ms ` +
          `(${parts} parts still to rewrite; see system.mutations)`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, waitMs));
  }
}

/**
 * Appends batches to one database. Appends run one at a time, and sequence numbers come from this
 * instance's counter (initialised from `max(seq)`).
 * Trap: two stores (processes) appending to the same database concurrently could both accept the same
 * event id or reuse sequence numbers; keep one writer per database.
 */
export class ClickHouseAppender {
  private nextSeq: number | undefined;
  /** Highest sequence number sent in an insert, whether or not the insert succeeded. */
  private sentSeq = 0;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly http: ClickHouseHttp,
    private readonly database: string,
    /** How long a rollback waits for its delete mutation. */
    private readonly rollbackTimeoutMs = ROLLBACK_TIMEOUT_MS,
  ) {}

  /** Validates, de-duplicates and inserts one batch; resolves with inserted and duplicate counts. */
  append(events: readonly AnalyticsEventInput[]): Promise<AppendResult> {
    return this.exclusive(() => this.appendNow(events));
  }

  /**
   * Runs `write` with sole use of this appender (other appends wait until it ends) and makes the
   * batches it appends all or nothing: when `write` throws after an insert was sent, every row with a
   * sequence number above the last one before `write` began is deleted, the counter is reset, and the
   * original error is rethrown, with a note naming the sequence range left stored if the delete failed
   * (later appends then continue above that range, so it names only this write's rows).
   * Trap: the delete is an 18.16 mutation, which rewrites the table's parts; on a large store the
   * rollback takes about as long as rewriting the table (bounded by `rollbackTimeoutMs`).
   */
  appendAllOrNothing(write: (append: AppendBatch) => Promise<void>): Promise<void> {
    return this.exclusive(() => this.writeAllOrNothing(write));
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async writeAllOrNothing(write: (append: AppendBatch) => Promise<void>): Promise<void> {
    const before = await this.lastSeq();
    this.sentSeq = before;
    let open = true;
    let chain: Promise<unknown> = Promise.resolve();
    const append: AppendBatch = (events) => {
      const run = chain.then(() => {
        if (!open) throw new Error('append: called after appendAllOrNothing ended');
        return this.appendNow(events);
      });
      chain = run.catch(() => undefined);
      return run;
    };
    let failure: { error: unknown } | undefined;
    try {
      await write(append);
    } catch (error) {
      failure = { error };
    }
    open = false;
    await chain;
    if (failure === undefined) return;
    const sent = this.sentSeq;
    if (sent > before) {
      this.nextSeq = undefined;
      try {
        await deleteAfterSeq(this.http, this.database, before, this.rollbackTimeoutMs);
      } catch (cleanup) {
        this.nextSeq = sent;
        const reason = cleanup instanceof Error ? cleanup.message : String(cleanup);
        throw withNote(
          failure.error,
          `rollback failed: events with seq ${before + 1} to ${sent} may remain in ` +
            `${qualifiedTable(this.database, EVENTS_TABLE)} (${reason})`,
        );
      }
      this.nextSeq = before;
    }
    throw failure.error;
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
      this.sentSeq = Math.max(this.sentSeq, seq);
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
