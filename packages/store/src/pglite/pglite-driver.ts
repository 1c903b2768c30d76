import type { Transaction } from '@electric-sql/pglite';
import { PGlite } from '@electric-sql/pglite';
import { mkdir, open } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import type { QueryFn, SqlDriver, SqlParam, SqlResult } from '../pg-core/sql-client';
import { transactionScope } from '../pg-core/sql-client';

/**
 * The embedded PostgreSQL driver: PGlite (Postgres compiled to WebAssembly) storing its files in a
 * folder on disk. One process may open a folder at a time.
 *
 * Durability: PGlite's default start flags include `-F` (fsync off), and its Node filesystem turns
 * fsync into a no-op anyway. Committed WAL is written to the OS before a commit returns, so it
 * survives the process being killed; to survive power loss too, every committed transaction here
 * also fdatasyncs the current WAL segment itself before returning.
 * Trap: the first open of an empty folder runs initdb and takes several seconds.
 */
export async function createPgliteDriver(dataDir: string): Promise<SqlDriver> {
  const dir = resolve(dataDir);
  await mkdir(dir, { recursive: true });
  const db = await PGlite.create({
    dataDir: dir,
    relaxedDurability: false,
    // Without -F (fsync off); commits wait for their WAL write (never asynchronous commit).
    startParams: [
      ...PGlite.defaultStartParams.filter((param) => param !== '-F'),
      '-c',
      'synchronous_commit=on',
    ],
  });
  const walFile = z.object({ file: z.string().regex(/^[0-9A-F]{24}$/) });
  let lastWalFile: string | undefined;

  async function fdatasync(path: string): Promise<void> {
    const handle = await open(path, 'r');
    try {
      await handle.datasync();
    } finally {
      await handle.close();
    }
  }

  /** Flushes the WAL segment holding the last commit (and the previous one after a switch). */
  async function syncWal(): Promise<void> {
    const result = await db.query<Record<string, unknown>>(
      'SELECT pg_walfile_name(pg_current_wal_lsn()) AS file',
    );
    const { file } = walFile.parse(result.rows[0]);
    if (lastWalFile !== undefined && lastWalFile !== file) {
      await fdatasync(join(dir, 'pg_wal', lastWalFile)).catch(() => undefined); // may be recycled already
    }
    await fdatasync(join(dir, 'pg_wal', file));
    if (lastWalFile !== file) await fdatasync(join(dir, 'pg_wal'));
    lastWalFile = file;
  }

  return {
    dialect: 'pglite',
    query: queryOn(db),
    async transaction(work) {
      const result = await db.transaction((tx) => work(transactionScope(queryOn(tx))));
      await syncWal();
      return result;
    },
    async close() {
      await db.close();
    },
  };
}

/** The `SqlClient` query function over PGlite or one of its transactions. */
function queryOn(target: Pick<Transaction, 'query'>): QueryFn {
  return async (sql: string, params: readonly SqlParam[] = []): Promise<SqlResult> => {
    const result = await target.query<Record<string, unknown>>(sql, [...params]);
    return { rows: result.rows };
  };
}
