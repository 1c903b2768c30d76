/**
 * File import for the ClickHouse adapter. ClickHouse 18.16 reads neither Parquet nor our column mapping
 * and time formats, so the shared DuckDB reader (`ingest/ingest.ts`) parses and validates the file in a
 * throwaway in-memory DuckDB, and the parsed events are appended to ClickHouse in order, in batches.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import type { DuckDBConnection } from '@duckdb/node-api';
import { z } from 'zod';
import type { AnalyticsEventInput, AppendResult } from '../event';
import { ingestFileIntoDuckDb } from '../ingest/ingest';
import type { IngestOptionsInput, IngestReport, ProgressCallback } from '../ingest/options';
import { MAX_ATOMIC_ROWS } from './append';

/**
 * The `events` table the shared reader inserts into (same columns as the DuckDB adapter's table).
 * Trap: keep in step with `duckdb/store.ts`; ask for a shared export if it changes.
 */
const SCRATCH_EVENTS_DDL = `CREATE TABLE events (
    seq BIGINT NOT NULL, user_id VARCHAR NOT NULL, ts BIGINT NOT NULL, event VARCHAR NOT NULL,
    channel VARCHAR, session_id VARCHAR, event_id VARCHAR, properties MAP(VARCHAR, VARCHAR))`;

/** Events read back from the scratch DuckDB per batch appended to ClickHouse. */
export const FILE_BATCH_ROWS = 100_000;

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
): Promise<{ events: AnalyticsEventInput[]; lastSeq: number }> {
  const reader = await connection.runAndReadAll(
    `SELECT seq, user_id, ts, event, channel, session_id, event_id, CAST(to_json(coalesce(properties, MAP {})) AS VARCHAR) AS props
     FROM events WHERE seq > $1 ORDER BY seq LIMIT ${FILE_BATCH_ROWS}`,
    [afterSeq],
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
 * Imports a file through `append`: parsed and validated by the shared reader (bad rows reported or
 * fatal as the options say), then appended in file order. Duplicate event ids inside the file and
 * against stored events are counted in `duplicates`.
 * Trap: a file of at most 1,000,000 valid events is written all-or-nothing; a larger file is written
 * in batches, and a failure part-way leaves the earlier batches stored.
 */
export async function ingestFileInto(
  append: (batch: readonly AnalyticsEventInput[]) => Promise<AppendResult>,
  path: string,
  options: IngestOptionsInput = {},
  onProgress: ProgressCallback = () => {},
): Promise<IngestReport> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    await connection.run(SCRATCH_EVENTS_DDL);
    const parsed = await ingestFileIntoDuckDb(connection, path, options, onProgress, async () => {});
    const total = parsed.inserted;
    let inserted = 0;
    if (total <= MAX_ATOMIC_ROWS) {
      const all: AnalyticsEventInput[] = [];
      for (
        let batch = await readBatch(connection, 0);
        batch.events.length > 0;
        batch = await readBatch(connection, batch.lastSeq)
      ) {
        for (const event of batch.events) all.push(event);
      }
      inserted = (await append(all)).inserted;
    } else {
      let done = 0;
      for (
        let batch = await readBatch(connection, 0);
        batch.events.length > 0;
        batch = await readBatch(connection, batch.lastSeq)
      ) {
        inserted += (await append(batch.events)).inserted;
        done += batch.events.length;
        onProgress({ phase: 'inserting', done, total });
      }
    }
    onProgress({ phase: 'done', done: total, total });
    return { ...parsed, inserted, duplicates: parsed.rows - parsed.skipped - inserted };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
