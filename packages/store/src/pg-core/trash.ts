import { z } from 'zod';
import { NotFoundError } from '../errors';
import type { DeleteOptions, StoredJourney, TrashedJourney } from '../port';
import { checkBase, getJourney, lockJourney } from './journeys';
import { selectRows, selectSummaries, toSummary } from './rows';
import type { SqlClient } from './sql-client';

/**
 * The journey trash: a deleted journey keeps its row (with `deleted_at` set) and its revisions until
 * it is purged, so a delete can be undone. Every other query skips rows with `deleted_at`.
 */

const idRow = z.object({ id: z.string() });

async function trashed(sql: SqlClient, id: string): Promise<TrashedJourney> {
  const [row] = await selectSummaries(sql, 'deleted_at IS NOT NULL AND id = $1', [id], { orderBy: 'id' });
  if (row === undefined) throw NotFoundError.notInTrash('journey', id);
  return toTrashed(row);
}

function toTrashed(row: Parameters<typeof toSummary>[0]): TrashedJourney {
  return { ...toSummary(row), deletedAt: row.deleted_at ?? row.updated_at };
}

/** See `MapStore.deleteJourney`: moves the journey to the trash. */
export async function deleteJourney(
  sql: SqlClient,
  id: string,
  options: DeleteOptions,
): Promise<TrashedJourney> {
  return await sql.transaction(async (tx) => {
    const current = await lockJourney(tx, id);
    checkBase('journey', id, current.revision, options.baseRevision);
    await tx.query('UPDATE journeys SET deleted_at = now() WHERE id = $1', [id]);
    return await trashed(tx, id);
  });
}

/** See `MapStore.listTrash`: most recently deleted first, then by id. */
export async function listTrash(sql: SqlClient, workspaceId?: string): Promise<TrashedJourney[]> {
  const rows = await selectSummaries(sql, 'deleted_at IS NOT NULL', [], {
    workspaceId,
    orderBy: 'deleted_at DESC, id',
  });
  return rows.map(toTrashed);
}

/** See `MapStore.undeleteJourney`. */
export async function undeleteJourney(sql: SqlClient, id: string): Promise<StoredJourney> {
  return await sql.transaction(async (tx) => {
    await lockJourney(tx, id, true);
    await tx.query('UPDATE journeys SET deleted_at = NULL WHERE id = $1', [id]);
    const stored = await getJourney(tx, id);
    if (stored === undefined) throw new NotFoundError('journey', id);
    return stored;
  });
}

/** See `MapStore.purgeJourney`: the revisions go with the row (ON DELETE CASCADE). */
export async function purgeJourney(sql: SqlClient, id: string): Promise<void> {
  await sql.transaction(async (tx) => {
    await lockJourney(tx, id, true);
    await tx.query('DELETE FROM journeys WHERE id = $1', [id]);
  });
}

/** See `MapStore.purgeTrash`. */
export async function purgeTrash(
  sql: SqlClient,
  options: { workspaceId?: string; deletedBefore?: string } = {},
): Promise<string[]> {
  const params: string[] = [];
  const where = ['deleted_at IS NOT NULL'];
  if (options.workspaceId !== undefined) {
    params.push(options.workspaceId);
    where.push(`workspace_id = $${params.length}`);
  }
  if (options.deletedBefore !== undefined) {
    if (Number.isNaN(Date.parse(options.deletedBefore))) {
      throw new Error(
        `purgeTrash: expected deletedBefore to be an ISO time (got "${options.deletedBefore}")`,
      );
    }
    params.push(options.deletedBefore);
    where.push(`deleted_at < $${params.length}::timestamptz`);
  }
  const rows = await selectRows(
    sql,
    idRow,
    `DELETE FROM journeys WHERE ${where.join(' AND ')} RETURNING id`,
    params,
  );
  return rows.map((row) => row.id).sort();
}
