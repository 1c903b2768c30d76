/**
 * Trends on ClickHouse 18.16: events, users or sessions per UTC day, ISO week (Monday), month or quarter.
 * 18.16's Date and DateTime cover only 1970..2106 and it lacks toStartOfWeek, so the period of each event
 * is computed from its millisecond timestamp with integer arithmetic (days from civil, H. Hinnant), which
 * is exact for every accepted timestamp (years 1..9999).
 */
import type { QueryBudget } from '../deadline';
import { MAX_TREND_SERIES, OTHER_GROUP } from '@waymark/domain';
import { finishTrends, seriesLimit, SESSIONS_FROM_INDEX } from '../kernels/trends';
import type { TrendRow } from '../kernels/trends';
import type { TrendInterval, TrendsQuery } from '../query';
import type { TrendsResult } from '../results';
import { clickhouseDialect, renderStep } from './conditions';
import { quoteInt, quoteString } from './escape';
import type { ClickHouseHttp } from './http';
import { readInt, readString } from './http';
import { renderWhere } from './index-sql';
import { EVENTS_TABLE, qualifiedTable } from './schema';

/** Days since 1970-01-01 (floored) of `ts`; 719162 days separate 0001-01-01 from the epoch. */
const DAY_NUMBER = 'intDiv(ts + 62135596800000, 86400000) - 719162';

/** Civil year and month of day number `d` (aliases `y`, `m`), valid for years 1..9999. */
const CIVIL = [
  'd + 719468 AS z',
  'intDiv(z, 146097) AS era',
  'z - era * 146097 AS doe',
  'intDiv(doe - intDiv(doe, 1460) + intDiv(doe, 36524) - intDiv(doe, 146096), 365) AS yoe',
  'doe - (365 * yoe + intDiv(yoe, 4) - intDiv(yoe, 100)) AS doy',
  'intDiv(5 * doy + 2, 153) AS mp',
  'if(mp < 10, mp + 3, mp - 9) AS m',
  'yoe + era * 400 + (m <= 2) AS y',
];

/**
 * Integer period key per interval: day number; the day number of the week's Monday (0001-01-01 was a
 * Monday, so `(d + 719162) % 7` is days since Monday); `y * 12 + m - 1`; `y * 4 + (m - 1) / 3`.
 */
const PERIOD_KEY: Record<TrendInterval, string> = {
  day: 'd',
  week: 'd - (d + 719162) % 7',
  month: 'y * 12 + m - 1',
  quarter: 'y * 4 + intDiv(m - 1, 3)',
};

/** The measures aggregated here; sessions come from the journey index (see `runQuery`). */
const MEASURES = { events: 'count()', users: 'uniqExact(user_id)' } as const;

function measureOf(query: TrendsQuery): string {
  if (query.measure === 'sessions') throw new RangeError(SESSIONS_FROM_INDEX);
  return MEASURES[query.measure];
}

const CHANNEL = "if(channel = '', '(none)', channel)";

function whereOf(query: TrendsQuery): string {
  const where = [renderWhere(query.timeRange, query.filters)];
  if (query.matchers !== undefined) where.push(renderStep(query.matchers));
  return where.join('\n      AND ');
}

/**
 * The aggregation SQL of a trends query: per period key (and channel, `(none)` when absent) the earliest
 * timestamp, which `finishTrends` maps back to its period, the series name and the value. With `keep`
 * (a capped breakdown), the channels not in it are counted together as `(other)`.
 */
export function renderTrendsSql(
  database: string,
  query: TrendsQuery,
  keep: readonly string[] | null = null,
): string {
  let series = query.breakdown === 'channel' ? CHANNEL : "'all'";
  if (keep !== null)
    series = `if(${clickhouseDialect.inTexts(CHANNEL, keep)}, ${CHANNEL}, ${quoteString(OTHER_GROUP)})`;
  const needsCivil = query.interval === 'month' || query.interval === 'quarter';
  const inner = [
    `${DAY_NUMBER} AS d`,
    ...(needsCivil ? CIVIL : []),
    `toInt64(${PERIOD_KEY[query.interval]}) AS period`,
  ];
  return `SELECT min(ts) AS bucket, series, ${measureOf(query)} AS value
FROM
(
    SELECT ${inner.join(', ')}, ts, ${series} AS series, user_id
    FROM ${qualifiedTable(database, EVENTS_TABLE)}
    WHERE ${whereOf(query)}
)
GROUP BY period, series
ORDER BY period, series`;
}

/** The largest channels by the measure over the whole range (one more than the cap), and the number of channels. */
export function renderTopSeriesSql(database: string, query: TrendsQuery, limit: number): string {
  const grouped = `SELECT ${CHANNEL} AS series, ${measureOf(query)} AS value
    FROM ${qualifiedTable(database, EVENTS_TABLE)}
    WHERE ${whereOf(query)}
    GROUP BY series`;
  return `SELECT series, value, (SELECT count() FROM (${grouped})) AS groups
FROM (${grouped})
ORDER BY value DESC, series
LIMIT ${quoteInt(limit + 1)}`;
}

/** Runs a trends query (a breakdown capped by `seriesLimit`); the shared `finishTrends` fills empty periods and computes the change. */
export async function runTrends(
  http: ClickHouseHttp,
  database: string,
  query: TrendsQuery,
  budget?: QueryBudget,
): Promise<TrendsResult> {
  let capped: ReturnType<typeof seriesLimit> | undefined;
  if (query.breakdown === 'channel') {
    const top = await http.query(renderTopSeriesSql(database, query, MAX_TREND_SERIES), budget);
    capped = seriesLimit(
      top.data.map((row) => readString(row[0], 'series')),
      top.data.length === 0 ? 0 : readInt(top.data[0]?.[2], 'groups'),
    );
  }
  const result = await http.query(renderTrendsSql(database, query, capped?.keep ?? null), budget);
  const rows: TrendRow[] = result.data.map((row) => ({
    bucketStart: readInt(row[0], 'bucket'),
    series: readString(row[1], 'series'),
    value: readInt(row[2], 'value'),
  }));
  return finishTrends(query, rows, capped?.limit);
}
