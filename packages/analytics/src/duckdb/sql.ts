import type { EventMatcher, PropertyCondition } from '@waymark/domain';
import { BIGINT, DOUBLE, LIST, VARCHAR, listValue } from '@duckdb/node-api';
import type { DuckDBType, DuckDBValue } from '@duckdb/node-api';
import type { ConditionDialect } from '../conditions';
import * as shared from '../conditions';
import type { TimeRange } from '../query';

/**
 * SQL text for DuckDB. User values always travel as positional parameters (`$1`, `$2`, ...) with their
 * types given (numbers as DOUBLE, so an integer of 2^63 or more compares as ClickHouse's Float64 does
 * instead of failing as an out-of-range BIGINT); identifiers and the few literals we must inline (file
 * column names) go through strict quoting. Condition semantics: `../conditions.ts`.
 */

/** Collects parameters and their types while SQL is rendered. */
export class Params {
  readonly values: DuckDBValue[] = [];
  readonly types: DuckDBType[] = [];
  private readonly keys = new Map<string, string>();
  /** Adds a value (text as VARCHAR, numbers as DOUBLE unless `type` says otherwise) and returns its placeholder. */
  add(value: string | number, type?: DuckDBType): string {
    this.values.push(value);
    this.types.push(type ?? (typeof value === 'number' ? DOUBLE : VARCHAR));
    return `$${this.values.length}`;
  }
  /** A property name's placeholder, added once however often the SQL reads the property. */
  key(name: string): string {
    let placeholder = this.keys.get(name);
    if (placeholder === undefined) {
      placeholder = this.add(name);
      this.keys.set(name, placeholder);
    }
    return placeholder;
  }
  /** Adds a whole list as ONE parameter of type `LIST(item)` and returns its placeholder. */
  list(values: readonly (string | number)[], item: DuckDBType): string {
    this.values.push(listValue([...values]));
    this.types.push(LIST(item));
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

/** The DuckDB dialect of the shared condition SQL: properties from the MAP column, values as parameters. */
export function duckdbDialect(params: Params): ConditionDialect {
  const lookup = (key: string) => `properties[${params.key(key)}]`;
  return {
    lookup,
    present: (key) => `${lookup(key)} IS NOT NULL`,
    toNumber: (text) => `TRY_CAST(${text} AS DOUBLE)`,
    text: (value) => params.add(value),
    number: (value) => params.add(value),
    inTexts: (expr, values) => `${expr} IN (SELECT unnest(${params.list(values, VARCHAR)}))`,
    inNumbers: (expr, values) => `${expr} IN (SELECT unnest(${params.list(values, DOUBLE)}))`,
    contains: (haystack, needle) => `contains(${haystack}, ${needle})`,
    startsWith: (text, prefix) => `starts_with(${text}, ${prefix})`,
    orFalse: (condition) => `coalesce(${condition}, false)`,
    true: 'true',
    false: 'false',
  };
}

/** Renders one property condition as a boolean that is never NULL (see `../conditions.ts`). */
export function renderCondition(condition: PropertyCondition, params: Params): string {
  return shared.renderCondition(condition, duckdbDialect(params));
}

/** Renders one event matcher (name or property) as a DuckDB boolean. */
export function renderMatcher(matcher: EventMatcher, params: Params): string {
  return shared.renderMatcher(matcher, duckdbDialect(params));
}

/** Renders a half-open time range `[from, to)` on the `ts` column as zero, one or two conditions. */
export function renderTimeRange(range: TimeRange | undefined, params: Params): string[] {
  const where: string[] = [];
  if (range?.from !== undefined) where.push(`ts >= ${params.add(range.from, BIGINT)}`);
  if (range?.to !== undefined) where.push(`ts < ${params.add(range.to, BIGINT)}`);
  return where;
}

/** Renders an AND of conditions (`true` when empty). */
export function renderConditions(conditions: readonly PropertyCondition[], params: Params): string {
  return shared.renderConditions(conditions, duckdbDialect(params));
}
