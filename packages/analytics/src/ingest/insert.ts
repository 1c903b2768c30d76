import type { DuckDBConnection } from '@duckdb/node-api';
import { scalar } from '../duckdb/read-columns';
import { DICTIONARIES, EVENTS_TABLE, extendDictionarySql, hasPlainEventsTable } from '../duckdb/schema';
import type { DedupePlan } from './parse';
import { DUPS_TABLE, insertSql, PARSED_TABLE } from './parse';

/**
 * Decides how much de-duplication a parsed batch needs, cheaply: repeats inside the batch are looked
 * for by grouping 64-bit hashes of the ids once (the repeating hashes are kept in a small table; only
 * rows whose hash repeats are compared exactly, and the true repeats are listed in `wm_dups`); stored ids are looked up only when the store holds any,
 * with one semi-join count. The costly anti-join then runs only when an id really is stored.
 */
export async function planDedupe(connection: DuckDBConnection, table: string): Promise<DedupePlan> {
  const valid = `FROM ${PARSED_TABLE} WHERE err IS NULL AND event_id IS NOT NULL`;
  let batch = false;
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE ${REPEATS_TABLE} AS SELECT h FROM (SELECT hash(event_id) AS h ${valid}) GROUP BY h HAVING count(*) > 1`,
  );
  try {
    if ((await scalar(connection, `SELECT count(*) FROM ${REPEATS_TABLE}`)) > 0) {
      await connection.run(
        `CREATE OR REPLACE TEMP TABLE ${DUPS_TABLE} AS SELECT row_no FROM (
        SELECT rowid AS row_no, row_number() OVER (PARTITION BY event_id ORDER BY rowid) AS k
        ${valid} AND hash(event_id) IN (SELECT h FROM ${REPEATS_TABLE})) WHERE k > 1`,
      );
      batch = (await scalar(connection, `SELECT count(*) FROM ${DUPS_TABLE}`)) > 0;
    }
  } finally {
    await connection.run(`DROP TABLE IF EXISTS ${REPEATS_TABLE}`);
  }
  let stored = false;
  const storeHasIds = await scalar(
    connection,
    `SELECT count(*) FROM (SELECT 1 FROM ${table} WHERE event_id IS NOT NULL LIMIT 1)`,
  );
  if (storeHasIds > 0) {
    stored =
      (await scalar(
        connection,
        `SELECT count(*) ${valid} AND event_id IN (SELECT event_id FROM ${table} WHERE event_id IS NOT NULL)`,
      )) > 0;
  }
  return { stored, batch };
}

/** Temporary table of event-id hashes that repeat inside a batch (usually empty or tiny). */
const REPEATS_TABLE = 'wm_repeats';

/**
 * Inserts the valid rows of the parsed table into the coded events table (call inside a transaction):
 * the dictionaries gain the batch's new names first, rows are numbered after the stored events, and
 * event ids already stored or repeated in the batch are skipped. A plain-text `events` table (the
 * ClickHouse adapter's scratch database) is filled as it is.
 * Returns the number of rows inserted.
 */
export async function insertParsed(connection: DuckDBConnection, hasIds: boolean): Promise<number> {
  try {
    const plain = await hasPlainEventsTable(connection);
    const table = plain ? 'events' : EVENTS_TABLE;
    const plan = hasIds ? await planDedupe(connection, table) : { stored: false, batch: false };
    const base = await scalar(connection, `SELECT coalesce(max(seq), 0) FROM ${table}`);
    if (!plain) {
      const valid = `(SELECT * FROM ${PARSED_TABLE} WHERE err IS NULL)`;
      for (const dictionary of DICTIONARIES) await connection.run(extendDictionarySql(dictionary, valid));
    }
    const result = await connection.run(insertSql(plan, plain), [base]);
    return result.rowsChanged;
  } finally {
    await connection.run(`DROP TABLE IF EXISTS ${DUPS_TABLE}`);
  }
}
