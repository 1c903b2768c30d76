/**
 * @waymark/store: durable storage of workspaces, journeys and personas with revisions. Open a store
 * with `openMapStore` (PGlite by default, PostgreSQL when a database URL is given) and program
 * against the `MapStore` port.
 */
export type {
  DeleteOptions,
  JourneySummary,
  MapStore,
  RevisionInfo,
  SaveBurst,
  StoredImage,
  StoredJourney,
  StoredPersona,
  TrashedJourney,
  WriteOptions,
} from './port';
export { AUTOSAVE_BURST } from './port';
export type { BaseRevision, RecordKind } from './errors';
export { ConflictError, NotFoundError, StoreClosedError } from './errors';
export { ImportRefusedError, importDocument } from './import-document';
export type { ImportMode, ImportOptions, ImportOutcome } from './import-document';
export { journeyDocument } from './journey-document';
export { mapStoreDataSetHome } from './dataset-home';
export { renameJourney } from './rename-journey';
export type { RenameOptions } from './rename-journey';
export { inlineStoredImages } from './inline-images';
export type { OpenMapStoreOptions, StoreLocation } from './open-map-store';
export { DEFAULT_DATA_DIR, openMapStore, resolveStoreLocation } from './open-map-store';
export { SqlMapStore } from './pg-core/sql-map-store';
export type { SqlClient, SqlDriver, SqlParam, SqlResult } from './pg-core/sql-client';
export { migrate, migrations } from './pg-core/migrations';
export type { Migration } from './pg-core/migrations';
export { openPgliteStore } from './pglite/open-pglite-store';
export { openPostgresStore } from './postgres/open-postgres-store';
export type { PostgresDriverOptions } from './postgres/postgres-driver';
export { redactUrl } from './postgres/redact-url';
