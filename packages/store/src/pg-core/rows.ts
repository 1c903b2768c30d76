import { journeyKindSchema, localeSchema, mapTypeSchema, revisionActionSchema } from '@waymark/domain';
import type { JourneySummary, RevisionInfo } from '@waymark/domain';
import { z } from 'zod';
import type { SqlClient, SqlParam } from './sql-client';

/**
 * Row shapes as the queries select them, validated with zod before use (drivers return loosely
 * typed rows), plus the SQL fragments shared by the query modules.
 */

/** Selects a timestamptz as an ISO 8601 UTC string with milliseconds, the same on every driver. */
export function isoTime(column: string, alias = column.replace(/^.*\./, '')): string {
  return `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS ${alias}`;
}

/** A current or historical document row: the document and the revision it is at. */
export const documentRow = z.object({
  workspace_id: z.string(),
  doc: z.unknown(),
  revision: z.number().int().min(1),
  updated_at: z.string(),
});
export type DocumentRow = z.infer<typeof documentRow>;

/** The row a stale-write check locks. */
export const lockRow = z.object({ workspace_id: z.string(), revision: z.number().int().min(1) });

/** A journey's locked row, with whether it is in the trash. */
export const journeyLockRow = lockRow.extend({ trashed: z.boolean() });

/** A row of `listJourneys`; the fields come from the jsonb document (`persona_ids` as a jsonb array). */
export const journeySummaryRow = z.object({
  id: z.string(),
  workspace_id: z.string(),
  title: z.string(),
  map_type: mapTypeSchema,
  journey_kind: journeyKindSchema,
  locale: localeSchema,
  persona_ids: z.array(z.string()),
  revision: z.number().int().min(1),
  updated_at: z.string(),
  /** Set when the journey is in the trash. */
  deleted_at: z.string().nullable(),
});

/** The columns of a journey summary, read from the jsonb document without loading it whole. */
const SUMMARY_COLUMNS = `id, workspace_id, doc->>'title' AS title, doc->>'mapType' AS map_type,
  doc->>'journeyKind' AS journey_kind, doc->>'locale' AS locale,
  COALESCE(doc->'personaIds', '[]'::jsonb) AS persona_ids, revision, ${isoTime('updated_at')},
  ${isoTime('deleted_at')}`;

/**
 * Journey summary rows matching `where` (trusted SQL written here; values only as `$n` parameters of
 * `params`), of one workspace when given (appended as the next parameter), in `orderBy` order.
 */
export async function selectSummaries(
  sql: SqlClient,
  where: string,
  params: readonly SqlParam[],
  options: { workspaceId?: string | undefined; orderBy: string },
): Promise<z.infer<typeof journeySummaryRow>[]> {
  const all = options.workspaceId === undefined ? params : [...params, options.workspaceId];
  const inWorkspace = options.workspaceId === undefined ? '' : ` AND workspace_id = $${all.length}`;
  return await selectRows(
    sql,
    journeySummaryRow,
    `SELECT ${SUMMARY_COLUMNS} FROM journeys WHERE ${where}${inWorkspace} ORDER BY ${options.orderBy}`,
    all,
  );
}

/** Converts a summary row to the port's `JourneySummary`. */
export function toSummary(row: z.infer<typeof journeySummaryRow>): JourneySummary {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    title: row.title,
    mapType: row.map_type,
    journeyKind: row.journey_kind,
    locale: row.locale,
    personaIds: row.persona_ids,
    revision: row.revision,
    updatedAt: row.updated_at,
  };
}

/** The columns of a journey revision `toRevisionInfo` reads (`r` is `journey_revisions`). */
export const REVISION_COLUMNS = `r.revision, r.action, r.author, r.label, r.message, ${isoTime('r.created_at', 'created_at')},
  r.revision - COALESCE(r.burst_first, r.revision) + 1 AS saves`;

/** A row of `journey_revisions` as `REVISION_COLUMNS` selects it. */
export const revisionRow = z.object({
  revision: z.number().int().min(1),
  action: revisionActionSchema,
  author: z.string(),
  label: z.string().nullable(),
  message: z.string().nullable(),
  created_at: z.string(),
  saves: z.coerce.number().int().min(1),
});

/** Converts a revision row to a `RevisionInfo` (no `label`/`message` key when there is none). */
export function toRevisionInfo(journeyId: string, row: z.infer<typeof revisionRow>): RevisionInfo {
  const info: RevisionInfo = {
    journeyId,
    revision: row.revision,
    createdAt: row.created_at,
    action: row.action,
    author: row.author,
    saves: row.saves,
  };
  if (row.label !== null) info.label = row.label;
  if (row.message !== null) info.message = row.message;
  return info;
}

/** Runs a query and validates every row with `schema` (a mismatch throws zod's error). */
export async function selectRows<T>(
  sql: SqlClient,
  schema: z.ZodType<T>,
  text: string,
  params: readonly SqlParam[],
): Promise<T[]> {
  const { rows } = await sql.query(text, params);
  return rows.map((row) => schema.parse(row));
}

/** Like `selectRows` for at most one row. */
export async function selectOne<T>(
  sql: SqlClient,
  schema: z.ZodType<T>,
  text: string,
  params: readonly SqlParam[],
): Promise<T | undefined> {
  const rows = await selectRows(sql, schema, text, params);
  return rows[0];
}

/** True when a workspace with this id exists. */
export async function workspaceExists(sql: SqlClient, id: string): Promise<boolean> {
  const { rows } = await sql.query('SELECT 1 AS found FROM workspaces WHERE id = $1', [id]);
  return rows.length > 0;
}
