import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { printJson, printLines } from '../output';
import { DEFAULT_WORKSPACE, dataDirOf, ensureWorkspace, withStore } from '../store-context';

/**
 * `waymark init`: creates the data directory (or, with DATABASE_URL, the schema in PostgreSQL) and the
 * default workspace. Safe to run again.
 */
export function registerInit(program: Command): void {
  program
    .command('init')
    .description(`create the data directory and the "${DEFAULT_WORKSPACE}" workspace (idempotent)`)
    .option('--json', 'print the result as JSON')
    .action(async (options: { json?: boolean }, command: Command) => {
      const dir = resolve(dataDirOf(command));
      if (!process.env.DATABASE_URL) await mkdir(dir, { recursive: true });
      const created = await withStore(command, async (store) => {
        const existed = Boolean(await store.getWorkspace(DEFAULT_WORKSPACE));
        await ensureWorkspace(store, DEFAULT_WORKSPACE);
        return !existed;
      });
      const url = process.env.DATABASE_URL;
      const { redactUrl } = await import('@waymark/store');
      const where = url ? `PostgreSQL ${redactUrl(url)}` : dir;
      if (options.json) {
        const place = url ? { database: redactUrl(url) } : { dataDir: dir };
        printJson({ ...place, workspace: DEFAULT_WORKSPACE, created });
      } else {
        printLines(
          created
            ? `initialized ${where} (workspace "${DEFAULT_WORKSPACE}")`
            : `already initialized: ${where}`,
        );
      }
    });
}
