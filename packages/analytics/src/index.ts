export * from './event';
export * from './query';
export * from './results';
export * from './journey-index';
export * from './port';
export * from './run';
export * from './ingest/options';
export { openDuckDbEventStore, DuckDbEventStore, DUCKDB_FILE, INDEX_DIR } from './duckdb/store';
export type { DuckDbStoreOptions } from './duckdb/store';
