import type { DuckDBConnection } from '@duckdb/node-api';
import { MAX_TREND_SERIES, OTHER_GROUP } from '@waymark/domain';
import { renderStep } from '../conditions';
import { NONE_VALUE } from '../kernels/funnel';
import { finishTrends, seriesLimit, SESSIONS_FROM_INDEX } from '../kernels/trends';
import type { TrendRow } from '../kernels/trends';
import type { TrendsQuery } from '../query';
import type { TrendsResult } from '../results';
import { duckdbDialect, Params, quoteLiteral, renderConditions, renderTimeRange } from './sql';

/** The measures aggregated here; sessions come from the journey index (see `runQuery`). */
const MEASURES = { events: 'count(*)', users: 'count(DISTINCT user_id)' } as const;

function measureOf(query: TrendsQuery): string {
  if (query.measure === 'sessions') throw new RangeError(SESSIONS_FROM_INDEX);
  return MEASURES[query.measure];
}

const CHANNEL = `coalesce(channel, ${quoteLiteral(NONE_VALUE)})`;

function whereOf(query: TrendsQuery, params: Params): string {
  const where = [renderConditions(query.filters, params), ...renderTimeRange(query.timeRange, params)];
  if (query.matchers) where.push(renderStep(query.matchers, duckdbDialect(params)));
  return where.join(' AND ');
}

/**
 * The aggregation SQL of a trends query (snapshotted in tests). With `keep` (a capped breakdown), the
 * channels not in it are counted together as `(other)`, so its distinct users are counted once.
 */
export function trendsSql(query: TrendsQuery, params: Params, keep: readonly string[] | null = null): string {
  const unit = query.interval;
  const where = whereOf(query, params);
  let series = query.breakdown === 'channel' ? CHANNEL : `'all'`;
  if (keep !== null)
    series = `CASE WHEN ${duckdbDialect(params).inTexts(CHANNEL, keep)} THEN ${CHANNEL} ELSE ${params.add(OTHER_GROUP)} END`;
  return `SELECT epoch_ms(date_trunc('${unit}', make_timestamp(ts * 1000)))::DOUBLE AS bucket, ${series} AS series, ${measureOf(query)}::DOUBLE AS value
FROM events WHERE ${where}
GROUP BY ALL ORDER BY bucket, series`;
}

/** The largest channels by the measure over the whole range (one more than the cap), with the number of channels. */
export function topSeriesSql(query: TrendsQuery, params: Params, limit: number): string {
  return `SELECT series, value, groups FROM (
  SELECT ${CHANNEL} AS series, ${measureOf(query)}::DOUBLE AS value, (count(*) OVER ())::DOUBLE AS groups
  FROM events WHERE ${whereOf(query, params)} GROUP BY ALL
) ORDER BY value DESC, series LIMIT ${limit + 1}`;
}

/** Runs a trends query on DuckDB (a breakdown capped by `seriesLimit`) and fills the periods in TypeScript. */
export async function duckdbTrends(connection: DuckDBConnection, query: TrendsQuery): Promise<TrendsResult> {
  let capped: ReturnType<typeof seriesLimit> | undefined;
  if (query.breakdown === 'channel') {
    const params = new Params();
    const top = await connection.runAndReadAll(
      topSeriesSql(query, params, MAX_TREND_SERIES),
      params.values,
      params.types,
    );
    const rows = top.getRows();
    capped = seriesLimit(
      rows.map((row) => String(row[0])),
      Number(rows[0]?.[2] ?? 0),
    );
  }
  const params = new Params();
  const reader = await connection.runAndReadAll(
    trendsSql(query, params, capped?.keep ?? null),
    params.values,
    params.types,
  );
  const rows: TrendRow[] = reader.getRows().map((row) => ({
    bucketStart: Number(row[0]),
    series: String(row[1]),
    value: Number(row[2]),
  }));
  return finishTrends(query, rows, capped?.limit);
}
