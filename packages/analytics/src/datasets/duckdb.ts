/**
 * Events data sets in the DuckDB store: `wm_datasets`, in the same database as the events, so an
 * import's events and its record commit in one transaction, and a delete removes both in one.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { EARLIER_ROWS_SOURCE, newDataSetId, REVISION_AUTHORS } from '@waymark/domain';
import { EVENTS_TABLE } from '../duckdb/schema';
import type { PlannedDataSet, StoredEventDataSet } from './catalog';
import { isoOrNull } from './catalog';

const TABLE = 'wm_datasets';

const DDL = `CREATE TABLE IF NOT EXISTS ${TABLE} (
  id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, source VARCHAR NOT NULL, content_hash VARCHAR,
  seq_from BIGINT NOT NULL, seq_to BIGINT NOT NULL, ts_from BIGINT, ts_to BIGINT, row_count BIGINT NOT NULL,
  author VARCHAR NOT NULL, created_at VARCHAR NOT NULL)`;

const nullableNumber = (value: unknown): number | null =>
  value === null || value === undefined ? null : Number(value);

/** Every stored data set, oldest first. */
export async function listDuckDbDataSets(connection: DuckDBConnection): Promise<StoredEventDataSet[]> {
  const reader = await connection.runAndReadAll(
    `SELECT id, name, source, content_hash, seq_from, seq_to, ts_from, ts_to, row_count, author, created_at
     FROM ${TABLE} ORDER BY seq_from, created_at`,
  );
  return reader.getRows().map((row) => ({
    dataSet: {
      id: String(row[0]),
      name: String(row[1]),
      kind: 'events' as const,
      source: String(row[2]),
      contentHash: row[3] === null ? null : String(row[3]),
      from: isoOrNull(nullableNumber(row[6])),
      to: isoOrNull(nullableNumber(row[7])),
      rows: Number(row[8]),
      author: String(row[9]),
      createdAt: String(row[10]),
    },
    seqFrom: Number(row[4]),
    seqTo: Number(row[5]),
  }));
}

/**
 * Records the data set of the events stored after `afterSeq` (call inside the import's transaction).
 * Its span and rows are read from those events.
 */
export async function recordDuckDbDataSet(
  connection: DuckDBConnection,
  plan: PlannedDataSet,
  afterSeq: number,
): Promise<void> {
  await connection.run(
    `INSERT INTO ${TABLE}
     SELECT $1, $2, $3, $4, $5 + 1, coalesce(max(seq), $5), min(ts), max(ts), count(*), $6, $7
     FROM ${EVENTS_TABLE} WHERE seq > $5`,
    [plan.id, plan.name, plan.source, plan.contentHash, afterSeq, plan.author, plan.createdAt],
  );
}

/** The highest stored sequence number (0 when empty). */
export async function lastDuckDbSeq(connection: DuckDBConnection): Promise<number> {
  const reader = await connection.runAndReadAll(`SELECT coalesce(max(seq), 0) FROM ${EVENTS_TABLE}`);
  return Number(reader.getRows()[0]?.[0] ?? 0);
}

/** Renames a data set (one statement). */
export async function renameDuckDbDataSet(
  connection: DuckDBConnection,
  id: string,
  name: string,
): Promise<void> {
  await connection.run(`UPDATE ${TABLE} SET name = $1 WHERE id = $2`, [name, id]);
}

/** Deletes a data set's events and its record; call inside a transaction. */
export async function deleteDuckDbDataSet(
  connection: DuckDBConnection,
  entry: StoredEventDataSet,
): Promise<void> {
  await connection.run(`DELETE FROM ${EVENTS_TABLE} WHERE seq BETWEEN $1 AND $2`, [
    entry.seqFrom,
    entry.seqTo,
  ]);
  await connection.run(`DELETE FROM ${TABLE} WHERE id = $1`, [entry.dataSet.id]);
}

/**
 * Creates the data set table and gathers events that no data set holds (a store from before data
 * sets, or events appended without a file) into one data set named after `EARLIER_ROWS_SOURCE`.
 * Runs when the store opens, in one transaction.
 */
export async function prepareDuckDbDataSets(connection: DuckDBConnection): Promise<void> {
  await connection.run('BEGIN TRANSACTION');
  try {
    await connection.run(DDL);
    const covered = await connection.runAndReadAll(`SELECT coalesce(max(seq_to), 0) FROM ${TABLE}`);
    const afterSeq = Number(covered.getRows()[0]?.[0] ?? 0);
    if ((await lastDuckDbSeq(connection)) > afterSeq) {
      await connection.run(
        `INSERT INTO ${TABLE}
         SELECT $1, $2, $3, NULL, $4 + 1, max(seq), min(ts), max(ts), count(*), $5, $6
         FROM ${EVENTS_TABLE} WHERE seq > $4`,
        [
          newDataSetId(),
          afterSeq === 0 ? 'Events' : `Events added at ${new Date().toISOString().slice(0, 10)}`,
          EARLIER_ROWS_SOURCE,
          afterSeq,
          REVISION_AUTHORS.unknown,
          new Date().toISOString(),
        ],
      );
    }
    await connection.run('COMMIT');
  } catch (error) {
    await connection.run('ROLLBACK');
    throw error;
  }
}
