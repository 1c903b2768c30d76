/**
 * File import for the ClickHouse adapter. ClickHouse 18.16 reads neither Parquet nor our column mapping
 * and time formats, so the shared DuckDB reader (`ingest/ingest.ts`) parses and validates the file in a
 * throwaway in-memory DuckDB, and the parsed events are appended to ClickHouse in order, in batches,
 * all or nothing (see `ClickHouseAppender.appendAllOrNothing`).
 */
import { DuckDBInstance } from '@duckdb/node-api';
import type { DuckDBConnection } from '@duckdb/node-api';
import { z } from 'zod';
import type { AnalyticsEventInput } from '../event';
import { ingestFileIntoDuckDb } from '../ingest/ingest';
import type { IngestOptionsInput, IngestReport, ProgressCallback } from '../ingest/options';
import type { AppendBatch } from './append';
import { MAX_ATOMIC_ROWS } from './append';

/**
 * The plain-text `events` table the shared reader fills as it is (see `hasPlainEventsTable` in
 * `duckdb/schema.ts`): the DuckDB store's layout before integer coding.
 * Trap: keep in step with the plain-table insert of `insertSql` in `ingest/parse.ts`.
 */
const SCRATCH_EVENTS_DDL = `CREATE TABLE events (
    seq BIGINT NOT NULL, user_id VARCHAR NOT NULL, ts BIGINT NOT NULL, event VARCHAR NOT NULL,
    channel VARCHAR, session_id VARCHAR, event_id VARCHAR, properties MAP(VARCHAR, VARCHAR))`;

/** Most events read back from the scratch DuckDB per query (several reads fill one append batch). */
export const FILE_BATCH_ROWS = 100_000;

/**
 * Where a file import appends: `ClickHouseAppender` or a wrapper of it. `appendAllOrNothing` runs
 * `write` with sole use of the store's appends and, when `write` throws, removes what it appended
 * before rethrowing.
 */
export interface AllOrNothingAppender {
  appendAllOrNothing(write: (append: AppendBatch) => Promise<void>): Promise<void>;
}

/** Tuning of {@link ingestFileInto}. */
export interface FileImportOptions {
  /**
   * Events per insert, 1 to {@link MAX_ATOMIC_ROWS} (the default). Each insert is one part; tests use
   * tiny batches to exercise the rollback.
   */
  batchRows?: number;
}

const scratchRowSchema = z.object({
  user_id: z.string(),
  ts: z.union([z.number(), z.bigint()]).transform(Number),
  event: z.string(),
  channel: z.string().nullable(),
  session_id: z.string().nullable(),
  event_id: z.string().nullable(),
  props: z.string(),
});

const propsSchema = z.record(z.string(), z.string());

async function readBatch(
  connection: DuckDBConnection,
  afterSeq: number,
  limit: number,
): Promise<{ events: AnalyticsEventInput[]; lastSeq: number }> {
  const reader = await connection.runAndReadAll(
    `SELECT seq, user_id, ts, event, channel, session_id, event_id, CAST(to_json(coalesce(properties, MAP {})) AS VARCHAR) AS props
     FROM events WHERE seq > $1 ORDER BY seq LIMIT $2`,
    [afterSeq, limit],
  );
  let lastSeq = afterSeq;
  const events = reader.getRowObjectsJS().map((raw) => {
    lastSeq = Number(raw.seq);
    const row = scratchRowSchema.parse(raw);
    const event: AnalyticsEventInput = {
      userId: row.user_id,
      timestamp: row.ts,
      event: row.event,
      properties: propsSchema.parse(JSON.parse(row.props)),
    };
    if (row.channel !== null) event.channel = row.channel;
    if (row.session_id !== null) event.sessionId = row.session_id;
    if (row.event_id !== null) event.eventId = row.event_id;
    return event;
  });
  return { events, lastSeq };
}

/**
 * Imports a file through `appender`: parsed and validated by the shared reader (bad rows reported or
 * fatal as the options say), then appended in file order in inserts of `batchRows` events. Duplicate
 * event ids inside the file and against stored events are counted in `duplicates`.
 * All or nothing at any size: a file that fits one batch is one atomic insert; when a later insert of a
 * larger file fails, the earlier ones are deleted again before the error is rethrown (a note on the
 * error names the sequence range left stored if that cleanup fails).
 * Trap: other appends to the store wait until the import's inserts (and any rollback) are done.
 */
export async function ingestFileInto(
  appender: AllOrNothingAppender,
  path: string,
  options: IngestOptionsInput = {},
  onProgress: ProgressCallback = () => {},
  { batchRows = MAX_ATOMIC_ROWS }: FileImportOptions = {},
): Promise<IngestReport> {
  if (!Number.isSafeInteger(batchRows) || batchRows < 1 || batchRows > MAX_ATOMIC_ROWS)
    throw new RangeError(`ingestFileInto: batchRows must be an integer from 1 to ${MAX_ATOMIC_ROWS}`);
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    await connection.run(SCRATCH_EVENTS_DDL);
    const parsed = await ingestFileIntoDuckDb(connection, path, options, onProgress, async () => {});
    const total = parsed.inserted;
    const readRows = Math.min(FILE_BATCH_ROWS, batchRows);
    let inserted = 0;
    await appender.appendAllOrNothing(async (append) => {
      let pending: AnalyticsEventInput[] = [];
      let done = 0;
      const flush = async () => {
        inserted += (await append(pending)).inserted;
        done += pending.length;
        pending = [];
        if (total > batchRows) onProgress({ phase: 'inserting', done, total });
      };
      for (
        let batch = await readBatch(connection, 0, readRows);
        batch.events.length > 0;
        batch = await readBatch(connection, batch.lastSeq, readRows)
      ) {
        for (const event of batch.events) {
          pending.push(event);
          if (pending.length === batchRows) await flush();
        }
      }
      if (pending.length > 0) await flush();
    });
    onProgress({ phase: 'done', done: total, total });
    return { ...parsed, inserted, duplicates: parsed.rows - parsed.skipped - inserted };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
