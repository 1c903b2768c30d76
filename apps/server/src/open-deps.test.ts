import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDeps } from './open-deps';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('openDeps', () => {
  it('opens and reports the map store of the environment it is given, not the process environment', async () => {
    // A PostgreSQL URL in the process environment that nothing listens on: it must not be used.
    vi.stubEnv('DATABASE_URL', 'postgres://nobody@127.0.0.1:1/none');
    const dataDir = await mkdtemp(join(tmpdir(), 'waymark-open-deps-'));
    try {
      const opened = await openDeps({ dataDir, seed: false, webDist: dataDir }, {});
      try {
        expect(opened.deps.backends.mapStore).toBe('pglite');
        expect((await opened.deps.maps.listWorkspaces()).map((w) => w.id)).toEqual(['default']);
      } finally {
        await opened.close();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
