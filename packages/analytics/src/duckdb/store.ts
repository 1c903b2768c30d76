import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { AnalyticsEventInput, AppendResult } from '../event';
import { eventBatchSchema, propertyText } from '../event';
import { ingestFileIntoDuckDb } from '../ingest/ingest';
import type { DataSet } from '@waymark/domain';
import type { EventImportOptions, StoredEventDataSet } from '../datasets/catalog';
import { checkRename, findDataSet, planDataSet } from '../datasets/catalog';
import {
  deleteDuckDbDataSet,
  lastDuckDbSeq,
  listDuckDbDataSets,
  prepareDuckDbDataSets,
  recordDuckDbDataSet,
  renameDuckDbDataSet,
} from '../datasets/duckdb';
import type { IngestReport, ProgressCallback } from '../ingest/options';
import { insertParsed } from '../ingest/insert';
import { PARSED_TABLE } from '../ingest/parse';
import type { IndexScope, JourneyIndex } from '../journey-index';
import type { QueryBudget } from '../deadline';
import type { EventStore } from '../port';
import type { TrendsQuery } from '../query';
import type { TrendsResult } from '../results';
import type { FullIndex } from './index-builder';
import { buildFullIndex } from './index-builder';
import { loadIndex, removeIndex, saveIndex } from './index-file';
import { scalar } from './read-columns';
import { EVENTS_TABLE, prepareSchema } from './schema';
import { scopedIndex } from './scoped';
import { duckdbTrends } from './trends';

/** Where a DuckDB event store keeps its data. Without `dataDir` the store lives in memory. */
export interface DuckDbStoreOptions {
  dataDir?: string;
}

/** Database file name inside the data directory. */
export const DUCKDB_FILE = 'events.duckdb';
/** Folder of the persisted journey index inside the data directory. */
export const INDEX_DIR = 'journey-index';

/** DuckDB's memory budget for a store on disk (it spills to `<db>.tmp` beyond it). */
const MEMORY_LIMIT = '2GB';

/** The DuckDB adapter of the EventStore port (see `port.ts`). */
export class DuckDbEventStore implements EventStore {
  readonly engine = 'duckdb';
  private queue: Promise<unknown> = Promise.resolve();
  private cached: { generation: number; full: FullIndex } | null = null;

  constructor(
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
    private readonly indexDir: string | null,
  ) {}

  /** Runs operations one at a time on the single connection. */
  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private generation(): Promise<number> {
    return scalar(this.connection, `SELECT value FROM wm_meta WHERE key = 'generation'`);
  }

  private async bumpGeneration(): Promise<void> {
    await this.connection.run(`UPDATE wm_meta SET value = value + 1 WHERE key = 'generation'`);
    this.cached = null;
    if (this.indexDir !== null) await removeIndex(this.indexDir);
  }

  append(events: readonly AnalyticsEventInput[]): Promise<AppendResult> {
    const batch = eventBatchSchema.parse(events);
    return this.serial(async () => {
      if (batch.length === 0) return { inserted: 0, duplicates: 0 };
      const c = this.connection;
      await c.run(`CREATE OR REPLACE TEMP TABLE wm_append (row_no BIGINT, user_id VARCHAR, ts BIGINT, event VARCHAR,
        channel VARCHAR, session_id VARCHAR, event_id VARCHAR, props VARCHAR)`);
      try {
        const appender = await c.createAppender('wm_append', 'main', 'temp');
        const text = (value: string | undefined): void =>
          value === undefined ? appender.appendNull() : appender.appendVarchar(value);
        batch.forEach((event, row) => {
          appender.appendBigInt(BigInt(row));
          appender.appendVarchar(event.userId);
          appender.appendBigInt(BigInt(event.timestamp));
          appender.appendVarchar(event.event);
          text(event.channel);
          text(event.sessionId);
          text(event.eventId);
          const props: Record<string, string> = {};
          for (const [key, value] of Object.entries(event.properties)) {
            const stored = propertyText(value);
            if (stored !== null) props[key] = stored;
          }
          appender.appendVarchar(JSON.stringify(props));
          appender.endRow();
        });
        appender.closeSync();
        await c.run(`CREATE OR REPLACE TEMP TABLE ${PARSED_TABLE} AS SELECT user_id, ts, event, channel, session_id, event_id,
          json_transform(props, '"MAP(VARCHAR, VARCHAR)"') AS properties, NULL::USMALLINT AS err FROM wm_append ORDER BY row_no`);
        await c.run('BEGIN TRANSACTION');
        try {
          const inserted = await insertParsed(c, true);
          await this.bumpGeneration();
          await c.run('COMMIT');
          return { inserted, duplicates: batch.length - inserted };
        } catch (error) {
          await c.run('ROLLBACK');
          throw error;
        }
      } finally {
        await c.run('DROP TABLE IF EXISTS wm_append');
        await c.run(`DROP TABLE IF EXISTS ${PARSED_TABLE}`);
      }
    });
  }

  ingestFile(
    path: string,
    options: EventImportOptions = {},
    onProgress: ProgressCallback = () => {},
  ): Promise<IngestReport> {
    return this.serial(async () => {
      const plan = await planDataSet(path, options.dataSet, await listDuckDbDataSets(this.connection));
      const afterSeq = await lastDuckDbSeq(this.connection);
      const report = await ingestFileIntoDuckDb(this.connection, path, options, onProgress, async () => {
        await this.bumpGeneration();
        await recordDuckDbDataSet(this.connection, plan, afterSeq);
      });
      onProgress({ phase: 'indexing', done: 0, total: 1 });
      await this.fullIndex();
      onProgress({ phase: 'done', done: 1, total: 1 });
      return { ...report, dataSet: findDataSet(await listDuckDbDataSets(this.connection), plan.id).dataSet };
    });
  }

  storedDataSets(): Promise<StoredEventDataSet[]> {
    return this.serial(() => listDuckDbDataSets(this.connection));
  }

  renameDataSet(ref: string, name: string): Promise<DataSet> {
    return this.serial(async () => {
      const stored = await listDuckDbDataSets(this.connection);
      const target = findDataSet(stored, ref);
      const next = checkRename(stored, target, name);
      await renameDuckDbDataSet(this.connection, target.dataSet.id, next);
      return { ...target.dataSet, name: next };
    });
  }

  deleteDataSet(ref: string): Promise<DataSet> {
    return this.serial(async () => {
      const target = findDataSet(await listDuckDbDataSets(this.connection), ref);
      const c = this.connection;
      await c.run('BEGIN TRANSACTION');
      try {
        await deleteDuckDbDataSet(c, target);
        await this.bumpGeneration();
        await c.run('COMMIT');
      } catch (error) {
        await c.run('ROLLBACK');
        this.cached = null;
        throw error;
      }
      return target.dataSet;
    });
  }

  count(): Promise<number> {
    return this.serial(() => scalar(this.connection, `SELECT count(*) FROM ${EVENTS_TABLE}`));
  }

  buildIndex(): Promise<JourneyIndex> {
    return this.serial(async () => {
      this.cached = null;
      if (this.indexDir !== null) await removeIndex(this.indexDir);
      return (await this.fullIndex()).index;
    });
  }

  async index(scope: IndexScope = {}, budget?: QueryBudget): Promise<JourneyIndex> {
    const full = await this.serial(() => this.fullIndex());
    return await this.read(budget, (connection) => scopedIndex(connection, full, scope, budget));
  }

  trends(query: TrendsQuery, budget?: QueryBudget): Promise<TrendsResult> {
    return this.read(budget, (connection) => duckdbTrends(connection, query));
  }

  /**
   * Runs a read on a connection of its own, outside the write queue, so a slow query never holds up
   * another. When the budget is spent the connection is interrupted, and the failure is reported as
   * `QueryCancelledError`. Reads see the last committed state (DuckDB's MVCC).
   */
  private async read<T>(
    budget: QueryBudget | undefined,
    work: (connection: DuckDBConnection) => Promise<T>,
  ): Promise<T> {
    budget?.check();
    const connection = await this.instance.connect();
    const interrupt = () => connection.interrupt();
    budget?.signal.addEventListener('abort', interrupt, { once: true });
    try {
      return await work(connection);
    } catch (error) {
      throw budget === undefined ? error : budget.translate(error);
    } finally {
      budget?.signal.removeEventListener('abort', interrupt);
      connection.closeSync();
    }
  }

  close(): Promise<void> {
    return this.serial(async () => {
      // Let the index go with the store: a closed store may stay referenced (a report, a cache).
      this.cached = null;
      this.connection.closeSync();
      this.instance.closeSync();
    });
  }

  /** The full index: from memory, else from disk when current, else built and persisted. */
  private async fullIndex(): Promise<FullIndex> {
    // Only this store writes the database (DuckDB locks the file), and every write clears the cache,
    // so a cached index is current without asking DuckDB (a round trip per query otherwise).
    if (this.cached !== null) return this.cached.full;
    const generation = await this.generation();
    let full = this.indexDir !== null ? await loadIndex(this.indexDir, generation) : null;
    if (full === null) {
      full = await buildFullIndex(this.connection);
      if (this.indexDir !== null) await saveIndex(this.indexDir, full, generation);
    }
    this.cached = { generation, full };
    return full;
  }
}

/**
 * Opens (creating if needed) the DuckDB event store: `<dataDir>/events.duckdb` with the journey index
 * in `<dataDir>/journey-index/`, or an in-memory store when `dataDir` is omitted.
 */
export async function openDuckDbEventStore(options: DuckDbStoreOptions = {}): Promise<DuckDbEventStore> {
  let path = ':memory:';
  let indexDir: string | null = null;
  if (options.dataDir !== undefined) {
    await mkdir(options.dataDir, { recursive: true });
    path = join(options.dataDir, DUCKDB_FILE);
    indexDir = join(options.dataDir, INDEX_DIR);
  }
  const instance = await DuckDBInstance.create(path);
  const connection = await instance.connect();
  await prepareSchema(connection);
  await prepareDuckDbDataSets(connection);
  if (indexDir !== null) await connection.run(`SET memory_limit = '${MEMORY_LIMIT}'`);
  return new DuckDbEventStore(instance, connection, indexDir);
}
