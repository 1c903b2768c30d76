import type { DuckDBConnection } from '@duckdb/node-api';
import { quoteIdent, quoteLiteral } from '../duckdb/sql';
import type { FileFormat } from './detect';
import { IngestError } from './options';

/** Name of the staging table a file is read into. */
export const STAGE_TABLE = 'wm_stage';

/** The reader call for a file: CSV with every column as text, NDJSON with every value as JSON, Parquet as typed. */
export function readerSql(path: string, format: FileFormat): string {
  const file = quoteLiteral(path);
  switch (format) {
    case 'csv': {
      const delim = /\.tsv(\.gz)?$/i.test(path) ? `'\\t'` : `','`;
      return `read_csv(${file}, all_varchar=true, header=true, delim=${delim}, quote='"', escape='"', strict_mode=true)`;
    }
    case 'ndjson':
      return `read_json(${file}, format='newline_delimited', records=true, maximum_depth=1, sample_size=-1)`;
    case 'parquet':
      return `read_parquet(${file})`;
  }
}

/** A staged column: its name and DuckDB type. */
export interface StagedColumn {
  name: string;
  type: string;
}

/**
 * Reads a file into the staging table (DuckDB streams it; nothing passes through JS) and returns its
 * columns. `rowid` of the staging table is the 0-based data row. Reader errors become `IngestError`.
 */
export async function stageFile(
  connection: DuckDBConnection,
  path: string,
  format: FileFormat,
): Promise<StagedColumn[]> {
  try {
    await connection.run(
      `CREATE OR REPLACE TEMP TABLE ${STAGE_TABLE} AS SELECT * FROM ${readerSql(path, format)}`,
    );
  } catch (error) {
    throw new IngestError(path, `cannot be parsed as ${format.toUpperCase()}: ${firstLine(error)}`);
  }
  const reader = await connection.runAndReadAll(`DESCRIBE ${STAGE_TABLE}`);
  return reader
    .getRowObjectsJS()
    .map((row) => ({ name: String(row.column_name), type: String(row.column_type) }));
}

/** Text form of a staged column: JSON values unwrapped, typed values cast. */
export function textOf(column: StagedColumn): string {
  const ident = quoteIdent(column.name);
  if (column.type === 'VARCHAR') return ident;
  if (column.type === 'JSON') return `json_extract_string(${ident}, '$')`;
  return `CAST(${ident} AS VARCHAR)`;
}

/** The first line of an error message, without DuckDB's caret diagrams. */
export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n').find((line) => line.trim() !== '') ?? message).slice(0, 500);
}
