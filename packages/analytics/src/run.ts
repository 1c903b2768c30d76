import type { EventStore } from './port';
import { analyticsQuerySchema } from './query';
import type { AnalyticsQueryInput } from './query';
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
import { runSessionTrends } from './kernels/trends';

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

/**
 * Runs any query description against a store: parses it, asks the adapter for the journey index of
 * its scope (or, for trends of events and users, the adapter's aggregation) and runs the shared kernel.
 * Trends of sessions come from the index, so sessions are split by the one rule every sequence query
 * uses (`kernels/sessions.ts`), on every engine.
 * Throws a ZodError when the description is invalid.
 */
export async function runQuery<K extends keyof QueryResultByKind>(
  store: EventStore,
  input: AnalyticsQueryInput & { kind: K },
): Promise<QueryResultByKind[K]>;
export async function runQuery(
  store: EventStore,
  input: AnalyticsQueryInput,
): Promise<QueryResultByKind[keyof QueryResultByKind]> {
  const query = analyticsQuerySchema.parse(input);
  if (query.kind === 'trends' && query.measure !== 'sessions') return store.trends(query);
  const prepared = scopeFor(query);
  const index = await store.index(prepared.scope);
  switch (query.kind) {
    case 'trends':
      return runSessionTrends(index, query, prepared);
    case 'funnel':
      return runFunnel(index, query, prepared);
    case 'time_to_convert':
      return runTimeToConvert(index, query, prepared);
    case 'paths':
      return runPaths(index, query, prepared);
    case 'dfg':
      return runDfg(index, query);
    case 'variants':
      return runVariants(index, query);
    case 'attribution':
      return runAttribution(index, query, prepared);
    case 'health':
      return runHealth(index, query, prepared);
  }
}
