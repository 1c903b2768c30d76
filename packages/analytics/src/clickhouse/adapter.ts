/**
 * The EventStore port on ClickHouse 18.16. ClickHouse stores, filters and sorts; the journey index is
 * read back in (user, time, ingestion) order and the shared kernels answer sequence questions, so the
 * answers equal the DuckDB adapter's. Trends are aggregated on the server.
 */
import type { AnalyticsEventInput, AppendResult } from '../event';
import type { DataSet } from '@waymark/domain';
import type { EventImportOptions, PlannedDataSet, StoredEventDataSet } from '../datasets/catalog';
import { checkRename, findDataSet, planDataSet } from '../datasets/catalog';
import {
  deleteClickHouseDataSet,
  lastClickHouseSeq,
  listClickHouseDataSets,
  recordClickHouseDataSet,
  renameClickHouseDataSet,
} from '../datasets/clickhouse';
import type { IngestReport, ProgressCallback } from '../ingest/options';
import type { IndexScope, JourneyIndex } from '../journey-index';
import type { QueryBudget } from '../deadline';
import type { EventStore } from '../port';
import { funnelQuerySchema } from '../query';
import type { FunnelQueryInput, TrendsQuery } from '../query';
import type { TrendsResult } from '../results';
import { ClickHouseAppender } from './append';
import type { ClickHouseHttp } from './http';
import { readInt } from './http';
import { usersPerStep, windowFunnelLevels } from './funnel-pushdown';
import { extractIndex } from './index-extract';
import { ingestFileInto } from './ingest-file';
import type { AllOrNothingAppender, FileImportOptions } from './ingest-file';
import { EVENTS_TABLE, qualifiedTable } from './schema';
import { runTrends } from './trends';

/** True when a scope restricts or decorates nothing, so the full index answers it. */
function isFullScope(scope: IndexScope | undefined): boolean {
  if (scope === undefined) return true;
  const range = scope.timeRange;
  return (
    (range === undefined || (range.from === undefined && range.to === undefined)) &&
    (scope.filters ?? []).length === 0 &&
    (scope.conditionSets ?? []).length === 0 &&
    (scope.properties ?? []).length === 0
  );
}

/**
 * An EventStore backed by one ClickHouse database. Create it with `openClickHouseEventStore`.
 * Trap: keep one writer per database (see `ClickHouseAppender`).
 */
export class ClickHouseEventStore implements EventStore {
  readonly engine = 'clickhouse';
  private readonly appender: ClickHouseAppender;
  /** The full index, kept until the next append. */
  private fullIndex: Promise<JourneyIndex> | undefined;
  private closed = false;

  constructor(
    private readonly http: ClickHouseHttp,
    /** The database holding the `events` table. */
    readonly database: string,
  ) {
    this.appender = new ClickHouseAppender(http, database);
  }

  private open(): void {
    if (this.closed) throw new Error(`ClickHouse event store ${this.database} is closed`);
  }

  /** See {@link EventStore.append}. One atomic insert per batch; duplicate event ids are skipped. */
  async append(events: readonly AnalyticsEventInput[]): Promise<AppendResult> {
    this.open();
    const result = await this.appender.append(events);
    if (result.inserted > 0) this.fullIndex = undefined;
    return result;
  }

  /**
   * See {@link EventStore.ingestFile}. All or nothing: a failed import deletes what its earlier batches
   * stored (see `ingestFileInto`). The cached full index is dropped after each batch and after a failure
   * (once the rollback is done), so an index built mid-import never outlives it. `fileImport` sets
   * the insert size (tests use tiny batches).
   */
  async ingestFile(
    path: string,
    options: EventImportOptions = {},
    onProgress?: ProgressCallback,
    fileImport?: FileImportOptions,
  ): Promise<IngestReport> {
    this.open();
    // Refused before the file is parsed; checked again with sole use of the appends (a concurrent import).
    await planDataSet(path, options.dataSet, await this.storedDataSets());
    let plan: PlannedDataSet | undefined;
    const appender: AllOrNothingAppender = {
      appendAllOrNothing: (write) =>
        this.appender.appendAllOrNothing(async (append) => {
          plan = await planDataSet(path, options.dataSet, await this.storedDataSets());
          const afterSeq = await lastClickHouseSeq(this.http, this.database);
          await write(async (batch) => {
            const result = await append(batch);
            if (result.inserted > 0) this.fullIndex = undefined;
            return result;
          });
          await recordClickHouseDataSet(this.http, this.database, plan, afterSeq);
        }),
    };
    try {
      const report = await ingestFileInto(appender, path, options, onProgress, fileImport);
      const id = plan?.id ?? '';
      return { ...report, dataSet: findDataSet(await this.storedDataSets(), id).dataSet };
    } catch (error) {
      this.fullIndex = undefined;
      throw error;
    }
  }

  /** See {@link EventStore.storedDataSets}. */
  async storedDataSets(): Promise<StoredEventDataSet[]> {
    this.open();
    return await listClickHouseDataSets(this.http, this.database);
  }

  /** See {@link EventStore.renameDataSet}. */
  async renameDataSet(ref: string, name: string): Promise<DataSet> {
    const stored = await this.storedDataSets();
    const target = findDataSet(stored, ref);
    const next = checkRename(stored, target, name);
    await renameClickHouseDataSet(this.http, this.database, target, next);
    return { ...target.dataSet, name: next };
  }

  /** See {@link EventStore.deleteDataSet}: a verified mutation, then the record (see `datasets/clickhouse.ts`). */
  async deleteDataSet(ref: string): Promise<DataSet> {
    const target = findDataSet(await this.storedDataSets(), ref);
    try {
      await deleteClickHouseDataSet(this.http, this.database, target);
    } finally {
      this.fullIndex = undefined;
    }
    return target.dataSet;
  }

  /** See {@link EventStore.count}. */
  async count(): Promise<number> {
    this.open();
    const result = await this.http.query(
      `SELECT count() FROM ${qualifiedTable(this.database, EVENTS_TABLE)}`,
    );
    return readInt(result.data[0]?.[0], 'count()');
  }

  /** See {@link EventStore.buildIndex}. The table is already sorted; this reads it back once and caches it. */
  async buildIndex(): Promise<JourneyIndex> {
    this.open();
    const built = extractIndex(this.http, this.database);
    this.fullIndex = built;
    built.catch(() => {
      if (this.fullIndex === built) this.fullIndex = undefined;
    });
    return await built;
  }

  /** See {@link EventStore.index}. Unrestricted scopes reuse the cached full index. */
  async index(scope?: IndexScope, budget?: QueryBudget): Promise<JourneyIndex> {
    this.open();
    if (isFullScope(scope)) {
      // The full index is shared by every query, so one query's budget does not stop its build.
      const full = await (this.fullIndex ?? this.buildIndex());
      budget?.check();
      return full;
    }
    return await extractIndex(this.http, this.database, scope, budget);
  }

  /** See {@link EventStore.trends}. */
  async trends(query: TrendsQuery, budget?: QueryBudget): Promise<TrendsResult> {
    this.open();
    return await runTrends(this.http, this.database, query, budget);
  }

  /**
   * Users reaching each funnel step (index 0 = step 1) computed on the server by `windowFunnel`, or null
   * when 18.16's windowFunnel could differ from the kernel for this funnel or data (see `funnel-pushdown.ts`);
   * then run the query through `runQuery` instead. Equal to `runQuery(...).steps[i].users` when not null.
   */
  async pushDownFunnel(input: FunnelQueryInput): Promise<number[] | null> {
    this.open();
    const query = funnelQuerySchema.parse(input);
    const levels = await windowFunnelLevels(this.http, this.database, query);
    return levels === null ? null : usersPerStep(levels, query.steps.length);
  }

  /** Marks the store closed. HTTP holds no session, so nothing else needs releasing; data stays on the server. */
  async close(): Promise<void> {
    this.closed = true;
    this.fullIndex = undefined;
  }
}
