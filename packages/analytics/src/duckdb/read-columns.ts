import { DuckDBDoubleVector, DuckDBIntegerVector } from '@duckdb/node-api';
import type { DuckDBConnection, DuckDBType, DuckDBValue, DuckDBVector } from '@duckdb/node-api';

/** A typed array that bulk reads can fill. */
export type NumericColumn = Float64Array | Int32Array | Uint32Array;

/**
 * Streams a query and copies its numeric columns into preallocated typed arrays, chunk by chunk
 * (no row objects). Column `i` of the result fills `targets[i]`. Returns the number of rows read.
 * Trap: `targets` must be at least as long as the result, and INTEGER/DOUBLE columns must never be
 * NULL (coalesce them in SQL): their chunks are block-copied without looking at the validity mask.
 * Other types go value by value, NULL becoming -1.
 */
export async function readNumericColumns(
  connection: DuckDBConnection,
  sql: string,
  params: DuckDBValue[],
  targets: readonly NumericColumn[],
  types?: DuckDBType[],
): Promise<number> {
  const result = await connection.stream(sql, params, types);
  let offset = 0;
  for (;;) {
    const chunk = await result.fetchChunk();
    if (chunk === null || chunk.rowCount === 0) break;
    const rows = chunk.rowCount;
    for (let column = 0; column < targets.length; column++) {
      const target = targets[column];
      if (target !== undefined) copyVector(chunk.getColumnVector(column), target, offset, rows);
    }
    offset += rows;
  }
  return offset;
}

/**
 * Copies one vector into `target[offset..]`: INTEGER and DOUBLE vectors as one block copy of their
 * item array (`items` is the vector's typed-array view of DuckDB's chunk memory; reached with bracket
 * access because the library keeps it private), other types through the generic value path.
 */
function copyVector(vector: DuckDBVector, target: NumericColumn, offset: number, rows: number): void {
  const items =
    vector instanceof DuckDBIntegerVector
      ? vector['items']
      : vector instanceof DuckDBDoubleVector
        ? vector['items']
        : null;
  if (items !== null && items.length === rows) {
    target.set(items, offset);
    return;
  }
  for (let i = 0; i < rows; i++) {
    const value = vector.getItem(i);
    target[offset + i] = typeof value === 'number' ? value : typeof value === 'bigint' ? Number(value) : -1;
  }
}

/** Streams a single text column into a string array (NULL becomes ''). */
export async function readTextColumn(
  connection: DuckDBConnection,
  sql: string,
  params: DuckDBValue[] = [],
): Promise<string[]> {
  const result = await connection.stream(sql, params);
  const out: string[] = [];
  for (;;) {
    const chunk = await result.fetchChunk();
    if (chunk === null || chunk.rowCount === 0) break;
    const vector = chunk.getColumnVector(0);
    for (let i = 0; i < chunk.rowCount; i++) {
      const value = vector.getItem(i);
      out.push(typeof value === 'string' ? value : '');
    }
  }
  return out;
}

/** Runs a query and returns the first column of the first row as a number (0 when NULL). */
export async function scalar(
  connection: DuckDBConnection,
  sql: string,
  params: DuckDBValue[] = [],
  types?: DuckDBType[],
): Promise<number> {
  const reader = await connection.runAndReadAll(sql, params, types);
  const value = reader.getRows()[0]?.[0];
  return typeof value === 'number' ? value : typeof value === 'bigint' ? Number(value) : 0;
}
