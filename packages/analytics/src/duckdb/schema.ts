import type { DuckDBConnection } from '@duckdb/node-api';
import { scalar } from './read-columns';

/**
 * The DuckDB store layout. Events are stored dictionary-coded (`wm_events`: integers plus the event id
 * and property map), so an import writes integers instead of ten million strings and the journey index
 * reads integer columns without joins. Each dictionary (`wm_users`, `wm_event_names`, `wm_channels`,
 * `wm_sessions`) gives codes in first-seen order; text order is applied when the index is built.
 * The `events` view decodes rows to the plain event shape for SQL that needs names (trends).
 */

/** The coded events table. */
export const EVENTS_TABLE = 'wm_events';

/** A dictionary table: its name, its text column, and the coded column of `wm_events` it decodes. */
export interface Dictionary {
  readonly table: string;
  readonly column: string;
  readonly code: string;
  /** Whether every event has a value (inner join) or it may be missing (NULL code). */
  readonly required: boolean;
}

/** The dictionaries, in the order the insert joins them. */
export const DICTIONARIES: readonly Dictionary[] = [
  { table: 'wm_users', column: 'user_id', code: 'user_code', required: true },
  { table: 'wm_event_names', column: 'event', code: 'event_code', required: true },
  { table: 'wm_channels', column: 'channel', code: 'channel_code', required: false },
  { table: 'wm_sessions', column: 'session_id', code: 'session_code', required: false },
];

/**
 * Unique text (event ids, user and session ids) is stored without compression: analysing it for
 * FSST/dictionary compression costs more CPU than the whole integer insert and saves little.
 */
const PLAIN = 'USING COMPRESSION uncompressed';

const VIEW = `CREATE OR REPLACE VIEW events AS
SELECT e.seq, u.user_id, e.ts, n.event, c.channel, s.session_id, e.event_id, e.properties
FROM ${EVENTS_TABLE} e
JOIN wm_users u ON u.code = e.user_code
JOIN wm_event_names n ON n.code = e.event_code
LEFT JOIN wm_channels c ON c.code = e.channel_code
LEFT JOIN wm_sessions s ON s.code = e.session_code`;

const TABLES = [
  `CREATE TABLE IF NOT EXISTS ${EVENTS_TABLE} (
    seq BIGINT NOT NULL, user_code INTEGER NOT NULL, ts BIGINT NOT NULL, event_code INTEGER NOT NULL,
    channel_code INTEGER, session_code INTEGER, event_id VARCHAR ${PLAIN}, properties MAP(VARCHAR, VARCHAR))`,
  `CREATE TABLE IF NOT EXISTS wm_users (code INTEGER NOT NULL, user_id VARCHAR NOT NULL ${PLAIN})`,
  `CREATE TABLE IF NOT EXISTS wm_event_names (code INTEGER NOT NULL, event VARCHAR NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS wm_channels (code INTEGER NOT NULL, channel VARCHAR NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS wm_sessions (code INTEGER NOT NULL, session_id VARCHAR NOT NULL ${PLAIN})`,
  `CREATE TABLE IF NOT EXISTS wm_meta (key VARCHAR PRIMARY KEY, value BIGINT NOT NULL)`,
  `INSERT OR IGNORE INTO wm_meta VALUES ('generation', 0)`,
];

/**
 * SQL adding the values of `source` (a table or subquery with the dictionary's text column) that the
 * dictionary lacks, numbered after its largest code.
 */
export function extendDictionarySql(dictionary: Dictionary, source: string): string {
  const { table, column } = dictionary;
  return `INSERT INTO ${table} (code, ${column})
SELECT (SELECT coalesce(max(code), -1) FROM ${table}) + row_number() OVER () AS code, v
FROM (SELECT DISTINCT ${column} AS v FROM ${source} WHERE ${column} IS NOT NULL
      EXCEPT SELECT ${column} FROM ${table})`;
}

/**
 * SQL inserting rows of `source` (columns seq, user_id, ts, event, channel, session_id, event_id,
 * properties) into the coded table, looking codes up in the (already extended) dictionaries.
 * `where` filters the source rows (alias `p`).
 */
export function codedInsertSql(source: string, seq: string, where: string): string {
  const joins = DICTIONARIES.map(
    (d, i) => `${d.required ? 'JOIN' : 'LEFT JOIN'} ${d.table} d${i} ON d${i}.${d.column} = p.${d.column}`,
  ).join('\n');
  return `INSERT INTO ${EVENTS_TABLE} (seq, user_code, ts, event_code, channel_code, session_code, event_id, properties)
SELECT ${seq}, d0.code, p.ts, d1.code, d2.code, d3.code, p.event_id, p.properties
FROM ${source} p
${joins}
WHERE ${where}`;
}

/**
 * Whether `events` is a table of the plain-text layout (a store not yet migrated by `prepareSchema`, or a
 * scratch database such as the ClickHouse adapter's, which the shared reader then fills as it is).
 */
export async function hasPlainEventsTable(connection: DuckDBConnection): Promise<boolean> {
  return (
    (await scalar(
      connection,
      `SELECT count(*) FROM duckdb_tables() WHERE table_name = 'events' AND schema_name = 'main' AND NOT temporary`,
    )) > 0
  );
}

/**
 * Creates the tables and the `events` view, migrating a store of the plain-text layout (an `events`
 * table) to the coded layout in one transaction. Sets the connection's time zone to UTC (the ingest
 * parser relies on it).
 */
export async function prepareSchema(connection: DuckDBConnection): Promise<void> {
  await connection.run(`SET TimeZone = 'UTC'`);
  await connection.run('BEGIN TRANSACTION');
  try {
    for (const statement of TABLES) await connection.run(statement);
    if (await hasPlainEventsTable(connection)) {
      await connection.run('ALTER TABLE events RENAME TO wm_plain_events');
      for (const dictionary of DICTIONARIES)
        await connection.run(extendDictionarySql(dictionary, 'wm_plain_events'));
      await connection.run(codedInsertSql('wm_plain_events', 'p.seq', 'true'));
      await connection.run('DROP TABLE wm_plain_events');
    }
    await connection.run(VIEW);
    await connection.run('COMMIT');
  } catch (error) {
    await connection.run('ROLLBACK');
    throw error;
  }
}
