import type { DataSet, EvidenceImport } from '@waymark/domain';
import {
  DataSetConflictError,
  DataSetNameTakenError,
  DataSetNotFoundError,
  dataSetNameSchema,
  defaultDataSetName,
  newDataSetId,
} from '@waymark/domain';
import { z } from 'zod';
import { isoTime, selectOne, selectRows } from './rows';
import type { SqlClient } from './sql-client';

/**
 * Evidence data sets (survey, reviews, interviews): the record in `datasets`, its rows in
 * `dataset_rows` (deleted with it, `ON DELETE CASCADE`). An import writes both in one transaction.
 */

const dataSetRow = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['survey', 'reviews', 'interviews']),
  source: z.string(),
  content_hash: z.string().nullable(),
  ts_from: z.string().nullable(),
  ts_to: z.string().nullable(),
  row_count: z.number().int(),
  author: z.string(),
  created_at: z.string(),
});

const COLUMNS = `id, name, kind, source, content_hash, ${isoTime('ts_from')}, ${isoTime('ts_to')}, row_count, author, ${isoTime('created_at')}`;

function toDataSet(row: z.infer<typeof dataSetRow>): DataSet {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    source: row.source,
    contentHash: row.content_hash,
    from: row.ts_from,
    to: row.ts_to,
    rows: row.row_count,
    author: row.author,
    createdAt: row.created_at,
  };
}

/** Every evidence data set, oldest first. */
export async function listDataSets(sql: SqlClient): Promise<DataSet[]> {
  const rows = await selectRows(
    sql,
    dataSetRow,
    `SELECT ${COLUMNS} FROM datasets ORDER BY created_at, id`,
    [],
  );
  return rows.map(toDataSet);
}

async function getDataSet(sql: SqlClient, id: string): Promise<DataSet> {
  const row = await selectOne(sql, dataSetRow, `SELECT ${COLUMNS} FROM datasets WHERE id = $1`, [id]);
  if (row === undefined) throw new DataSetNotFoundError(id);
  return toDataSet(row);
}

async function nameTaken(sql: SqlClient, name: string, except = ''): Promise<boolean> {
  const row = await selectOne(
    sql,
    z.object({ n: z.number() }),
    `SELECT count(*)::int AS n FROM datasets WHERE lower(name) = lower($1) AND id <> $2`,
    [name, except],
  );
  return (row?.n ?? 0) > 0;
}

/** Rows per INSERT statement (one JSON parameter each). */
const INSERT_ROWS = 2_000;

/**
 * See `MapStore.importDataSet`: refuses bytes a data set already holds (unless forced) and a taken
 * name, then writes the record and every row in one transaction, reading the rows batch by batch.
 */
export async function importDataSet(sql: SqlClient, input: EvidenceImport): Promise<DataSet> {
  return await sql.transaction(async (tx) => {
    // One import at a time, so two imports of the same bytes cannot both pass the check.
    await tx.query(`LOCK TABLE datasets IN SHARE ROW EXCLUSIVE MODE`);
    if (input.force !== true) {
      const same = await selectOne(
        tx,
        dataSetRow,
        `SELECT ${COLUMNS} FROM datasets WHERE content_hash = $1 ORDER BY created_at LIMIT 1`,
        [input.contentHash],
      );
      if (same !== undefined) throw new DataSetConflictError(input.file, toDataSet(same));
    }
    const chosen = input.name !== undefined;
    let name = chosen ? dataSetNameSchema.parse(input.name) : defaultDataSetName(input.file);
    if (await nameTaken(tx, name)) {
      if (chosen) throw new DataSetNameTakenError(name);
      const base = name.slice(0, 90);
      for (let n = 2; await nameTaken(tx, (name = `${base} (${n})`)); n++);
    }
    const id = newDataSetId();
    const source = input.file.split(/[\\/]/).pop() ?? input.file;
    await tx.query(
      `INSERT INTO datasets (id, name, kind, source, content_hash, row_count, author, meta) VALUES ($1, $2, $3, $4, $5, 0, $6, $7::jsonb)`,
      [id, name, input.kind, source, input.contentHash, input.author, JSON.stringify(input.meta)],
    );
    let pending: unknown[] = [];
    const flush = async (): Promise<void> => {
      if (pending.length === 0) return;
      await tx.query(
        `INSERT INTO dataset_rows (dataset_id, row_no, at, data)
         SELECT $1, r.row_no, r.at, r.data FROM jsonb_to_recordset($2::jsonb) AS r(row_no integer, at timestamptz, data jsonb)`,
        [id, JSON.stringify(pending)],
      );
      pending = [];
    };
    for await (const batch of input.rows) {
      for (const row of batch) {
        pending.push({ row_no: row.row, at: row.at, data: row.data });
        if (pending.length >= INSERT_ROWS) await flush();
      }
    }
    await flush();
    await tx.query(
      `UPDATE datasets SET (row_count, ts_from, ts_to) =
         (SELECT count(*)::int, min(at), max(at) FROM dataset_rows WHERE dataset_id = $1) WHERE id = $1`,
      [id],
    );
    return await getDataSet(tx, id);
  });
}

/** See `MapStore.renameDataSet`. */
export async function renameDataSet(sql: SqlClient, id: string, name: string): Promise<DataSet> {
  const next = dataSetNameSchema.parse(name);
  return await sql.transaction(async (tx) => {
    await getDataSet(tx, id);
    if (await nameTaken(tx, next, id)) throw new DataSetNameTakenError(next);
    await tx.query(`UPDATE datasets SET name = $1 WHERE id = $2`, [next, id]);
    return await getDataSet(tx, id);
  });
}

/** See `MapStore.deleteDataSet`: the record and its rows in one statement (cascade). */
export async function deleteDataSet(sql: SqlClient, id: string): Promise<DataSet> {
  return await sql.transaction(async (tx) => {
    const found = await getDataSet(tx, id);
    await tx.query(`DELETE FROM datasets WHERE id = $1`, [id]);
    return found;
  });
}

/** The stored rows of a data set, in file order, `limit` from `offset`. */
export async function dataSetRows(
  sql: SqlClient,
  id: string,
  offset: number,
  limit: number,
): Promise<{ row: number; at: string | null; data: Record<string, unknown> }[]> {
  const rows = await selectRows(
    sql,
    z.object({
      row_no: z.number().int(),
      at: z.string().nullable(),
      data: z.record(z.string(), z.unknown()),
    }),
    `SELECT row_no, ${isoTime('at')}, data FROM dataset_rows WHERE dataset_id = $1 ORDER BY row_no OFFSET $2 LIMIT $3`,
    [id, offset, limit],
  );
  return rows.map((row) => ({ row: row.row_no, at: row.at, data: row.data }));
}
