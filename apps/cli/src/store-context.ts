import type { Command } from 'commander';
import type { MapStore } from '@waymark/store';
import { cliContext } from './cli-context';

/** Options every command inherits from the root program. */
export interface GlobalOptions {
  /** `--data <dir>`; else WAYMARK_DATA, else ./.waymark (resolved by the store). */
  data?: string;
}

/** The data directory in effect for a command: `--data`, then WAYMARK_DATA, then `./.waymark`. */
export function dataDirOf(command: Command): string {
  const options: GlobalOptions = command.optsWithGlobals();
  return options.data || process.env.WAYMARK_DATA || './.waymark';
}

/**
 * Opens the map store configured for this command (DATABASE_URL selects PostgreSQL, else PGlite in
 * the data directory), runs `work`, and closes the store whatever happens. The store package is
 * imported here, lazily, so commands that need no store start fast. A store handed in by a `runCli`
 * caller is used instead, and left open.
 */
export async function withStore<T>(command: Command, work: (store: MapStore) => Promise<T>): Promise<T> {
  const given = cliContext().mapStore;
  if (given) return work(given);
  const { openMapStore } = await import('@waymark/store');
  // DATABASE_URL is read by the store itself, so its messages name the variable.
  const store = await openMapStore({ dataDir: dataDirOf(command) });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** The workspace every CLI command uses unless told otherwise; `init` creates it. */
export const DEFAULT_WORKSPACE = 'default';

/**
 * Makes sure a workspace exists: the default one is created on first use, any other must exist.
 */
export async function ensureWorkspace(store: MapStore, id: string): Promise<void> {
  if (await store.getWorkspace(id)) return;
  if (id !== DEFAULT_WORKSPACE) {
    throw new Error(`workspace "${id}" does not exist (run \`waymark init\` for the default workspace)`);
  }
  await store.createWorkspace({ id: DEFAULT_WORKSPACE, name: 'Default', locale: 'en' });
}
