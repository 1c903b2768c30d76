import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { DuckDBConnection } from '@duckdb/node-api';
import { openDuckDbEventStore } from '@waymark/analytics';
import type { DuckDbEventStore } from '@waymark/analytics';
import { loadSql } from './baseline-sql';
import { DATA_DIR } from './dataset';

/** Data directory of the Waymark store the benchmark builds (replaced on every ingest run). */
export const STORE_DIR = join(DATA_DIR, 'waymark-store');
/** Database file of the SQL baseline (replaced on every load run). */
export const BASELINE_FILE = join(DATA_DIR, 'baseline.duckdb');

/**
 * Ingests the CSV into a fresh on-disk Waymark DuckDB store. `ingestFile` validates, de-duplicates by
 * event id, inserts, then builds and persists the journey index, so the returned store is ready to query.
 */
export async function waymarkIngest(csvPath: string): Promise<{ store: DuckDbEventStore; rows: number }> {
  await rm(STORE_DIR, { recursive: true, force: true });
  const store = await openDuckDbEventStore({ dataDir: STORE_DIR });
  const report = await store.ingestFile(csvPath);
  if (report.skipped > 0 || report.duplicates > 0)
    throw new Error(
      `${csvPath}: Waymark skipped ${report.skipped} and de-duplicated ${report.duplicates} rows; expected none`,
    );
  return { store, rows: report.inserted };
}

/** The open baseline database and its connection. */
export interface Baseline {
  instance: DuckDBInstance;
  connection: DuckDBConnection;
}

/**
 * Loads the CSV into a fresh DuckDB database with the baseline's own `read_csv` statement: on disk at
 * `BASELINE_FILE` (replaced), or in memory when `database` is `':memory:'`.
 */
export async function baselineLoad(csvPath: string, database = BASELINE_FILE): Promise<Baseline> {
  if (database !== ':memory:') await removeBaseline(database);
  const instance = await DuckDBInstance.create(database);
  const connection = await instance.connect();
  await connection.run(loadSql(csvPath));
  return { instance, connection };
}

/** Number of events in the baseline table (untimed check after a load). */
export async function baselineRows(baseline: Baseline): Promise<number> {
  const value = (await baseline.connection.runAndReadAll('SELECT count(*) FROM ev')).getRows()[0]?.[0];
  return Number(value ?? 0);
}

/** Closes a baseline database. */
export function closeBaseline(baseline: Baseline): void {
  baseline.connection.closeSync();
  baseline.instance.closeSync();
}

/** Deletes a baseline database file and its write-ahead log. */
export async function removeBaseline(database = BASELINE_FILE): Promise<void> {
  await rm(database, { force: true });
  await rm(`${database}.wal`, { force: true });
}
