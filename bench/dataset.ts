import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { generateEventsCsv } from './generate';

/** Folder for generated files (gitignored). */
export const DATA_DIR = join(import.meta.dirname, 'data');

/** The generated CSV of one run, and whether this run generated it or found it. */
export interface Dataset {
  path: string;
  rows: number;
  generatedSeconds: number | null;
}

const manifestSchema = z.object({
  users: z.number().int(),
  eventsPerUser: z.number().int(),
  seed: z.number().int(),
  rows: z.number().int().positive(),
});

/**
 * Returns the seeded CSV for these options, generating it unless bench/data already holds the same
 * seed's complete file. A manifest is written only after the file is complete, so an interrupted
 * generation is never reused.
 */
export async function ensureDataset(options: {
  users: number;
  eventsPerUser: number;
  seed: number;
}): Promise<Dataset> {
  await mkdir(DATA_DIR, { recursive: true });
  const base = join(DATA_DIR, `events-u${options.users}-e${options.eventsPerUser}-s${options.seed}`);
  const path = `${base}.csv`;
  const manifestPath = `${base}.json`;
  if (existsSync(path) && existsSync(manifestPath)) {
    const manifest = manifestSchema.safeParse(JSON.parse(readFileSync(manifestPath, 'utf8')));
    if (
      manifest.success &&
      manifest.data.users === options.users &&
      manifest.data.eventsPerUser === options.eventsPerUser &&
      manifest.data.seed === options.seed
    ) {
      return { path, rows: manifest.data.rows, generatedSeconds: null };
    }
  }
  await rm(manifestPath, { force: true });
  const partial = `${path}.partial`;
  const start = performance.now();
  const { users, eventsPerUser, seed } = options;
  const rows = await generateEventsCsv({ users, eventsPerUser, seed, out: partial });
  await rename(partial, path);
  await writeFile(manifestPath, JSON.stringify({ users, eventsPerUser, seed, rows }));
  return { path, rows, generatedSeconds: (performance.now() - start) / 1000 };
}
