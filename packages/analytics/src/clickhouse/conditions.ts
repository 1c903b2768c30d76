/**
 * Renders property conditions (filters, matcher predicates, persona rules) and event matchers as
 * ClickHouse 18.16 boolean expressions over the `prop_keys` / `prop_values` arrays.
 *
 * Semantics shared with the DuckDB adapter (`duckdb/sql.ts`): properties are text (numbers in JS
 * `String()` form, booleans `true`/`false`, null = missing). `eq`/`in` compare text for string values,
 * numbers numerically, booleans as `true`/`false`; `neq` is NOT `eq` (a missing property is not equal);
 * `contains` is a case-sensitive substring test; `gt`/`gte`/`lt`/`lte` compare numerically for number
 * values (non-numeric text never matches) and by bytes for string values; `exists` means present.
 */
import type { EventMatcher, PropertyCondition } from '@waymark/domain';
import { quoteFloat, quoteString } from './escape';

type Scalar = string | number | boolean;

/** `prop_values[...]` of `key`; '' when absent, so pair it with {@link present}. */
export function lookup(key: string): string {
  return `prop_values[indexOf(prop_keys, ${quoteString(key)})]`;
}

/** Whether the row has property `key`. */
export function present(key: string): string {
  return `has(prop_keys, ${quoteString(key)})`;
}

/** A comparison that is never NULL: text forms require presence, numbers parse or fail to 0. */
function comparison(key: string, value: Scalar, op: string): string {
  if (typeof value === 'number')
    return `ifNull(toFloat64OrNull(${lookup(key)}) ${op} ${quoteFloat(value)}, 0)`;
  const text = typeof value === 'boolean' ? (value ? 'true' : 'false') : value;
  return `(${present(key)} AND ${lookup(key)} ${op} ${quoteString(text)})`;
}

function requireScalar(condition: PropertyCondition): Scalar {
  const value = condition.value;
  if (value === undefined || Array.isArray(value)) {
    throw new TypeError(
      `property condition "${condition.operator}" on "${condition.property}" needs a single value`,
    );
  }
  return value;
}

const COMPARATORS = { gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;

/**
 * One property condition as a UInt8 expression that is never NULL.
 * Throws a TypeError naming the property when the value does not fit the operator (as DuckDB does).
 */
export function renderCondition(condition: PropertyCondition): string {
  const key = condition.property;
  switch (condition.operator) {
    case 'exists':
      return present(key);
    case 'eq':
      return comparison(key, requireScalar(condition), '=');
    case 'neq':
      return `NOT ${comparison(key, requireScalar(condition), '=')}`;
    case 'in': {
      const values = condition.value;
      if (!Array.isArray(values) || values.length === 0) {
        throw new TypeError(`property condition "in" on "${key}" needs a non-empty list`);
      }
      return `(${values.map((value) => comparison(key, value, '=')).join(' OR ')})`;
    }
    case 'contains': {
      const value = requireScalar(condition);
      if (typeof value !== 'string')
        throw new TypeError(`property condition "contains" on "${key}" needs text`);
      return `(${present(key)} AND position(${lookup(key)}, ${quoteString(value)}) > 0)`;
    }
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return comparison(key, requireScalar(condition), COMPARATORS[condition.operator]);
  }
}

/** AND of conditions; an empty list is `1` (true). */
export function renderConditions(conditions: readonly PropertyCondition[]): string {
  if (conditions.length === 0) return '1';
  return conditions.map(renderCondition).join(' AND ');
}

/** One event matcher as SQL: name equality, name list, name prefix (byte-exact) or a property condition. */
export function renderMatcher(matcher: EventMatcher): string {
  switch (matcher.type) {
    case 'event_equals':
      return `event = ${quoteString(matcher.event)}`;
    case 'event_in':
      return `event IN (${matcher.events.map(quoteString).join(', ')})`;
    case 'event_prefix':
      return `startsWith(event, ${quoteString(matcher.prefix)})`;
    case 'property':
      return renderCondition(matcher.condition);
  }
}

/** A step (matchers OR-ed) as SQL. */
export function renderStep(step: readonly EventMatcher[]): string {
  if (step.length === 0) return '0';
  return `(${step.map(renderMatcher).join(' OR ')})`;
}
