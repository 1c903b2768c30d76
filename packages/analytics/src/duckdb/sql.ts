import type { PropertyCondition } from '@waymark/domain';
import type { DuckDBValue } from '@duckdb/node-api';
import type { TimeRange } from '../query';

/**
 * SQL text for DuckDB. User values always travel as positional parameters (`$1`, `$2`, ...);
 * identifiers and the few literals we must inline (file column names) go through strict quoting.
 *
 * Property semantics (shared with every adapter): properties are stored as text (numbers in JS
 * `String()` form, booleans `true`/`false`, null = missing). `eq`/`in` compare text for string values,
 * numbers numerically, booleans as `true`/`false`; `neq` is NOT `eq` (a missing property is not equal);
 * `contains` is a case-sensitive substring test; `gt`/`gte`/`lt`/`lte` compare numerically for number
 * values (non-numeric text never matches) and by text for string values; `exists` means present.
 */

/** Collects parameters while SQL is rendered. */
export class Params {
  readonly values: DuckDBValue[] = [];
  /** Adds a value and returns its placeholder. */
  add(value: string | number | boolean): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

// eslint-disable-next-line no-control-regex
const NUL = /\u0000/;

/** Quotes an identifier (`"..."`, inner quotes doubled). Refuses NUL characters. */
export function quoteIdent(name: string): string {
  if (NUL.test(name)) throw new TypeError(`identifier ${JSON.stringify(name)} contains a NUL character`);
  return `"${name.replace(/"/g, '""')}"`;
}

/** Quotes a string literal (`'...'`, inner quotes doubled; DuckDB strings have no backslash escapes). Refuses NUL. */
export function quoteLiteral(value: string): string {
  if (NUL.test(value)) throw new TypeError(`string ${JSON.stringify(value)} contains a NUL character`);
  return `'${value.replace(/'/g, "''")}'`;
}

/** Text form of a matcher value, as properties are stored. */
function scalarComparison(
  lookup: string,
  value: string | number | boolean,
  op: string,
  params: Params,
): string {
  if (typeof value === 'number') return `TRY_CAST(${lookup} AS DOUBLE) ${op} ${params.add(value)}::DOUBLE`;
  if (typeof value === 'boolean') return `${lookup} ${op} ${params.add(value ? 'true' : 'false')}`;
  return `${lookup} ${op} ${params.add(value)}::VARCHAR`;
}

function requireScalar(condition: PropertyCondition): string | number | boolean {
  const value = condition.value;
  if (value === undefined || Array.isArray(value)) {
    throw new TypeError(
      `property condition "${condition.operator}" on "${condition.property}" needs a single value`,
    );
  }
  return value;
}

/**
 * Renders one property condition on the `properties` MAP column as a boolean that is never NULL.
 * Throws a TypeError naming the property when the value does not fit the operator.
 */
export function renderCondition(condition: PropertyCondition, params: Params): string {
  const lookup = `properties[${params.add(condition.property)}::VARCHAR]`;
  switch (condition.operator) {
    case 'exists':
      return `(${lookup} IS NOT NULL)`;
    case 'eq':
      return `coalesce(${scalarComparison(lookup, requireScalar(condition), '=', params)}, false)`;
    case 'neq':
      return `NOT coalesce(${scalarComparison(lookup, requireScalar(condition), '=', params)}, false)`;
    case 'in': {
      const values = condition.value;
      if (!Array.isArray(values) || values.length === 0) {
        throw new TypeError(`property condition "in" on "${condition.property}" needs a non-empty list`);
      }
      return `coalesce(${values.map((value) => scalarComparison(lookup, value, '=', params)).join(' OR ')}, false)`;
    }
    case 'contains': {
      const value = requireScalar(condition);
      if (typeof value !== 'string')
        throw new TypeError(`property condition "contains" on "${condition.property}" needs text`);
      return `coalesce(contains(${lookup}, ${params.add(value)}::VARCHAR), false)`;
    }
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte': {
      const op = { gt: '>', gte: '>=', lt: '<', lte: '<=' }[condition.operator];
      return `coalesce(${scalarComparison(lookup, requireScalar(condition), op, params)}, false)`;
    }
  }
}

/** Renders a half-open time range `[from, to)` on the `ts` column as zero, one or two conditions. */
export function renderTimeRange(range: TimeRange | undefined, params: Params): string[] {
  const where: string[] = [];
  if (range?.from !== undefined) where.push(`ts >= ${params.add(range.from)}::BIGINT`);
  if (range?.to !== undefined) where.push(`ts < ${params.add(range.to)}::BIGINT`);
  return where;
}

/** Renders an AND of conditions (`true` when empty). */
export function renderConditions(conditions: readonly PropertyCondition[], params: Params): string {
  return conditions.length === 0
    ? 'true'
    : conditions.map((condition) => renderCondition(condition, params)).join(' AND ');
}
