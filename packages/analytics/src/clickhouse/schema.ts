/**
 * The ClickHouse 18.16 table layout of the event store. 18.16 has no DateTime64, Map, JSON or Nullable
 * in sort keys worth using, so: time is Int64 epoch milliseconds, absent channel/session/event id is the
 * empty string (real values have at least one character), and properties are two parallel arrays.
 */
import type { ClickHouseHttp } from './http';
import { quoteIdentifier } from './escape';

/** Name of the events table inside the store's database. */
export const EVENTS_TABLE = 'events';

/**
 * One row as inserted with `FORMAT JSONEachRow`. `prop_values[i]` is the text of `prop_keys[i]`
 * (see `propertyText`). Rows are sorted by user, time and ingestion sequence, the order every journey
 * index needs.
 */
export interface EventRow {
  user_id: string;
  ts: number;
  seq: number;
  event: string;
  channel: string;
  session_id: string;
  event_id: string;
  prop_keys: string[];
  prop_values: string[];
}

/** `database`.`table`, both validated identifiers. */
export function qualifiedTable(database: string, table: string): string {
  return `${quoteIdentifier(database)}.${quoteIdentifier(table)}`;
}

/**
 * DDL of the events table. No time partitioning: the accepted time range (years 1..9999) lies far outside
 * 18.16's Date/DateTime range (1970..2106), so periods are computed with integer arithmetic instead.
 */
export function createEventsTableSql(database: string): string {
  return `CREATE TABLE IF NOT EXISTS ${qualifiedTable(database, EVENTS_TABLE)}
(
    user_id String,
    ts Int64,
    seq UInt64,
    event String,
    channel String,
    session_id String,
    event_id String,
    prop_keys Array(String),
    prop_values Array(String)
)
ENGINE = MergeTree()
ORDER BY (user_id, ts, seq)`;
}

/** Creates the database and the events table when missing. Idempotent. */
export async function ensureSchema(http: ClickHouseHttp, database: string): Promise<void> {
  await http.exec(`CREATE DATABASE IF NOT EXISTS ${quoteIdentifier(database)}`);
  await http.exec(createEventsTableSql(database));
}
