/**
 * Strict literal escaping for ClickHouse 18.16, which has no query parameters. Every value that reaches
 * SQL text goes through one of these functions; each refuses what it cannot render exactly.
 */

/** Characters that must not appear raw inside a quoted string: backslash, quote and control characters. */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[\\'\u0000-\u001f\u007f]/g;

/**
 * A high surrogate not followed by a low one, or a low surrogate not preceded by a high one: text
 * with no UTF-8 form. Not global, so `test` keeps no state between calls.
 */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function escapeChar(char: string): string {
  if (char === '\\') return '\\\\';
  if (char === "'") return "\\'";
  return `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`;
}

/**
 * Renders a JS string as a ClickHouse string literal: `'...'` with `\\`, `\'` and `\xHH` for control
 * characters; everything else (any script, emoji) is sent as raw UTF-8.
 * Trap: refuses strings with lone UTF-16 surrogates, which have no UTF-8 form and would be mangled.
 */
export function quoteString(value: string): string {
  if (typeof value !== 'string')
    throw new TypeError(`SQL string literal: expected a string, got ${typeof value}`);
  if (LONE_SURROGATE.test(value)) {
    throw new TypeError(`SQL string literal: ${JSON.stringify(value)} contains a lone UTF-16 surrogate`);
  }
  return `'${value.replace(NEEDS_ESCAPE, escapeChar)}'`;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,126}$/;

/**
 * Renders a table, column or database name as a backtick-quoted identifier.
 * Trap: only `[A-Za-z_][A-Za-z0-9_]*` is accepted; user text never becomes an identifier.
 */
export function quoteIdentifier(name: string): string {
  if (!IDENTIFIER.test(name)) {
    throw new TypeError(`SQL identifier: ${JSON.stringify(name)} must match ${IDENTIFIER.source}`);
  }
  return `\`${name}\``;
}

/** Renders a safe integer (e.g. milliseconds, counts) as an Int64 literal. Refuses fractions, NaN, ±Infinity. */
export function quoteInt(value: number): string {
  if (!Number.isSafeInteger(value))
    throw new TypeError(`SQL integer literal: ${value} is not a safe integer`);
  return value < 0 ? `(${String(value)})` : String(value);
}

/** Smallest positive normal double; 18.16's parser rejects literals below it (subnormals such as 5e-324). */
const MIN_NORMAL = 2.2250738585072014e-308;

/**
 * Renders a finite number as an exact Float64 expression: the shortest round-trip decimal literal
 * (18.16 parses literals exactly, unlike `toFloat64('...')` text), or for subnormals the IEEE bytes
 * through `reinterpretAsFloat64`. Refuses NaN and ±Infinity.
 */
export function quoteFloat(value: number): string {
  if (!Number.isFinite(value)) throw new TypeError(`SQL float literal: ${value} is not finite`);
  if (value !== 0 && Math.abs(value) < MIN_NORMAL) {
    const bytes = Buffer.alloc(8);
    bytes.writeDoubleLE(value);
    return `reinterpretAsFloat64('${[...bytes].map((byte) => `\\x${byte.toString(16).padStart(2, '0')}`).join('')}')`;
  }
  const text = /[.e]/.test(String(value)) ? String(value) : `${String(value)}.0`;
  return `toFloat64(${value < 0 ? `(${text})` : text})`;
}

/**
 * Renders a list of strings as an `Array(String)` literal. An empty list renders as
 * `emptyArrayString()`, because 18.16 types `[]` as `Array(Nothing)`.
 */
export function quoteStringArray(values: readonly string[]): string {
  if (values.length === 0) return 'emptyArrayString()';
  return `[${values.map(quoteString).join(', ')}]`;
}

/**
 * Renders a list of finite numbers as an `Array(Float64)` literal, each element through {@link quoteFloat}.
 * An empty list renders as `emptyArrayFloat64()`.
 */
export function quoteFloatArray(values: readonly number[]): string {
  if (values.length === 0) return 'emptyArrayFloat64()';
  return `[${values.map(quoteFloat).join(', ')}]`;
}
