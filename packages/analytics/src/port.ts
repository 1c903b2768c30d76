import type { AnalyticsEventInput, AppendResult } from './event';
import type { DataSet } from '@waymark/domain';
import type { EventImportOptions, StoredEventDataSet } from './datasets/catalog';
import type { IngestReport, ProgressCallback } from './ingest/options';
import type { IndexScope, JourneyIndex } from './journey-index';
import type { QueryBudget } from './deadline';
import type { TrendsQuery } from './query';
import type { TrendsResult } from './results';

/**
 * The EventStore port. Adapters (DuckDB, ClickHouse) store events and extract journey indexes;
 * sequence answers come from the shared kernels, so every adapter gives equal answers.
 */
export interface EventStore {
  /** Adapter name, e.g. `duckdb` or `clickhouse`. */
  readonly engine: string;
  /**
   * Appends a batch (validated with `eventBatchSchema`) in one transaction. Events whose `eventId` is
   * already stored, or repeats inside the batch, are skipped. Ingestion order continues after earlier batches.
   */
  append(events: readonly AnalyticsEventInput[]): Promise<AppendResult>;
  /**
   * Imports a CSV, NDJSON or Parquet file all-or-nothing (see `IngestOptions`) as one new data set
   * (`options.dataSet`: name, author, force), recorded with the events. Throws `IngestError` when
   * nothing was loaded, `DataSetConflictError` when a data set already holds the same bytes (unless
   * forced) and `DataSetNameTakenError` for a taken name; the store is then left as it was.
   */
  ingestFile(
    path: string,
    options?: EventImportOptions,
    onProgress?: ProgressCallback,
  ): Promise<IngestReport>;
  /** The events data sets with their seq ranges, oldest first. */
  storedDataSets(): Promise<StoredEventDataSet[]>;
  /** Renames a data set named by id or name; `DataSetNotFoundError`, `DataSetNameTakenError`. */
  renameDataSet(ref: string, name: string): Promise<DataSet>;
  /** Deletes a data set (id or name) and all its events, all or nothing; resolves with what was deleted. */
  deleteDataSet(ref: string): Promise<DataSet>;
  /** Number of stored events. */
  count(): Promise<number>;
  /** (Re)builds the full persisted journey index. Appends invalidate it; `index()` rebuilds lazily. */
  buildIndex(): Promise<JourneyIndex>;
  /**
   * The journey index of the events in scope (time range, filters), with condition masks and property
   * columns. With a `budget`, the engine's work stops when it is spent (throwing `QueryCancelledError`),
   * and a slow read never holds up other queries.
   */
  index(scope?: IndexScope, budget?: QueryBudget): Promise<JourneyIndex>;
  /**
   * A plain aggregation per period (events or users), rendered by the engine; stopped like `index`
   * when `budget` is spent. Refuses `sessions`: `runQuery` counts those from the journey index with
   * the shared session rule.
   */
  trends(query: TrendsQuery, budget?: QueryBudget): Promise<TrendsResult>;
  /** Releases the connection; the store must not be used afterwards. */
  close(): Promise<void>;
}
