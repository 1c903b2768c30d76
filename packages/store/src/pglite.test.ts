import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { storeConformanceTests } from './conformance';
import { openMapStore } from './open-map-store';

// These tests are about PGlite even where the environment names a PostgreSQL server.
delete process.env.DATABASE_URL;

// One PGlite folder for the whole file: its first open runs initdb, which takes seconds.
const dataDir = await mkdtemp(join(tmpdir(), 'waymark-store-pglite-'));
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

storeConformanceTests('pglite', () => openMapStore({ dataDir }));

describe('PGlite adapter', () => {
  it('keeps data in <dataDir>/pglite and refuses a second open of the same folder', async () => {
    const store = await openMapStore({ dataDir });
    try {
      expect(store.adapter).toBe('pglite');
      await expect(openMapStore({ dataDir })).rejects.toThrow(
        `the data folder ${join(dataDir, 'pglite')} is in use by this process`,
      );
    } finally {
      await store.close();
    }
    const again = await openMapStore({ dataDir });
    await again.close();
  });
});
