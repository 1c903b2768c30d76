import type { Workspace } from '@waymark/domain';
import { z } from 'zod';
import { ConflictError } from '../errors';
import { workspaceForWrite, workspaceFromRow } from './documents';
import { selectOne, selectRows } from './rows';
import type { SqlClient } from './sql-client';

/** Workspace queries. Workspaces have no revisions: they are created once and listed. */

const workspaceRow = z.object({ id: z.string(), doc: z.unknown() });

function toWorkspace(row: z.infer<typeof workspaceRow>): Workspace {
  return workspaceFromRow(row.doc, `stored workspace "${row.id}"`);
}

/** See `MapStore.createWorkspace`. Throws `ConflictError` if the id exists. */
export async function createWorkspace(sql: SqlClient, input: Workspace): Promise<Workspace> {
  const workspace = workspaceForWrite(input);
  // In a transaction like every write, so the PGlite driver makes it durable before returning.
  const row = await sql.transaction((tx) =>
    selectOne(
      tx,
      workspaceRow,
      'INSERT INTO workspaces (id, doc) VALUES ($1, $2::jsonb) ON CONFLICT (id) DO NOTHING RETURNING id, doc',
      [workspace.id, JSON.stringify(workspace)],
    ),
  );
  if (row === undefined) throw ConflictError.exists('workspace', workspace.id);
  return toWorkspace(row);
}

/** See `MapStore.getWorkspace`. */
export async function getWorkspace(sql: SqlClient, id: string): Promise<Workspace | undefined> {
  const row = await selectOne(sql, workspaceRow, 'SELECT id, doc FROM workspaces WHERE id = $1', [id]);
  return row && toWorkspace(row);
}

/** See `MapStore.listWorkspaces`: oldest first, then by id. */
export async function listWorkspaces(sql: SqlClient): Promise<Workspace[]> {
  const rows = await selectRows(
    sql,
    workspaceRow,
    'SELECT id, doc FROM workspaces ORDER BY created_at, id',
    [],
  );
  return rows.map(toWorkspace);
}
