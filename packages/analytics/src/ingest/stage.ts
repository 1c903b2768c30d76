import type { DuckDBConnection } from '@duckdb/node-api';
import { quoteIdent, quoteLiteral } from '../duckdb/sql';
import type { FileFormat } from './detect';
import { IngestError } from './options';

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

/** Column name holding the 0-based data row number in `sourceSql`. */
export const ROW_NO = 'wm_row_no';

/**
 * The rows of a file as a subquery, numbered in file order (`wm_row_no`, 0-based) unless `numbered`
 * is false. DuckDB streams the file straight into whatever reads this; nothing passes through JS.
 * Numbering costs a streaming window; a table created from the plain rows keeps file order in its
 * `rowid` instead (insertion order is preserved).
 */
export function sourceSql(path: string, format: FileFormat, numbered = true): string {
  return numbered
    ? `(SELECT (row_number() OVER ()) - 1 AS ${ROW_NO}, * FROM ${readerSql(path, format)})`
    : `(SELECT * FROM ${readerSql(path, format)})`;
}

/**
 * Reads a file's columns (the reader sniffs the header; rows are read later by the parse step).
 * Reader errors become `IngestError`.
 */
export async function describeFile(
  connection: DuckDBConnection,
  path: string,
  format: FileFormat,
): Promise<StagedColumn[]> {
  let columns: StagedColumn[];
  try {
    const reader = await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${readerSql(path, format)}`);
    columns = reader
      .getRowObjectsJS()
      .map((row) => ({ name: String(row.column_name), type: String(row.column_type) }));
  } catch (error) {
    throw new IngestError(path, `cannot be parsed as ${format.toUpperCase()}: ${firstLine(error)}`);
  }
  if (columns.some((column) => column.name === ROW_NO))
    throw new IngestError(path, `has a column named "${ROW_NO}", which is reserved`);
  return columns;
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
