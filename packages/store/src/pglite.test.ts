import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { storeConformanceTests } from './conformance';
import { openMapStore } from './open-map-store';
import { migrate, migrations } from './pg-core/migrations';
import { createPgliteDriver } from './pglite/pglite-driver';

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

describe('migration 4: images', () => {
  it('drops card images and avatars on other hosts (and SVGs) from stored documents, keeping the rest', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'waymark-store-migrate-'));
    const driver = await createPgliteDriver(dir);
    try {
      await migrate(
        driver,
        migrations.filter((m) => m.id < 4),
      );
      const png = 'data:image/png;base64,iVBORw0KGgo=';
      const stored = `/api/images/${'a'.repeat(64)}`;
      const items = [
        { id: 'remote', image: 'https://tracker.example/p.png', text: 'kept' },
        { id: 'svg', image: 'data:image/svg+xml;base64,PHN2Zz4=' },
        { id: 'inline', image: png },
        { id: 'upload', image: stored },
        { id: 'plain' },
      ];
      const doc = JSON.stringify({ id: 'j1', title: 'Old', items });
      await driver.query(`INSERT INTO workspaces (id, doc) VALUES ('w', '{"id":"w","name":"W"}')`);
      await driver.query(
        `INSERT INTO journeys (id, workspace_id, doc, revision) VALUES ('j1', 'w', $1::jsonb, 1)`,
        [doc],
      );
      await driver.query(
        `INSERT INTO journey_revisions (journey_id, revision, doc, action, author) VALUES ('j1', 1, $1::jsonb, 'create', 'x')`,
        [doc],
      );
      for (const [id, avatar] of [
        ['p1', 'http://tracker.example/a.png'],
        ['p2', png],
      ] as const) {
        const persona = JSON.stringify({ id, name: id, avatar });
        await driver.query(
          `INSERT INTO personas (id, workspace_id, doc, revision) VALUES ($1, 'w', $2::jsonb, 1)`,
          [id, persona],
        );
        await driver.query(
          `INSERT INTO persona_revisions (persona_id, revision, doc, action, author) VALUES ($1, 1, $2::jsonb, 'create', 'x')`,
          [id, persona],
        );
      }
      expect(await migrate(driver)).toEqual(migrations.filter((m) => m.id >= 4).map((m) => m.id));
      const expected = [
        { id: 'remote', text: 'kept' },
        { id: 'svg' },
        { id: 'inline', image: png },
        { id: 'upload', image: stored },
        { id: 'plain' },
      ];
      for (const table of ['journeys', 'journey_revisions']) {
        const { rows } = await driver.query(`SELECT doc FROM ${table}`);
        expect(rows.map((r) => (r.doc as { items: unknown }).items)).toEqual([expected]);
      }
      for (const table of ['personas', 'persona_revisions']) {
        const { rows } = await driver.query(`SELECT doc FROM ${table} ORDER BY doc->>'id'`);
        expect(rows.map((r) => r.doc)).toEqual([
          { id: 'p1', name: 'p1' },
          { id: 'p2', name: 'p2', avatar: png },
        ]);
      }
    } finally {
      await driver.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
