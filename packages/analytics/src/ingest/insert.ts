import type { DuckDBConnection } from '@duckdb/node-api';
import { scalar } from '../duckdb/read-columns';
import type { DedupePlan } from './parse';
import { DUPS_TABLE, insertSql, PARSED_TABLE } from './parse';

/**
 * Decides how much de-duplication a parsed batch needs, cheaply: repeats inside the batch are looked
 * for by grouping 64-bit hashes of the ids (only rows whose hash repeats are compared exactly, and
 * the true repeats are listed in `wm_dups`); stored ids are looked up only when the store holds any,
 * with one semi-join count. The costly anti-join then runs only when an id really is stored.
 */
export async function planDedupe(connection: DuckDBConnection): Promise<DedupePlan> {
  const valid = `FROM ${PARSED_TABLE} WHERE err_reason IS NULL AND event_id IS NOT NULL`;
  const repeatedHashes = `SELECT h FROM (SELECT hash(event_id) AS h ${valid}) GROUP BY h HAVING count(*) > 1`;
  let batch = false;
  if ((await scalar(connection, `SELECT count(*) FROM (${repeatedHashes})`)) > 0) {
    await connection.run(
      `CREATE OR REPLACE TEMP TABLE ${DUPS_TABLE} AS SELECT row_no FROM (
        SELECT row_no, row_number() OVER (PARTITION BY event_id ORDER BY row_no) AS k
        ${valid} AND hash(event_id) IN (${repeatedHashes})) WHERE k > 1`,
    );
    batch = (await scalar(connection, `SELECT count(*) FROM ${DUPS_TABLE}`)) > 0;
  }
  let stored = false;
  const storeHasIds = await scalar(
    connection,
    'SELECT count(*) FROM (SELECT 1 FROM events WHERE event_id IS NOT NULL LIMIT 1)',
  );
  if (storeHasIds > 0) {
    stored =
      (await scalar(
        connection,
        `SELECT count(*) ${valid} AND event_id IN (SELECT event_id FROM events WHERE event_id IS NOT NULL)`,
      )) > 0;
  }
  return { stored, batch };
}

/**
 * Inserts the valid rows of the parsed table into `events` (call inside a transaction), numbering
 * them after the stored events and skipping event ids already stored or repeated in the batch.
 * Returns the number of rows inserted.
 */
export async function insertParsed(connection: DuckDBConnection, hasIds: boolean): Promise<number> {
  try {
    const plan = hasIds ? await planDedupe(connection) : { stored: false, batch: false };
    const base = await scalar(connection, 'SELECT coalesce(max(seq), 0) FROM events');
    const result = await connection.run(insertSql(plan), [base]);
    return result.rowsChanged;
  } finally {
    await connection.run(`DROP TABLE IF EXISTS ${DUPS_TABLE}`);
  }
}
