/**
 * SQL of the journey index read (snapshotted in tests). Everything is dictionary-coded on the server so
 * the event rows travel as fixed-width RowBinary numbers: dictionaries are sorted arrays built with
 * `arraySort(groupUniqArray(...))`, and `transform(value, dictionary, 1..n, 0) - 1` codes each row with a
 * hash lookup (18.16 folds the scalar subqueries into constants). All reads of one index are bounded by
 * `seq <= snapshot`, so a concurrent append cannot make them disagree.
 */
import type { PropertyCondition } from '@waymark/domain';
import type { IndexScope } from '../journey-index';
import { MAX_CONDITION_SETS } from '../journey-index';
import type { TimeRange } from '../query';
import { lookup, present, renderConditions } from './conditions';
import { quoteInt } from './escape';
import { EVENTS_TABLE, qualifiedTable } from './schema';

/** WHERE clause of a time range and filters (`1` when neither restricts anything). */
export function renderWhere(
  timeRange: TimeRange | undefined,
  filters: readonly PropertyCondition[] | undefined,
): string {
  const parts: string[] = [];
  if (timeRange?.from !== undefined) parts.push(`ts >= ${quoteInt(timeRange.from)}`);
  if (timeRange?.to !== undefined) parts.push(`ts < ${quoteInt(timeRange.to)}`);
  if (filters !== undefined && filters.length > 0) parts.push(renderConditions(filters));
  return parts.length === 0 ? '1' : parts.join('\n  AND ');
}

/** Bit mask expression (UInt32): bit k set when the row meets every condition of `conditionSets[k]`. */
function renderMask(conditionSets: readonly (readonly PropertyCondition[])[]): string {
  if (conditionSets.length > MAX_CONDITION_SETS) {
    throw new RangeError(
      `an index carries at most ${MAX_CONDITION_SETS} condition sets, got ${conditionSets.length}`,
    );
  }
  if (conditionSets.length === 0) return 'toUInt32(0)';
  const terms = conditionSets.map((set, k) => `if(${renderConditions(set)}, ${2 ** k}, 0)`);
  return `toUInt32(${terms.join('\n      + ')})`;
}

/** One text column of the index and how to dictionary-code it. */
export interface CodedSource {
  /** Expression of the text value. */
  value: string;
  /** Rows that have a value (others get code -1). */
  present: string;
}

/** Position of the session source among the coded sources (its dictionary is only counted). */
export const SESSION_SOURCE = 2;

/** The coded text sources of a scope: event name, channel, session id, then each requested property. */
export function codedSources(scope: IndexScope): CodedSource[] {
  return [
    { value: 'event', present: '1' },
    { value: 'channel', present: "channel != ''" },
    { value: 'session_id', present: "session_id != ''" },
    ...(scope.properties ?? []).map((key) => ({ value: lookup(key), present: present(key) })),
  ];
}

/** The rows of the scope, bounded by the snapshot. */
function scopeFrom(database: string, scope: IndexScope, snapshot: number): string {
  return `FROM ${qualifiedTable(database, EVENTS_TABLE)}
WHERE seq <= ${quoteInt(snapshot)}
  AND ${renderWhere(scope.timeRange, scope.filters)}`;
}

/** Scalar subquery: the sorted distinct values of a source over all stored events of the snapshot. */
function dictionary(database: string, snapshot: number, source: CodedSource): string {
  return `(SELECT arraySort(groupUniqArray(${source.value})) FROM ${qualifiedTable(database, EVENTS_TABLE)} WHERE seq <= ${quoteInt(snapshot)} AND ${source.present})`;
}

/**
 * One row: each coded source's sorted dictionary over all stored events of the snapshot, as DuckDB's
 * index has them (sessions only as a size: their text is not needed).
 */
export function renderDictionariesSql(database: string, scope: IndexScope, snapshot: number): string {
  const columns = codedSources(scope).map((source, i) =>
    i === SESSION_SOURCE
      ? `uniqExactIf(${source.value}, ${source.present})`
      : `arraySort(groupUniqArrayIf(${source.value}, ${source.present}))`,
  );
  return `SELECT ${columns.join(',\n    ')}
FROM ${qualifiedTable(database, EVENTS_TABLE)}
WHERE seq <= ${quoteInt(snapshot)}`;
}

/** User ids in index order (bytewise) with their event counts. */
export function renderUsersSql(database: string, scope: IndexScope, snapshot: number): string {
  return `SELECT user_id, count()\n${scopeFrom(database, scope, snapshot)}\nGROUP BY user_id\nORDER BY user_id`;
}

/**
 * The event rows in (user, time, ingestion) order as fixed-width numbers: ts Int64, seq UInt64, then an
 * Int32 code per coded source (-1 = none) and the UInt32 condition mask. `nonEmpty[i]` says whether
 * source `i` has any value; `transform` refuses empty dictionaries, so empty ones render as -1.
 */
export function renderRowsSql(
  database: string,
  scope: IndexScope,
  snapshot: number,
  nonEmpty: readonly boolean[],
): string {
  const from = scopeFrom(database, scope, snapshot);
  const codes = codedSources(scope).map((source, i) => {
    if (nonEmpty[i] !== true) return `toInt32(-1) AS c${i}`;
    const dict = dictionary(database, snapshot, source);
    const code = `toInt32(transform(${source.value}, ${dict}, arrayEnumerate(${dict}), toUInt32(0)) - 1)`;
    return `${source.present === '1' ? code : `if(${source.present}, ${code}, toInt32(-1))`} AS c${i}`;
  });
  return `SELECT
    ts,
    seq,
    ${codes.join(',\n    ')},
    ${renderMask(scope.conditionSets ?? [])} AS mask
${from}
ORDER BY user_id, ts, seq`;
}
