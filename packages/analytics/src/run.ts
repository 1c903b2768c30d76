import type { EventStore } from './port';
import { QueryBudget, underBudget } from './deadline';
import type { JourneyIndex } from './journey-index';
import { analyticsQuerySchema } from './query';
import type { AnalyticsQuery, AnalyticsQueryInput } from './query';
import type {
  AttributionResult,
  DfgResult,
  FunnelResult,
  HealthResult,
  PathsResult,
  TimeToConvertResult,
  TrendsResult,
  VariantsResult,
} from './results';
import { runAttribution } from './kernels/attribution';
import { runDfg, runVariants } from './kernels/dfg';
import { runFunnel, runTimeToConvert } from './kernels/funnel';
import { runHealth } from './kernels/health';
import { runPaths } from './kernels/paths';
import { scopeFor } from './kernels/scope';
import type { PreparedQuery } from './kernels/scope';
import { checkTrendRange, runSessionTrends } from './kernels/trends';

/** The answer type of each query kind. */
export interface QueryResultByKind {
  funnel: FunnelResult;
  time_to_convert: TimeToConvertResult;
  paths: PathsResult;
  dfg: DfgResult;
  variants: VariantsResult;
  attribution: AttributionResult;
  health: HealthResult;
  trends: TrendsResult;
}

type QueryOf<K extends keyof QueryResultByKind> = Extract<AnalyticsQuery, { kind: K }>;

/**
 * The kernel of each kind over a journey index: the run dispatch table. Trends of events and users are
 * aggregated by the adapter instead; trends of sessions come from the index, so sessions are split by
 * the one rule every sequence query uses (`kernels/sessions.ts`), on every engine.
 */
const KERNELS: {
  [K in keyof QueryResultByKind]: (
    index: JourneyIndex,
    query: QueryOf<K>,
    prepared: PreparedQuery,
  ) => QueryResultByKind[K];
} = {
  funnel: runFunnel,
  time_to_convert: runTimeToConvert,
  paths: runPaths,
  dfg: (index, query) => runDfg(index, query),
  variants: (index, query) => runVariants(index, query),
  attribution: runAttribution,
  health: runHealth,
  trends: runSessionTrends,
};

/** How long a query may run and who may stop it. */
export interface QueryOptions {
  /** Aborts the query (the server passes the request's signal, which aborts when the client disconnects). */
  signal?: AbortSignal;
  /** The query's deadline in milliseconds (default `DEFAULT_QUERY_TIMEOUT_MS`, 30 s). */
  timeoutMs?: number;
}

/**
 * Runs any query description against a store: parses it, asks the adapter for the journey index of
 * its scope (or, for trends, the adapter's aggregation) and runs the shared kernel, all under one
 * deadline: past it (or once `signal` aborts) the engine's work is stopped and `QueryCancelledError`
 * is thrown. Throws a ZodError when the description is invalid.
 */
export async function runQuery<K extends keyof QueryResultByKind>(
  store: EventStore,
  input: AnalyticsQueryInput & { kind: K },
  options?: QueryOptions,
): Promise<QueryResultByKind[K]>;
export async function runQuery(
  store: EventStore,
  input: AnalyticsQueryInput,
  options: QueryOptions = {},
): Promise<QueryResultByKind[keyof QueryResultByKind]> {
  const query = analyticsQuerySchema.parse(input);
  const budget = new QueryBudget(options.timeoutMs, options.signal);
  if (query.kind === 'trends') checkTrendRange(query);
  if (query.kind === 'trends' && query.measure !== 'sessions') return await store.trends(query, budget);
  const prepared = scopeFor(query);
  const index = await store.index(prepared.scope, budget);
  const kernel = KERNELS[query.kind] as (
    index: JourneyIndex,
    query: AnalyticsQuery,
    prepared: PreparedQuery,
  ) => QueryResultByKind[keyof QueryResultByKind];
  return underBudget(budget, () => kernel(index, query, prepared));
}
