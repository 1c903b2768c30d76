import { migrate } from '../pg-core/migrations';
import { SqlMapStore } from '../pg-core/sql-map-store';
import type { PostgresDriverOptions } from './postgres-driver';
import { redactUrl } from './redact-url';

/**
 * Opens a store on a PostgreSQL database and brings its schema up to date (several processes may
 * open the same database; migrations take an advisory lock). Fails with the URL (password hidden)
 * when the server cannot be reached.
 */
export async function openPostgresStore(options: PostgresDriverOptions): Promise<SqlMapStore> {
  // Loaded here, not at the top, so a PGlite deployment never loads node-postgres.
  const { createPostgresDriver } = await import('./postgres-driver');
  const driver = createPostgresDriver(options);
  try {
    await migrate(driver);
  } catch (error) {
    await driver.close();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`could not open the PostgreSQL store at ${redactUrl(options.url)}: ${reason}`, {
      cause: error,
    });
  }
  return new SqlMapStore(driver, driver);
}
