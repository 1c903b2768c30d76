import type { DuckDBConnection } from '@duckdb/node-api';
import { scalar } from '../duckdb/read-columns';
import { detectFormat } from './detect';
import type { IngestOptionsInput, IngestReport, ProgressCallback, RowError } from './options';
import { IngestError, ingestOptionsSchema } from './options';
import { insertParsed } from './insert';
import type { ExplicitColumns } from './parse';
import { errorsSql, mapColumns, PARSED_TABLE, parseSql } from './parse';
import { withStatementProgress } from './progress';
import { describeFile, firstLine, sourceSql } from './stage';

/**
 * Imports a file into the `events` table of a DuckDB connection, all-or-nothing: the file is read,
 * parsed and validated in one pass into a temporary table (progress reported as percent of the file
 * read), then the valid new rows are inserted in one transaction.
 * `afterInsert` runs inside that transaction (e.g. to bump the store generation).
 * Throws `IngestError` (store unchanged) for unreadable files and, with onError 'fail', for bad rows.
 */
export async function ingestFileIntoDuckDb(
  connection: DuckDBConnection,
  path: string,
  input: IngestOptionsInput,
  onProgress: ProgressCallback,
  afterInsert: () => Promise<void>,
): Promise<IngestReport> {
  const options = ingestOptionsSchema.parse(input);
  const explicit: ExplicitColumns = new Set(
    (['channel', 'session', 'id'] as const).filter((key) => input[key] !== undefined),
  );
  try {
    onProgress({ phase: 'reading', done: 0, total: 1 });
    const format = await detectFormat(path, options.format);
    const columns = await describeFile(connection, path, format);
    const mapping = mapColumns(path, columns, options, explicit);
    onProgress({ phase: 'validating', done: 0, total: 100 });
    try {
      await withStatementProgress(connection, 'validating', onProgress, () =>
        connection.run(parseSql(mapping, options.timeFormat, sourceSql(path, format, false))),
      );
    } catch (error) {
      throw new IngestError(path, `cannot be parsed as ${format.toUpperCase()}: ${firstLine(error)}`);
    }
    onProgress({ phase: 'validating', done: 100, total: 100 });
    const rows = await scalar(connection, `SELECT count(*) FROM ${PARSED_TABLE}`);
    if (rows === 0) throw new IngestError(path, 'has no event rows');
    const skipped = await scalar(connection, `SELECT count(*) FROM ${PARSED_TABLE} WHERE err IS NOT NULL`);
    const errors =
      skipped === 0
        ? []
        : await firstErrors(
            connection,
            errorsSql(mapping, options.timeFormat, sourceSql(path, format), options.maxReportedErrors),
          );
    if (skipped > 0 && options.onError === 'fail') {
      const first = errors[0];
      const detail = first
        ? `row ${first.row}, column "${first.column}": ${first.reason} (got ${JSON.stringify(first.value)})`
        : '';
      throw new IngestError(
        path,
        `${skipped} bad row${skipped === 1 ? '' : 's'}, nothing imported; first: ${detail}`,
        errors,
      );
    }
    onProgress({ phase: 'inserting', done: 0, total: rows - skipped });
    await connection.run('BEGIN TRANSACTION');
    let inserted: number;
    try {
      inserted = await insertParsed(connection, mapping.id !== null);
      await afterInsert();
      await connection.run('COMMIT');
    } catch (error) {
      await connection.run('ROLLBACK');
      throw error;
    }
    onProgress({ phase: 'inserting', done: rows - skipped, total: rows - skipped });
    return { file: path, rows, inserted, duplicates: rows - skipped - inserted, skipped, errors };
  } finally {
    await connection.run(`DROP TABLE IF EXISTS ${PARSED_TABLE}`);
  }
}

/** Reads the bad rows listed by `errorsSql`. */
async function firstErrors(connection: DuckDBConnection, sql: string): Promise<RowError[]> {
  const reader = await connection.runAndReadAll(sql);
  return reader.getRows().map((row) => ({
    row: Number(row[0]),
    column: String(row[1]),
    value: String(row[2] ?? ''),
    reason: String(row[3]),
  }));
}
