import type { DuckDBConnection } from '@duckdb/node-api';
import type { FullIndex, TextDictionary } from './index-assemble';
import { assembleIndex } from './index-assemble';
import { readNumericColumns, readTextColumn, scalar } from './read-columns';
import { EVENTS_TABLE } from './schema';

export type { FullIndex } from './index-assemble';

/**
 * SQL that reads the coded index columns in storage order (snapshotted in tests): integers only, no
 * joins and no sort; `assembleIndex` orders rows by user, time and ingestion order in memory.
 */
export const INDEX_SQL = `SELECT user_code, ts::DOUBLE, seq::DOUBLE, event_code, coalesce(channel_code, -1), coalesce(session_code, -1)
FROM ${EVENTS_TABLE}`;

/** Reads a dictionary table in text order (DuckDB's byte order, as the index has always used). */
async function readDictionary(
  connection: DuckDBConnection,
  table: string,
  column: string,
): Promise<TextDictionary> {
  const size = await scalar(connection, `SELECT count(*) FROM ${table}`);
  const codes = new Int32Array(size);
  const order = `FROM ${table} ORDER BY ${column}, code`;
  await readNumericColumns(connection, `SELECT code ${order}`, [], [codes]);
  const texts = await readTextColumn(connection, `SELECT ${column} ${order}`);
  return { codes, texts };
}

/**
 * Builds the journey index of every stored event: the user, name and channel dictionaries in text
 * order, then one scan of the coded integer columns into typed arrays, ordered in memory.
 */
export async function buildFullIndex(connection: DuckDBConnection): Promise<FullIndex> {
  const count = await scalar(connection, `SELECT count(*) FROM ${EVENTS_TABLE}`);
  const users = await readDictionary(connection, 'wm_users', 'user_id');
  const events = await readDictionary(connection, 'wm_event_names', 'event');
  const channels = await readDictionary(connection, 'wm_channels', 'channel');
  const rows = {
    userCodes: new Int32Array(count),
    timestamps: new Float64Array(count),
    seqs: new Float64Array(count),
    eventCodes: new Int32Array(count),
    channelCodes: new Int32Array(count),
    sessionCodes: new Int32Array(count),
  };
  const read = await readNumericColumns(
    connection,
    INDEX_SQL,
    [],
    [rows.userCodes, rows.timestamps, rows.seqs, rows.eventCodes, rows.channelCodes, rows.sessionCodes],
  );
  if (read !== count) throw new Error(`journey index: read ${read} events, expected ${count}`);
  return assembleIndex(rows, users, events, channels);
}
