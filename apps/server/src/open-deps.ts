import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openEventStore } from '@waymark/analytics';
import type { EventStore } from '@waymark/analytics';
import { DEFAULT_DATA_DIR, openMapStore, resolveStoreLocation } from '@waymark/store';
import type { AppDeps } from './deps';
import { DEMO_WORKSPACE_ID, seedDemo } from './demo/seed';
import { parseAllowedHosts } from './http/request-guards';
import type { SeedReport } from './demo/seed';

/** Where the server keeps data and which backends it uses; each falls back to the environment. */
export interface ServerConfig {
  /** Data directory for PGlite and DuckDB. Default `WAYMARK_DATA`, then `./.waymark`. */
  dataDir?: string;
  /** PostgreSQL URL for maps. Default `DATABASE_URL`. */
  databaseUrl?: string;
  /** ClickHouse HTTP URL for events. Default `CLICKHOUSE_URL`. */
  clickhouseUrl?: string;
  /** Seed the demo workspace on first start (default true). */
  seed?: boolean;
  /** Built web app folder (default `apps/web/dist`). */
  webDist?: string;
  /** Extra host names to answer for, comma-separated. Default `WAYMARK_HOSTS`. */
  hosts?: string;
}

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** The dependencies the server runs on plus a way to close them and what seeding did. */
export interface OpenedDeps {
  deps: AppDeps;
  seed: SeedReport | undefined;
  close(): Promise<void>;
}

/**
 * Opens the map store (PGlite in the data directory, or PostgreSQL) and the event store (DuckDB in
 * the data directory, or ClickHouse), seeds the demo workspace when the store is empty, and picks
 * the default workspace. Close the result when done.
 */
export async function openDeps(
  config: ServerConfig = {},
  env: NodeJS.ProcessEnv = process.env,
): Promise<OpenedDeps> {
  // Checked first: a bad WAYMARK_HOSTS stops the start before any store is opened.
  const hosts = parseAllowedHosts(config.hosts ?? env.WAYMARK_HOSTS);
  const dataDir = resolve(config.dataDir || env.WAYMARK_DATA || DEFAULT_DATA_DIR);
  const databaseUrl = config.databaseUrl || env.DATABASE_URL || undefined;
  const clickhouseUrl = config.clickhouseUrl || env.CLICKHOUSE_URL || undefined;
  const storeOptions = { dataDir, ...(databaseUrl ? { databaseUrl } : {}) };
  // Both read the same environment, so the reported backend is the one opened.
  const location = resolveStoreLocation(storeOptions, env);
  const maps = await openMapStore(storeOptions, env);
  let events: EventStore | undefined;
  try {
    // ClickHouse when a URL is given, else DuckDB in `<dataDir>/events.duckdb`.
    events = await openEventStore(clickhouseUrl ? { clickhouseUrl } : { dataDir }, {});
  } catch (error) {
    await maps.close();
    throw error;
  }
  const seed = config.seed === false ? undefined : await seedDemo(maps, events);
  const workspaces = await maps.listWorkspaces();
  let defaultWorkspaceId = workspaces.find((w) => w.id === DEMO_WORKSPACE_ID)?.id ?? workspaces[0]?.id;
  if (!defaultWorkspaceId) {
    defaultWorkspaceId = (await maps.createWorkspace({ id: 'default', name: 'My workspace', locale: 'en' }))
      .id;
  }
  const deps: AppDeps = {
    maps,
    events,
    defaultWorkspaceId,
    webDist: config.webDist ?? join(repoRoot, 'apps/web/dist'),
    backends: {
      mapStore: location.adapter === 'postgresql' ? 'postgres' : 'pglite',
      eventStore: !events ? 'none' : clickhouseUrl ? 'clickhouse' : 'duckdb',
    },
    version: packageVersion(),
    hosts,
  };
  return {
    deps,
    seed,
    close: async () => {
      await closeChromium();
      await events?.close();
      await maps.close();
    },
  };
}

/** Closes the PNG/PDF renderer if an export started it. */
async function closeChromium(): Promise<void> {
  const chromium = await import('@waymark/render/chromium');
  await chromium.closeRenderer();
}

function packageVersion(): string {
  try {
    const text = readFileSync(join(repoRoot, 'package.json'), 'utf8');
    const parsed: unknown = JSON.parse(text);
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      'version' in parsed &&
      typeof parsed.version === 'string'
    ) {
      return parsed.version;
    }
  } catch {
    // fall through
  }
  return '0.0.0';
}
