import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { migrate } from '../pg-core/migrations';
import type { SqlDriver } from '../pg-core/sql-client';
import { SqlMapStore } from '../pg-core/sql-map-store';
import { lockFolder } from './folder-lock';

/**
 * Opens (creating if needed) an embedded store in `dataDir` — the folder PGlite keeps its files in,
 * normally `<data dir>/pglite` — and brings its schema up to date.
 * A lock file `<dataDir>.lock` keeps a second process (or a second open in this one) out until
 * `close()`; a lock left by a killed process is taken over.
 */
export async function openPgliteStore(dataDir: string): Promise<SqlMapStore> {
  const folder = resolve(dataDir);
  await mkdir(dirname(folder), { recursive: true });
  const lock = await lockFolder(`${folder}.lock`, folder);
  let driver: SqlDriver | undefined;
  try {
    // Loaded here, not at the top: PGlite is large, and a PostgreSQL deployment never needs it.
    const { createPgliteDriver } = await import('./pglite-driver');
    driver = await createPgliteDriver(folder);
    await migrate(driver);
  } catch (error) {
    await driver?.close();
    await lock.release();
    throw error;
  }
  const opened = driver;
  const locked: SqlDriver = {
    dialect: opened.dialect,
    query: (sql, params) => opened.query(sql, params),
    transaction: (work) => opened.transaction(work),
    async close() {
      try {
        await opened.close();
      } finally {
        await lock.release();
      }
    },
  };
  return new SqlMapStore(locked, locked);
}
