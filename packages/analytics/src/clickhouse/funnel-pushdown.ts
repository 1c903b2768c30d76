/**
 * Pushes a plain ordered funnel down to ClickHouse 18.16's `windowFunnel`, where it provably equals the
 * shared kernel. 18.16 differs from our semantics in three ways, each excluded here:
 * - it takes only UInt32/DateTime times and keeps chain start times in an Int32, so times are sent as
 *   units after the scope's first event and the scope must span less than 2^31 units: milliseconds
 *   (about 24.8 days), or seconds when every timestamp in scope is a whole second (68 years);
 * - it orders events with equal times arbitrarily (not by ingestion order), so no user may have two
 *   events of different steps at the same millisecond;
 * - it handles an event matching several steps differently, so steps must be disjoint name sets.
 * Anything else (modes, exclusions, unordered, sessions, breakdowns, property matchers) returns null and
 * the caller uses the journey index and kernels.
 */
import type { FunnelQuery } from '../query';
import { quoteInt, quoteString } from './escape';
import type { ClickHouseHttp } from './http';
import { readInt, readString } from './http';
import { renderWhere } from './index-sql';
import { EVENTS_TABLE, qualifiedTable } from './schema';

/** 18.16 keeps chain start times in `std::vector<Int32>`: larger relative times turn negative. */
const INT32_LIMIT = 2 ** 31;

/** The event names of each step when every step is name-only (equals / in) and no name is in two steps. */
export function disjointStepNames(query: FunnelQuery): string[][] | null {
  if (!query.ordered || query.modes.length > 0 || query.exclusions.length > 0) return null;
  if (query.countBy !== 'users' || query.breakdown !== undefined) return null;
  const seen = new Set<string>();
  const steps: string[][] = [];
  for (const step of query.steps) {
    const names = new Set<string>();
    for (const matcher of step) {
      if (matcher.type === 'event_equals') names.add(matcher.event);
      else if (matcher.type === 'event_in') matcher.events.forEach((name) => names.add(name));
      else return null;
    }
    for (const name of names) {
      if (seen.has(name)) return null;
      seen.add(name);
    }
    steps.push([...names]);
  }
  return steps;
}

function stepCondition(names: readonly string[]): string {
  return `event IN (${names.map(quoteString).join(', ')})`;
}

function scopeWhere(query: FunnelQuery, steps: readonly string[][]): string {
  return `${renderWhere(query.timeRange, query.filters)}
  AND ${stepCondition(steps.flat())}`;
}

/**
 * Pre-flight: time span of the step events in scope, how many (user, ms) pairs hold different steps,
 * and how many timestamps are not whole seconds.
 */
export function renderPreflightSql(database: string, query: FunnelQuery, steps: readonly string[][]): string {
  const stepIndex = `multiIf(${steps.map((names, i) => `${stepCondition(names)}, ${i + 1}`).join(', ')}, 0)`;
  return `SELECT min(ts), max(ts), countIf(steps > 1), countIf(ts % 1000 != 0)
FROM
(
    SELECT user_id, ts, uniqExact(${stepIndex}) AS steps
    FROM ${qualifiedTable(database, EVENTS_TABLE)}
    WHERE ${scopeWhere(query, steps)}
    GROUP BY user_id, ts
)`;
}

/** The windowFunnel query: each user's deepest step, with times as `unitMs` units after `base`. */
export function renderWindowFunnelSql(
  database: string,
  query: FunnelQuery,
  steps: readonly string[][],
  base: number,
  unitMs: 1 | 1000,
): string {
  const window = quoteInt((query.windowSeconds * 1000) / unitMs);
  const time = unitMs === 1 ? `ts - ${quoteInt(base)}` : `intDiv(ts - ${quoteInt(base)}, 1000)`;
  const conditions = steps.map(stepCondition).join(', ');
  return `SELECT user_id, windowFunnel(${window})(toUInt32(${time}), ${conditions}) AS level
FROM ${qualifiedTable(database, EVENTS_TABLE)}
WHERE ${scopeWhere(query, steps)}
GROUP BY user_id
HAVING level > 0`;
}

/**
 * Each user's deepest funnel step computed by `windowFunnel`, or null when the funnel or the data is
 * outside the cases where 18.16 agrees with the kernel (see the file comment).
 */
export async function windowFunnelLevels(
  http: ClickHouseHttp,
  database: string,
  query: FunnelQuery,
): Promise<Map<string, number> | null> {
  const steps = disjointStepNames(query);
  if (steps === null) return null;
  const preflight = await http.query(renderPreflightSql(database, query, steps));
  const row = preflight.data[0] ?? [];
  const ties = readInt(row[2], 'ties');
  if (ties > 0) return null;
  const first = readInt(row[0], 'min(ts)');
  const last = readInt(row[1], 'max(ts)');
  const unitMs = readInt(row[3], 'fractional') === 0 ? 1000 : 1;
  if ((last - first) / unitMs >= INT32_LIMIT) return null;
  const levels = new Map<string, number>();
  const result = await http.query(renderWindowFunnelSql(database, query, steps, first, unitMs));
  for (const cells of result.data) levels.set(readString(cells[0], 'user_id'), readInt(cells[1], 'level'));
  return levels;
}

/** Users reaching each step (index 0 = step 1) from per-user deepest levels. */
export function usersPerStep(levels: ReadonlyMap<string, number>, stepCount: number): number[] {
  const counts = new Array<number>(stepCount).fill(0);
  for (const level of levels.values()) {
    for (let step = 0; step < level && step < stepCount; step++) counts[step] = (counts[step] ?? 0) + 1;
  }
  return counts;
}
