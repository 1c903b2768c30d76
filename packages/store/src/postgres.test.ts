import { ValidationError } from '@waymark/domain';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PostgresTestServer } from '../../../scripts/test-servers/postgres';
import { startPostgres } from '../../../scripts/test-servers/postgres';
import { storeConformanceTests } from './conformance';
import { openMapStore, resolveStoreLocation } from './open-map-store';
import { migrate, migrations, schemaIsCurrent } from './pg-core/migrations';
import { createPostgresDriver } from './postgres/postgres-driver';
import { openPostgresStore } from './postgres/open-postgres-store';
import { makeJourney, makeWorkspace } from './test-factories';

// One throwaway PostgreSQL 15 for the whole file; the suite uses fresh ids instead of resets.
let server: PostgresTestServer | undefined;
beforeAll(async () => {
  server = await startPostgres();
});
afterAll(async () => {
  await server?.stop();
});

function url(): string {
  if (server === undefined) throw new Error('PostgreSQL test server did not start');
  return server.url;
}

/** Creates an empty database on the test server and returns its URL. */
async function createDatabase(name: string): Promise<string> {
  const admin = new pg.Client(url());
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return url().replace(/\/[^/]*$/, `/${name}`);
}

storeConformanceTests('postgresql', () => openMapStore({ databaseUrl: url() }));

describe('PostgreSQL adapter', () => {
  it('picks PostgreSQL from DATABASE_URL, and PGlite without it', () => {
    expect(resolveStoreLocation({}, { DATABASE_URL: url() })).toEqual({ adapter: 'postgresql', url: url() });
    expect(resolveStoreLocation({ dataDir: '/srv/waymark' }, {})).toEqual({
      adapter: 'pglite',
      dir: '/srv/waymark/pglite',
    });
    expect(resolveStoreLocation({}, { WAYMARK_DATA: '/data' })).toEqual({
      adapter: 'pglite',
      dir: '/data/pglite',
    });
    expect(() => resolveStoreLocation({}, { DATABASE_URL: 'mysql://x' })).toThrow(
      /DATABASE_URL: expected a URL like postgres:/,
    );
  });

  it('opens through DATABASE_URL', async () => {
    const saved = process.env.DATABASE_URL;
    process.env.DATABASE_URL = url();
    try {
      const store = await openMapStore();
      expect(store.adapter).toBe('postgresql');
      await store.close();
    } finally {
      if (saved === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = saved;
    }
  });

  it('applies migrations once and refuses a database from a newer version', async () => {
    const driver = createPostgresDriver({ url: url() });
    try {
      expect(await migrate(driver)).toEqual([]);
      const { rows } = await driver.query('SELECT id FROM schema_migrations ORDER BY id');
      expect(rows).toEqual(migrations.map((m) => ({ id: m.id })));
      await expect(migrate(driver, [])).rejects.toThrow(/written by a newer Waymark/);
    } finally {
      await driver.close();
    }
  });

  it('skips migrating an up-to-date database, and still applies a new migration', async () => {
    const probeUrl = await createDatabase('migration_probe');
    const driver = createPostgresDriver({ url: probeUrl });
    try {
      expect(await schemaIsCurrent(driver)).toBe(false);
      expect(await migrate(driver)).toEqual(migrations.map((m) => m.id));
      expect(await schemaIsCurrent(driver)).toBe(true);
      expect(await migrate(driver)).toEqual([]);
      const next = [...migrations, { id: 999, name: 'probe', statements: ['CREATE TABLE probe (x int)'] }];
      expect(await schemaIsCurrent(driver, next)).toBe(false);
      expect(await migrate(driver, next)).toEqual([999]);
      expect(await schemaIsCurrent(driver, next)).toBe(true);
      expect(await schemaIsCurrent(driver)).toBe(false);
      await expect(migrate(driver)).rejects.toThrow(/written by a newer Waymark/);
    } finally {
      await driver.close();
    }
  });

  it('upgrades revisions written before authors were recorded', async () => {
    const upgradeUrl = await createDatabase('migration_upgrade');
    const driver = createPostgresDriver({ url: upgradeUrl });
    const journey = makeJourney();
    const doc = JSON.stringify(journey);
    try {
      expect(await migrate(driver, migrations.slice(0, 1))).toEqual([1]);
      await driver.query(
        `INSERT INTO workspaces (id, doc) VALUES ('old', '{"id":"old","name":"Old","locale":"en"}')`,
      );
      await driver.query(
        `INSERT INTO journeys (id, workspace_id, doc, revision) VALUES ($1, 'old', $2::jsonb, 2)`,
        [journey.id, doc],
      );
      await driver.query(
        `INSERT INTO journey_revisions (journey_id, revision, doc, action) VALUES ($1, 1, $2::jsonb, 'create'), ($1, 2, $2::jsonb, 'import')`,
        [journey.id, doc],
      );
      expect(await migrate(driver)).toEqual(migrations.slice(1).map((m) => m.id));
    } finally {
      await driver.close();
    }
    const store = await openMapStore({ databaseUrl: upgradeUrl });
    try {
      expect((await store.history(journey.id)).map((r) => [r.revision, r.author, r.saves])).toEqual([
        [1, 'unknown', 1],
        [2, 'import', 1],
      ]);
      await store.saveJourney(
        { ...journey, title: 'After' },
        { baseRevision: 2, author: 'local user', burst: { quietMs: 1e9, maxMs: 1e9 } },
      );
      expect((await store.history(journey.id)).map((r) => r.revision)).toEqual([1, 2, 3]);
    } finally {
      await store.close();
    }
  });

  it('refuses to read a stored document that no longer validates, naming it', async () => {
    const store = await openMapStore({ databaseUrl: url() });
    const raw = new pg.Client(url());
    await raw.connect();
    try {
      const ws = await store.createWorkspace(makeWorkspace());
      const journey = makeJourney();
      await store.createJourney(ws.id, journey, { author: 'test' });
      await raw.query(`UPDATE journeys SET doc = doc || '{"mapType": "treasure_map"}' WHERE id = $1`, [
        journey.id,
      ]);
      const error = await store.getJourney(journey.id).catch((e) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as Error).message).toContain(`stored journey "${journey.id}" revision 1`);
      expect((error as Error).message).toContain('$.mapType');
      expect((await store.getJourney(journey.id, 1))?.journey).toEqual(journey);
    } finally {
      await raw.end();
      await store.close();
    }
  });

  it('names the server, without the password, when it cannot connect', async () => {
    const error = await openPostgresStore({ url: 'postgres://waymark:secret@127.0.0.1:1/waymark' }).catch(
      (e) => e,
    );
    expect((error as Error).message).toMatch(
      /could not open the PostgreSQL store at postgres:\/\/waymark:\*\*\*@127\.0\.0\.1:1/,
    );
    expect((error as Error).message).not.toContain('secret');
  });
});
