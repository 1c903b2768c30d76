import { join, resolve } from 'node:path';
import { z } from 'zod';
import type { SqlMapStore } from './pg-core/sql-map-store';
import { openPgliteStore } from './pglite/open-pglite-store';
import { openPostgresStore } from './postgres/open-postgres-store';

/** Where `openMapStore` keeps data when told nothing. */
export const DEFAULT_DATA_DIR = './.waymark';

/** Options of `openMapStore`; both fall back to environment variables. */
export interface OpenMapStoreOptions {
  /** The data directory; PGlite files go in `<dataDir>/pglite`. Default: `WAYMARK_DATA`, then `./.waymark`. */
  dataDir?: string;
  /** A PostgreSQL URL; when set (or `DATABASE_URL` is), PostgreSQL is used instead of PGlite. */
  databaseUrl?: string;
}

/** Which backend `openMapStore` picks, and where its data is. */
export type StoreLocation = { adapter: 'postgresql'; url: string } | { adapter: 'pglite'; dir: string };

const databaseUrlSchema = z
  .string()
  .regex(/^postgres(ql)?:\/\//, 'expected a URL like postgres://user:password@host:5432/database');

/**
 * Decides the backend from options and environment: a database URL (option, then `DATABASE_URL`)
 * selects PostgreSQL; otherwise PGlite in `<dataDir>/pglite`, with the directory made absolute.
 * Empty strings count as unset.
 */
export function resolveStoreLocation(
  options: OpenMapStoreOptions = {},
  env: Record<string, string | undefined> = process.env,
): StoreLocation {
  const url = options.databaseUrl || env.DATABASE_URL;
  if (url) {
    const parsed = databaseUrlSchema.safeParse(url);
    if (!parsed.success) {
      const source = options.databaseUrl ? 'databaseUrl' : 'DATABASE_URL';
      throw new Error(`${source}: ${parsed.error.issues[0]?.message ?? 'invalid URL'}`);
    }
    return { adapter: 'postgresql', url };
  }
  const dataDir = options.dataDir || env.WAYMARK_DATA || DEFAULT_DATA_DIR;
  return { adapter: 'pglite', dir: join(resolve(dataDir), 'pglite') };
}

/**
 * Opens the map store the deployment is configured for (see `resolveStoreLocation`, which reads `env`
 * for what the options leave out), creating the PGlite folder if needed and running schema migrations.
 * Close it when done.
 */
export async function openMapStore(
  options: OpenMapStoreOptions = {},
  env: Record<string, string | undefined> = process.env,
): Promise<SqlMapStore> {
  const location = resolveStoreLocation(options, env);
  return location.adapter === 'postgresql'
    ? await openPostgresStore({ url: location.url })
    : await openPgliteStore(location.dir);
}
