import type { DuckDBConnection } from '@duckdb/node-api';
import { NONE_VALUE } from '../kernels/funnel';
import { finishTrends, SESSIONS_FROM_INDEX } from '../kernels/trends';
import type { TrendRow } from '../kernels/trends';
import type { TrendsQuery } from '../query';
import type { TrendsResult } from '../results';
import { Params, quoteLiteral, renderConditions, renderMatcher, renderTimeRange } from './sql';

/** The aggregation SQL of a trends query (snapshotted in tests). */
export function trendsSql(query: TrendsQuery, params: Params): string {
  const unit = query.interval;
  const where = [renderConditions(query.filters, params), ...renderTimeRange(query.timeRange, params)];
  if (query.matchers)
    where.push(`(${query.matchers.map((matcher) => renderMatcher(matcher, params)).join(' OR ')})`);
  if (query.measure === 'sessions') throw new RangeError(SESSIONS_FROM_INDEX);
  const measure = query.measure === 'events' ? 'count(*)' : 'count(DISTINCT user_id)';
  const series = query.breakdown === 'channel' ? `coalesce(channel, ${quoteLiteral(NONE_VALUE)})` : `'all'`;
  return `SELECT epoch_ms(date_trunc('${unit}', make_timestamp(ts * 1000)))::DOUBLE AS bucket, ${series} AS series, ${measure}::DOUBLE AS value
FROM events WHERE ${where.join(' AND ')}
GROUP BY ALL ORDER BY bucket, series`;
}

/** Runs a trends query on DuckDB and fills the periods in TypeScript. */
export async function duckdbTrends(connection: DuckDBConnection, query: TrendsQuery): Promise<TrendsResult> {
  const params = new Params();
  const reader = await connection.runAndReadAll(trendsSql(query, params), params.values, params.types);
  const rows: TrendRow[] = reader.getRows().map((row) => ({
    bucketStart: Number(row[0]),
    series: String(row[1]),
    value: Number(row[2]),
  }));
  return finishTrends(query, rows);
}
