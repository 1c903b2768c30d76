import type { Persona } from '@waymark/domain';
import { z } from 'zod';
import { ConflictError, NotFoundError } from '../errors';
import type { RevisionAction } from '@waymark/domain';
import type { DeleteOptions, StoredPersona, WriteOptions } from '../port';
import { personaForWrite, personaFromRow } from './documents';
import { checkBase } from './journeys';
import { documentRow, isoTime, lockRow, selectOne, selectRows, workspaceExists } from './rows';
import type { SqlClient } from './sql-client';

/**
 * Persona queries. A persona has its own revision counter and revisions table; writes lock the row
 * like journey writes do. `baseRevision: 0` means "create": refused if the id exists.
 */

const COLUMNS = `id, workspace_id, doc, revision, ${isoTime('updated_at')}`;
const personaRow = documentRow.extend({ id: z.string() });

function toStored(row: z.infer<typeof personaRow>): StoredPersona {
  const persona = personaFromRow(row.doc, `stored persona "${row.id}" revision ${row.revision}`);
  return { workspaceId: row.workspace_id, persona, revision: row.revision, updatedAt: row.updated_at };
}

/** Locks a persona's row for the rest of the transaction; `undefined` when there is none. */
async function lockPersona(tx: SqlClient, id: string) {
  return await selectOne(
    tx,
    lockRow,
    'SELECT workspace_id, revision FROM personas WHERE id = $1 FOR UPDATE',
    [id],
  );
}

async function insertRevision(
  tx: SqlClient,
  id: string,
  revision: number,
  json: string,
  action: RevisionAction,
  options: WriteOptions,
) {
  await tx.query(
    'INSERT INTO persona_revisions (persona_id, revision, doc, action, author, message) VALUES ($1, $2, $3::jsonb, $4, $5, $6)',
    [id, revision, json, action, options.author, options.message ?? null],
  );
}

/**
 * See `MapStore.savePersona`. Creates the persona when it does not exist and the base is `0` or
 * `'force'`; otherwise writes the next revision if the base is current (or `'force'`). A persona
 * cannot move to another workspace: that write is refused with `ConflictError`.
 */
export async function savePersona(
  sql: SqlClient,
  workspaceId: string,
  input: Persona,
  options: WriteOptions,
): Promise<StoredPersona> {
  const persona = personaForWrite(input);
  const json = JSON.stringify(persona);
  return await sql.transaction(async (tx) => {
    if (!(await workspaceExists(tx, workspaceId))) throw new NotFoundError('workspace', workspaceId);
    const current = await lockPersona(tx, persona.id);
    if (current === undefined) {
      if (options.baseRevision !== 0 && options.baseRevision !== 'force')
        throw new NotFoundError('persona', persona.id);
      const row = await selectOne(
        tx,
        personaRow,
        `INSERT INTO personas (id, workspace_id, doc, revision) VALUES ($1, $2, $3::jsonb, 1)
         ON CONFLICT (id) DO NOTHING RETURNING ${COLUMNS}`,
        [persona.id, workspaceId, json],
      );
      if (row === undefined) throw ConflictError.exists('persona', persona.id);
      await insertRevision(tx, persona.id, 1, json, options.action ?? 'create', options);
      return toStored(row);
    }
    if (current.workspace_id !== workspaceId) {
      throw new ConflictError(
        `persona "${persona.id}" belongs to workspace "${current.workspace_id}", not "${workspaceId}": personas cannot move between workspaces`,
        'persona',
        persona.id,
        current.revision,
        options.baseRevision,
      );
    }
    if (options.baseRevision === 0) throw ConflictError.exists('persona', persona.id, current.revision);
    checkBase('persona', persona.id, current.revision, options.baseRevision);
    const next = current.revision + 1;
    const row = await selectOne(
      tx,
      personaRow,
      `UPDATE personas SET doc = $2::jsonb, revision = $3, updated_at = now() WHERE id = $1 RETURNING ${COLUMNS}`,
      [persona.id, json, next],
    );
    if (row === undefined) throw new NotFoundError('persona', persona.id);
    await insertRevision(tx, persona.id, next, json, options.action ?? 'save', options);
    return toStored(row);
  });
}

/** See `MapStore.getPersona`. Times compare at the millisecond the store reports them with. */
export async function getPersona(
  sql: SqlClient,
  id: string,
  asOf?: string,
): Promise<StoredPersona | undefined> {
  const row =
    asOf === undefined
      ? await selectOne(sql, personaRow, `SELECT ${COLUMNS} FROM personas WHERE id = $1`, [id])
      : await selectOne(
          sql,
          personaRow,
          `SELECT p.id, p.workspace_id, r.doc, r.revision, ${isoTime('r.created_at', 'updated_at')}
           FROM persona_revisions r JOIN personas p ON p.id = r.persona_id
           WHERE r.persona_id = $1 AND date_trunc('milliseconds', r.created_at) <= $2::timestamptz
           ORDER BY r.revision DESC LIMIT 1`,
          [id, asOf],
        );
  return row && toStored(row);
}

/** See `MapStore.listPersonas`: ordered by name, then id. */
export async function listPersonas(sql: SqlClient, workspaceId?: string): Promise<StoredPersona[]> {
  const where = workspaceId === undefined ? '' : 'WHERE workspace_id = $1';
  const rows = await selectRows(
    sql,
    personaRow,
    `SELECT ${COLUMNS} FROM personas ${where} ORDER BY doc->>'name', id`,
    workspaceId === undefined ? [] : [workspaceId],
  );
  return rows.map(toStored);
}

/** See `MapStore.deletePersona`. Deletes the persona and its revisions. */
export async function deletePersona(sql: SqlClient, id: string, options: DeleteOptions): Promise<void> {
  await sql.transaction(async (tx) => {
    const current = await lockPersona(tx, id);
    if (current === undefined) throw new NotFoundError('persona', id);
    checkBase('persona', id, current.revision, options.baseRevision);
    await tx.query('DELETE FROM personas WHERE id = $1', [id]);
  });
}
