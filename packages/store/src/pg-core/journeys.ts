import type { Journey, RevisionAction } from '@waymark/domain';
import { ValidationError, fromZodError, revisionLabelSchema } from '@waymark/domain';
import { z } from 'zod';
import { ConflictError, NotFoundError } from '../errors';
import type { JourneySummary, RevisionInfo, SaveBurst, StoredJourney, WriteOptions } from '../port';
import { journeyForWrite, journeyFromRow } from './documents';
import type { DocumentRow } from './rows';
import {
  REVISION_COLUMNS,
  documentRow,
  isoTime,
  journeyLockRow,
  revisionRow,
  selectOne,
  selectRows,
  selectSummaries,
  toRevisionInfo,
  toSummary,
  workspaceExists,
} from './rows';
import type { SqlClient } from './sql-client';

/**
 * One revision of a journey with its workspace: parameters `$1` journey id, `$2` revision. A journey in
 * the trash has no readable revisions.
 */
const SELECT_REVISION = `SELECT j.workspace_id, r.doc, r.revision, ${isoTime('r.created_at', 'updated_at')}
  FROM journey_revisions r JOIN journeys j ON j.id = r.journey_id
  WHERE r.journey_id = $1 AND r.revision = $2 AND j.deleted_at IS NULL`;

/**
 * Journey queries. Every write runs in a transaction that first locks the journey's row
 * (`SELECT ... FOR UPDATE`), so of two writers on the same base revision the second waits, then
 * sees the new revision and is refused with `ConflictError`.
 */

const CURRENT_COLUMNS = `workspace_id, doc, revision, ${isoTime('updated_at')}`;

function toStored(row: DocumentRow, what: string): StoredJourney {
  return {
    workspaceId: row.workspace_id,
    journey: journeyFromRow(row.doc, what),
    revision: row.revision,
    updatedAt: row.updated_at,
  };
}

/** Throws `ConflictError` unless `base` is `'force'` or equals `current`. */
export function checkBase(
  kind: 'journey' | 'persona',
  id: string,
  current: number,
  base: WriteOptions['baseRevision'],
): void {
  if (base !== 'force' && base !== current) throw ConflictError.stale(kind, id, current, base);
}

/**
 * Locks a journey's row for a write. A journey in the trash counts as missing (`NotFoundError` saying
 * so) unless `trashed` is true, when only a journey in the trash is found.
 */
export async function lockJourney(
  tx: SqlClient,
  id: string,
  trashed = false,
): Promise<{ workspace_id: string; revision: number }> {
  const row = await selectOne(
    tx,
    journeyLockRow,
    'SELECT workspace_id, revision, deleted_at IS NOT NULL AS trashed FROM journeys WHERE id = $1 FOR UPDATE',
    [id],
  );
  if (row === undefined || row.trashed !== trashed) {
    if (row === undefined) throw new NotFoundError('journey', id);
    throw trashed ? NotFoundError.notInTrash('journey', id) : NotFoundError.inTrash('journey', id);
  }
  return row;
}

/** A revision that could start or continue an autosave burst, with whether the window allows it. */
const burstRow = z.object({ burst_first: z.number().int(), within: z.boolean() });

/**
 * The first revision of the burst the save after `previous` continues, folding `previous` into it,
 * or `undefined` when the save starts a new revision of its own (see `SaveBurst`).
 */
async function foldBurst(
  tx: SqlClient,
  journeyId: string,
  previous: number,
  author: string,
  burst: SaveBurst,
): Promise<number | undefined> {
  const row = await selectOne(
    tx,
    burstRow,
    `SELECT COALESCE(r.burst_first, r.revision) AS burst_first,
       (r.created_at > now() - $4::double precision * interval '1 millisecond'
        AND COALESCE(f.created_at, r.created_at) > now() - $5::double precision * interval '1 millisecond') AS within
     FROM journey_revisions r
     LEFT JOIN journey_revisions f ON f.journey_id = r.journey_id AND f.revision = r.burst_first
     WHERE r.journey_id = $1 AND r.revision = $2 AND r.action = 'save' AND r.author = $3
       AND r.label IS NULL AND r.message IS NULL`,
    [journeyId, previous, author, burst.quietMs, burst.maxMs],
  );
  if (!row?.within) return undefined;
  await tx.query('UPDATE journey_revisions SET folded = true WHERE journey_id = $1 AND revision = $2', [
    journeyId,
    previous,
  ]);
  return row.burst_first;
}

/** What a revision records besides its document. */
interface RevisionMeta {
  action: RevisionAction;
  author: string;
  message: string | undefined;
  burst?: SaveBurst | undefined;
}

/**
 * Stores `journey` as the revision after `current` of a locked journey row and records the
 * revision; a message-less save may fold the previous revision of its burst (see `SaveBurst`).
 */
async function writeRevision(
  tx: SqlClient,
  journey: Journey,
  current: number,
  meta: RevisionMeta,
): Promise<StoredJourney> {
  const revision = current + 1;
  const json = JSON.stringify(journey);
  const row = await selectOne(
    tx,
    documentRow,
    `UPDATE journeys SET doc = $2::jsonb, revision = $3, updated_at = now() WHERE id = $1 RETURNING ${CURRENT_COLUMNS}`,
    [journey.id, json, revision],
  );
  if (row === undefined) throw new NotFoundError('journey', journey.id);
  const folds = meta.action === 'save' && meta.burst && meta.message === undefined;
  const first =
    folds && meta.burst ? await foldBurst(tx, journey.id, current, meta.author, meta.burst) : undefined;
  await tx.query(
    `INSERT INTO journey_revisions (journey_id, revision, doc, action, author, message, burst_first)
     VALUES ($1, $2, $3::jsonb, $4, $5, $6, $7)`,
    [journey.id, revision, json, meta.action, meta.author, meta.message ?? null, first ?? revision],
  );
  return toStored(row, `stored journey "${journey.id}" revision ${revision}`);
}

/** See `MapStore.createJourney`. */
export async function createJourney(
  sql: SqlClient,
  workspaceId: string,
  input: Journey,
  options: { author: string; message?: string; action?: RevisionAction },
): Promise<StoredJourney> {
  const journey = journeyForWrite(input);
  return await sql.transaction(async (tx) => {
    if (!(await workspaceExists(tx, workspaceId))) throw new NotFoundError('workspace', workspaceId);
    const json = JSON.stringify(journey);
    const row = await selectOne(
      tx,
      documentRow,
      `INSERT INTO journeys (id, workspace_id, doc, revision) VALUES ($1, $2, $3::jsonb, 1)
       ON CONFLICT (id) DO NOTHING RETURNING ${CURRENT_COLUMNS}`,
      [journey.id, workspaceId, json],
    );
    if (row === undefined) {
      const existing = await selectOne(
        tx,
        journeyLockRow,
        'SELECT workspace_id, revision, deleted_at IS NOT NULL AS trashed FROM journeys WHERE id = $1',
        [journey.id],
      );
      throw existing?.trashed === true
        ? ConflictError.inTrash('journey', journey.id)
        : ConflictError.exists('journey', journey.id, existing?.revision);
    }
    await tx.query(
      `INSERT INTO journey_revisions (journey_id, revision, doc, action, author, message, burst_first)
       VALUES ($1, 1, $2::jsonb, $3, $4, $5, 1)`,
      [journey.id, json, options.action ?? 'create', options.author, options.message ?? null],
    );
    return toStored(row, `stored journey "${journey.id}" revision 1`);
  });
}

/** See `MapStore.saveJourney`. */
export async function saveJourney(
  sql: SqlClient,
  input: Journey,
  options: WriteOptions,
): Promise<StoredJourney> {
  const journey = journeyForWrite(input);
  return await sql.transaction(async (tx) => {
    const current = await lockJourney(tx, journey.id);
    checkBase('journey', journey.id, current.revision, options.baseRevision);
    return await writeRevision(tx, journey, current.revision, {
      action: options.action ?? 'save',
      author: options.author,
      message: options.message,
      burst: options.burst,
    });
  });
}

/** See `MapStore.getJourney`. */
export async function getJourney(
  sql: SqlClient,
  id: string,
  revision?: number,
): Promise<StoredJourney | undefined> {
  if (revision === undefined) {
    const row = await selectOne(
      sql,
      documentRow,
      `SELECT ${CURRENT_COLUMNS} FROM journeys WHERE id = $1 AND deleted_at IS NULL`,
      [id],
    );
    return row && toStored(row, `stored journey "${id}" revision ${row.revision}`);
  }
  const row = await selectOne(sql, documentRow, SELECT_REVISION, [id, revision]);
  return row && toStored(row, `stored journey "${id}" revision ${revision}`);
}

/** See `MapStore.listJourneys`: most recently updated first, then by id; the trash is left out. */
export async function listJourneys(sql: SqlClient, workspaceId?: string): Promise<JourneySummary[]> {
  const rows = await selectSummaries(sql, 'deleted_at IS NULL', [], {
    workspaceId,
    orderBy: 'updated_at DESC, id',
  });
  return rows.map(toSummary);
}

/** See `MapStore.history`. Throws `NotFoundError` for an unknown journey. */
export async function history(sql: SqlClient, journeyId: string): Promise<RevisionInfo[]> {
  const rows = await selectRows(
    sql,
    revisionRow,
    `SELECT ${REVISION_COLUMNS}
     FROM journey_revisions r JOIN journeys j ON j.id = r.journey_id AND j.deleted_at IS NULL
     WHERE r.journey_id = $1 AND (NOT r.folded OR r.label IS NOT NULL) ORDER BY r.revision`,
    [journeyId],
  );
  if (rows.length === 0) throw new NotFoundError('journey', journeyId);
  return rows.map((row) => toRevisionInfo(journeyId, row));
}

/** See `MapStore.labelRevision`. */
export async function labelRevision(
  sql: SqlClient,
  journeyId: string,
  revision: number,
  label: string | null,
): Promise<RevisionInfo> {
  let value: string | null = null;
  if (label !== null) {
    const parsed = revisionLabelSchema.safeParse(label, { reportInput: true });
    if (!parsed.success) throw new ValidationError(fromZodError(parsed.error, '$.label'), 'revision label');
    value = parsed.data;
  }
  const row = await selectOne(
    sql,
    revisionRow,
    `UPDATE journey_revisions r SET label = $3
     WHERE r.journey_id = $1 AND r.revision = $2
       AND EXISTS (SELECT 1 FROM journeys j WHERE j.id = r.journey_id AND j.deleted_at IS NULL)
     RETURNING ${REVISION_COLUMNS}`,
    [journeyId, revision, value],
  );
  if (row === undefined) throw new NotFoundError('journey', journeyId, revision);
  return toRevisionInfo(journeyId, row);
}

/** See `MapStore.restore`. The new revision's message defaults to `restored revision N`. */
export async function restore(
  sql: SqlClient,
  journeyId: string,
  revision: number,
  options: WriteOptions,
): Promise<StoredJourney> {
  return await sql.transaction(async (tx) => {
    const current = await lockJourney(tx, journeyId);
    checkBase('journey', journeyId, current.revision, options.baseRevision);
    const old = await selectOne(tx, documentRow, SELECT_REVISION, [journeyId, revision]);
    if (old === undefined) throw new NotFoundError('journey', journeyId, revision);
    // A stored revision passed the write checks already, and jsonb cannot hold unstorable text.
    const journey = journeyFromRow(old.doc, `stored journey "${journeyId}" revision ${revision}`);
    const message = options.message ?? `restored revision ${revision}`;
    return await writeRevision(tx, journey, current.revision, {
      action: options.action ?? 'restore',
      author: options.author,
      message,
    });
  });
}
