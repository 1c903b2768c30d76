import { z } from 'zod';
import { IMAGE_URL_PATTERN } from '@waymark/domain';
import type { SqlClient } from './sql-client';

/**
 * Schema migrations, applied in order on open. Each runs once; `schema_migrations` records which
 * ran. Append new migrations at the end with the next id; never edit one that has shipped.
 */
export interface Migration {
  id: number;
  name: string;
  /** Statements run in order inside the migration transaction. */
  statements: readonly string[];
}

/** SQL true when jsonb `value` has a string `key` that the domain's image URL rule refuses. */
function disallowedImage(value: string, key: string): string {
  return `jsonb_typeof(${value}->'${key}') = 'string' AND ${value}->>'${key}' !~ '${ALLOWED_IMAGE_SQL}'`;
}
/** The domain's image URL rule; its syntax means the same to PostgreSQL and has no quote. */
const ALLOWED_IMAGE_SQL = IMAGE_URL_PATTERN;

/** Every migration, oldest first. */
export const migrations: readonly Migration[] = [
  {
    id: 1,
    name: 'workspaces, journeys, personas and their revisions',
    statements: [
      `CREATE TABLE workspaces (
        id text PRIMARY KEY,
        doc jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`,
      `CREATE TABLE journeys (
        id text PRIMARY KEY,
        workspace_id text NOT NULL REFERENCES workspaces (id),
        doc jsonb NOT NULL,
        revision integer NOT NULL CHECK (revision >= 1),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`,
      `CREATE INDEX journeys_workspace_idx ON journeys (workspace_id)`,
      `CREATE TABLE journey_revisions (
        journey_id text NOT NULL REFERENCES journeys (id) ON DELETE CASCADE,
        revision integer NOT NULL CHECK (revision >= 1),
        doc jsonb NOT NULL,
        action text NOT NULL CHECK (action IN ('create', 'save', 'import', 'restore')),
        message text,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (journey_id, revision)
      )`,
      `CREATE TABLE personas (
        id text PRIMARY KEY,
        workspace_id text NOT NULL REFERENCES workspaces (id),
        doc jsonb NOT NULL,
        revision integer NOT NULL CHECK (revision >= 1),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`,
      `CREATE INDEX personas_workspace_idx ON personas (workspace_id)`,
      `CREATE TABLE persona_revisions (
        persona_id text NOT NULL REFERENCES personas (id) ON DELETE CASCADE,
        revision integer NOT NULL CHECK (revision >= 1),
        doc jsonb NOT NULL,
        action text NOT NULL CHECK (action IN ('create', 'save', 'import', 'restore')),
        message text,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (persona_id, revision)
      )`,
    ],
  },
  {
    id: 2,
    name: 'journey trash: a deleted journey keeps its row and revisions until purged',
    statements: [
      'ALTER TABLE journeys ADD COLUMN deleted_at timestamptz',
      'CREATE INDEX journeys_trash_idx ON journeys (deleted_at) WHERE deleted_at IS NOT NULL',
    ],
  },
  {
    id: 3,
    name: 'revision authors, labels and autosave bursts',
    statements: [
      `ALTER TABLE journey_revisions ADD COLUMN author text`,
      `UPDATE journey_revisions SET author = CASE WHEN action = 'import' THEN 'import' ELSE 'unknown' END`,
      `ALTER TABLE journey_revisions ALTER COLUMN author SET NOT NULL`,
      `ALTER TABLE journey_revisions ADD COLUMN label text`,
      // A save folded into the next save of its autosave burst; listed only when labelled.
      `ALTER TABLE journey_revisions ADD COLUMN folded boolean NOT NULL DEFAULT false`,
      // The first revision of the burst a save ends (itself when it starts one); null before bursts.
      `ALTER TABLE journey_revisions ADD COLUMN burst_first integer`,
      `ALTER TABLE persona_revisions ADD COLUMN author text`,
      `UPDATE persona_revisions SET author = CASE WHEN action = 'import' THEN 'import' ELSE 'unknown' END`,
      `ALTER TABLE persona_revisions ALTER COLUMN author SET NOT NULL`,
    ],
  },
  {
    id: 4,
    name: 'uploaded images; card images and avatars on other hosts removed',
    statements: [
      // Content-addressed: the id is the SHA-256 of the bytes, so an image never changes.
      `CREATE TABLE images (
        id text PRIMARY KEY CHECK (id ~ '^[0-9a-f]{64}$'),
        content_type text NOT NULL CHECK (content_type IN ('image/png', 'image/jpeg', 'image/gif', 'image/webp')),
        bytes bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`,
      // Documents may now hold only raster data: URLs and stored images (domain images.ts); an
      // image on another host (or an SVG) is dropped from every stored document and revision,
      // since showing it would tell that host who views the map.
      ...['journeys', 'journey_revisions'].map(
        (table) => `UPDATE ${table} SET doc = jsonb_set(doc, '{items}', (
          SELECT jsonb_agg(CASE WHEN ${disallowedImage('item', 'image')} THEN item - 'image' ELSE item END ORDER BY n)
          FROM jsonb_array_elements(doc->'items') WITH ORDINALITY AS t(item, n)))
        WHERE jsonb_typeof(doc->'items') = 'array' AND EXISTS (
          SELECT 1 FROM jsonb_array_elements(doc->'items') AS t(item) WHERE ${disallowedImage('item', 'image')})`,
      ),
      ...['personas', 'persona_revisions'].map(
        (table) => `UPDATE ${table} SET doc = doc - 'avatar' WHERE ${disallowedImage('doc', 'avatar')}`,
      ),
    ],
  },
  {
    id: 5,
    name: 'evidence data sets (survey, reviews, interviews) and their rows',
    statements: [
      `CREATE TABLE datasets (
        id text PRIMARY KEY CHECK (id ~ '^ds_[0-9a-f]{16}$'),
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('survey', 'reviews', 'interviews')),
        source text NOT NULL,
        content_hash text CHECK (content_hash ~ '^[0-9a-f]{64}$'),
        ts_from timestamptz,
        ts_to timestamptz,
        row_count integer NOT NULL,
        author text NOT NULL,
        meta jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      )`,
      `CREATE UNIQUE INDEX datasets_name ON datasets (lower(name))`,
      `CREATE INDEX datasets_content_hash ON datasets (content_hash)`,
      `CREATE TABLE dataset_rows (
        dataset_id text NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
        row_no integer NOT NULL,
        at timestamptz,
        data jsonb NOT NULL,
        PRIMARY KEY (dataset_id, row_no)
      )`,
    ],
  },
];

/** Key of the advisory lock that keeps two processes from migrating the same database at once. */
const MIGRATION_LOCK_KEY = 4_711_001;

const appliedRow = z.object({ id: z.number().int() });
const presentRow = z.object({ present: z.boolean() });

/**
 * Whether every migration of `list`, and no other, is already recorded: two cheap reads, no lock
 * and no write. An open of an up-to-date database (every CLI command) stops here.
 */
export async function schemaIsCurrent(
  client: SqlClient,
  list: readonly Migration[] = migrations,
): Promise<boolean> {
  const { rows } = await client.query("SELECT to_regclass('schema_migrations') IS NOT NULL AS present");
  if (!presentRow.parse(rows[0]).present) return false;
  const applied = (await client.query('SELECT id FROM schema_migrations')).rows.map(
    (row) => appliedRow.parse(row).id,
  );
  const known = new Set(list.map((m) => m.id));
  return applied.length === known.size && applied.every((id) => known.has(id));
}

/**
 * Brings the schema up to date: returns at once when `schemaIsCurrent`; otherwise, in one
 * transaction, takes an advisory lock, creates `schema_migrations` if missing, and runs each
 * migration not yet recorded. Idempotent. Refuses a database migrated by a newer Waymark (one that
 * has migrations this code does not know). Returns the ids it applied.
 */
export async function migrate(client: SqlClient, list: readonly Migration[] = migrations): Promise<number[]> {
  if (await schemaIsCurrent(client, list)) return [];
  return await client.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      id integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const { rows } = await tx.query('SELECT id FROM schema_migrations ORDER BY id');
    const applied = new Set(rows.map((row) => appliedRow.parse(row).id));
    const known = new Set(list.map((m) => m.id));
    const unknown = [...applied].filter((id) => !known.has(id));
    if (unknown.length > 0) {
      throw new Error(
        `the database has schema migration(s) ${unknown.join(', ')} that this version of Waymark does not know: ` +
          'it was written by a newer Waymark; upgrade Waymark to open it',
      );
    }
    const ran: number[] = [];
    for (const migration of [...list].sort((a, b) => a.id - b.id)) {
      if (applied.has(migration.id)) continue;
      for (const statement of migration.statements) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (id, name) VALUES ($1, $2)', [
        migration.id,
        migration.name,
      ]);
      ran.push(migration.id);
    }
    return ran;
  });
}
