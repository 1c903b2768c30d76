import type { EventMatcher, PropertyCondition } from '@waymark/domain';

/**
 * Property conditions and event matchers as SQL, written once for every engine. An adapter supplies a
 * {@link ConditionDialect}: how it reads a property, how a user value reaches SQL (DuckDB binds
 * parameters; ClickHouse 18.16 has none, so its values are strictly escaped literals) and a few
 * spellings. The semantics live here:
 *
 * Properties are stored as text (numbers in JS `String()` form, booleans `true`/`false`, missing = absent).
 * `eq`/`in` compare text for string values, numbers numerically, booleans as `true`/`false`; `neq` is
 * NOT `eq` (a missing property is not equal); `contains` is a case-sensitive substring test;
 * `gt`/`gte`/`lt`/`lte` compare numerically for number values (non-numeric text never matches) and by
 * bytes for string values; `exists` means present. Every rendered condition is a boolean that is never NULL.
 *
 * An `in` list is one value (a DuckDB list parameter, a ClickHouse array literal) tested with a hash
 * lookup, so its cost is linear in its length rather than an OR per value.
 */
export interface ConditionDialect {
  /** The stored text of property `key` (NULL or '' when absent: pair it with {@link present}). */
  lookup(key: string): string;
  /** Whether the row has property `key`. */
  present(key: string): string;
  /** `text` (a text expression) as a double; NULL when it is not a number. */
  toNumber(text: string): string;
  /** A user text value (bound or escaped). */
  text(value: string): string;
  /** A user number, always as a double (so integers of 2^63 and beyond compare as every engine does). */
  number(value: number): string;
  /** Whether `expr` is one of `values`; the list travels as ONE value. May be NULL when `expr` is. */
  inTexts(expr: string, values: readonly string[]): string;
  /** Whether the double `expr` is one of `values`; the list travels as ONE value. May be NULL. */
  inNumbers(expr: string, values: readonly number[]): string;
  /** Whether `haystack` contains `needle` (both text expressions), case-sensitively. */
  contains(haystack: string, needle: string): string;
  /** Whether `text` starts with `prefix` (both text expressions), byte-exact. */
  startsWith(text: string, prefix: string): string;
  /** `condition` with NULL read as false. */
  orFalse(condition: string): string;
  /** Literal true and false. */
  readonly true: string;
  readonly false: string;
}

type Scalar = string | number | boolean;

function requireScalar(condition: PropertyCondition): Scalar {
  const value = condition.value;
  if (value === undefined || Array.isArray(value)) {
    throw new TypeError(
      `property condition "${condition.operator}" on "${condition.property}" needs a single value`,
    );
  }
  return value;
}

/** `lookup op value`: numerically for numbers, by text (present only) otherwise; never NULL. */
function comparison(d: ConditionDialect, key: string, value: Scalar, op: string): string {
  if (typeof value === 'number') return d.orFalse(`${d.toNumber(d.lookup(key))} ${op} ${d.number(value)}`);
  const text = typeof value === 'boolean' ? (value ? 'true' : 'false') : value;
  return d.orFalse(`${d.present(key)} AND ${d.lookup(key)} ${op} ${d.text(text)}`);
}

const COMPARATORS = { gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;

/**
 * One property condition as a boolean that is never NULL. The schema refuses values that do not fit
 * the operator; should one get here anyway, this throws a TypeError naming the property.
 */
export function renderCondition(condition: PropertyCondition, d: ConditionDialect): string {
  const key = condition.property;
  switch (condition.operator) {
    case 'exists':
      return `(${d.present(key)})`;
    case 'eq':
      return comparison(d, key, requireScalar(condition), '=');
    case 'neq':
      return `NOT ${comparison(d, key, requireScalar(condition), '=')}`;
    case 'in': {
      const values = condition.value;
      if (!Array.isArray(values) || values.length === 0) {
        throw new TypeError(`property condition "in" on "${key}" needs a non-empty list`);
      }
      const texts = values.filter((value): value is string => typeof value === 'string');
      const numbers = values.filter((value): value is number => typeof value === 'number');
      const terms: string[] = [];
      if (texts.length > 0) terms.push(d.orFalse(`${d.present(key)} AND ${d.inTexts(d.lookup(key), texts)}`));
      if (numbers.length > 0) terms.push(d.orFalse(d.inNumbers(d.toNumber(d.lookup(key)), numbers)));
      return `(${terms.join(' OR ')})`;
    }
    case 'contains': {
      const value = requireScalar(condition);
      if (typeof value !== 'string')
        throw new TypeError(`property condition "contains" on "${key}" needs text`);
      return d.orFalse(`${d.present(key)} AND ${d.contains(d.lookup(key), d.text(value))}`);
    }
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return comparison(d, key, requireScalar(condition), COMPARATORS[condition.operator]);
  }
}

/** An AND of conditions (true when empty). */
export function renderConditions(conditions: readonly PropertyCondition[], d: ConditionDialect): string {
  if (conditions.length === 0) return d.true;
  return conditions.map((condition) => renderCondition(condition, d)).join(' AND ');
}

/** One event matcher on the `event` column: name equality, a name list, a byte-exact prefix, or a property condition. */
export function renderMatcher(matcher: EventMatcher, d: ConditionDialect): string {
  switch (matcher.type) {
    case 'event_equals':
      return `event = ${d.text(matcher.event)}`;
    case 'event_in':
      return d.orFalse(d.inTexts('event', matcher.events));
    case 'event_prefix':
      return d.startsWith('event', d.text(matcher.prefix));
    case 'property':
      return renderCondition(matcher.condition, d);
  }
}

/** A step (its matchers OR-ed) as one boolean; a step without matchers matches nothing. */
export function renderStep(step: readonly EventMatcher[], d: ConditionDialect): string {
  if (step.length === 0) return d.false;
  return `(${step.map((matcher) => renderMatcher(matcher, d)).join(' OR ')})`;
}
