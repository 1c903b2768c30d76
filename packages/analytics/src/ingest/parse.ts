import { MAX_NAME_LENGTH, MAX_TIMESTAMP_MS, MIN_TIMESTAMP_MS } from '../event';
import { codedInsertSql, EVENTS_TABLE } from '../duckdb/schema';
import { quoteIdent, quoteLiteral } from '../duckdb/sql';
import type { IngestOptions, TimeFormat } from './options';
import { IngestError } from './options';
import type { StagedColumn } from './stage';
import { ROW_NO, textOf } from './stage';

/** Name of the table holding parsed, validated rows. */
export const PARSED_TABLE = 'wm_parsed';

/** Longest property value accepted (characters). */
export const MAX_PROPERTY_LENGTH = 65_536;

/**
 * SQL turning timestamp text `x` into epoch milliseconds (NULL when it does not parse). ISO-shaped text
 * (`YYYY-MM-DD...`, checked with a cheap LIKE) goes through DuckDB's own TIMESTAMPTZ cast (offsets
 * honoured, no offset = UTC); only other text is tested with the numeric patterns, so the common case
 * runs no regular expression. The connection's TimeZone must be UTC.
 */
export function timeSql(x: string, format: TimeFormat): string {
  const isoShaped = `${x} LIKE '____-__-__%'`;
  const iso = `(CASE WHEN ${isoShaped} THEN epoch_ms(TRY_CAST(${x} AS TIMESTAMPTZ)) END)`;
  const ms = `(CASE WHEN regexp_full_match(${x}, '\\s*-?\\d{1,16}\\s*') THEN TRY_CAST(${x} AS BIGINT) END)`;
  const s = `(CASE WHEN regexp_full_match(${x}, '\\s*-?\\d{1,13}(\\.\\d{1,6})?\\s*') THEN CAST(round(TRY_CAST(${x} AS DOUBLE) * 1000) AS BIGINT) END)`;
  switch (format) {
    case 'iso':
      return iso;
    case 'epoch_ms':
      return ms;
    case 'epoch_s':
      return s;
    case 'auto':
      return `(CASE WHEN ${isoShaped} THEN epoch_ms(TRY_CAST(${x} AS TIMESTAMPTZ)) WHEN regexp_full_match(${x}, '\\s*-?\\d+(\\.\\d+)?\\s*') THEN (CASE WHEN abs(TRY_CAST(${x} AS DOUBLE)) >= 1e11 THEN ${ms} ELSE ${s} END) END)`;
  }
}

const EXPECTED: Record<TimeFormat, string> = {
  iso: 'an ISO 8601 timestamp',
  epoch_s: 'epoch seconds',
  epoch_ms: 'epoch milliseconds',
  auto: 'an ISO 8601 timestamp or epoch seconds/milliseconds',
};

/** Which mapped columns the caller named explicitly (a missing explicit column is an error). */
export type ExplicitColumns = ReadonlySet<'channel' | 'session' | 'id'>;

/** The staged columns each field comes from. */
export interface ColumnMapping {
  user: StagedColumn;
  event: StagedColumn;
  time: StagedColumn;
  channel: StagedColumn | null;
  session: StagedColumn | null;
  id: StagedColumn | null;
  properties: StagedColumn[];
}

/** Maps file columns to event fields; throws `IngestError` naming the missing column and what was found. */
export function mapColumns(
  file: string,
  columns: StagedColumn[],
  options: IngestOptions,
  explicit: ExplicitColumns,
): ColumnMapping {
  const byName = new Map(columns.map((column) => [column.name, column]));
  const found = columns.map((column) => JSON.stringify(column.name)).join(', ');
  const required = (name: string, what: string, flag: string): StagedColumn => {
    const column = byName.get(name);
    if (!column)
      throw new IngestError(
        file,
        `has no column "${name}" for the ${what} (found ${found}); name it with ${flag}`,
      );
    return column;
  };
  const optional = (name: string, key: 'channel' | 'session' | 'id', what: string): StagedColumn | null => {
    const column = byName.get(name) ?? null;
    if (!column && explicit.has(key))
      throw new IngestError(file, `has no column "${name}" for the ${what} (found ${found})`);
    return column;
  };
  const mapping = {
    user: required(options.user, 'user id', '--user'),
    event: required(options.event, 'event name', '--event'),
    time: required(options.time, 'timestamp', '--time'),
    channel: optional(options.channel, 'channel', 'channel'),
    session: optional(options.session, 'session', 'session id'),
    id: optional(options.id, 'id', 'event id'),
  };
  const used = new Set(Object.values(mapping).flatMap((column) => (column ? [column.name] : [])));
  return { ...mapping, properties: columns.filter((column) => !used.has(column.name)) };
}

/** Text with surrounding whitespace removed, trimming only rows that need it (trim allocates). */
function trimmed(x: string): string {
  return `(CASE WHEN ascii(${x}) > 32 AND ascii(right(${x}, 1)) > 32 THEN ${x} ELSE trim(${x}) END)`;
}

/** The time expression: typed columns converted directly, text parsed from `f_raw_time`. */
function timeOf(column: StagedColumn, format: TimeFormat): string {
  if (column.type.startsWith('TIMESTAMP')) return `epoch_ms(${quoteIdent(column.name)})`;
  if (column.type === 'DATE') return `epoch_ms(CAST(${quoteIdent(column.name)} AS TIMESTAMP))`;
  return timeSql('f_raw_time', format);
}

/** One validation check: condition, file column, value expression, reason. */
type Check = [string, string, string, string];

/** The checks of a mapping, in the order a bad row reports them (the first failing one wins). */
function checksOf(mapping: ColumnMapping, format: TimeFormat): Check[] {
  const checks: Check[] = [];
  const tooLong = (value: string, column: string, max: number): Check => [
    `strlen(${value}) > ${max} AND length(${value}) > ${max}`,
    column,
    value,
    `longer than ${max} characters`,
  ];
  for (const [field, what] of [
    ['user', 'user id'],
    ['event', 'event name'],
  ] as const) {
    const column = mapping[field];
    checks.push([`f_${field} IS NULL`, column.name, `f_${field}`, `missing ${what}`]);
    checks.push(tooLong(`f_${field}`, column.name, MAX_NAME_LENGTH));
  }
  checks.push([`f_raw_time IS NULL`, mapping.time.name, `f_raw_time`, 'missing timestamp']);
  checks.push([`f_ts IS NULL`, mapping.time.name, `f_raw_time`, `not ${EXPECTED[format]}`]);
  checks.push([
    `f_ts NOT BETWEEN ${MIN_TIMESTAMP_MS} AND ${MAX_TIMESTAMP_MS}`,
    mapping.time.name,
    `f_raw_time`,
    'outside the years 1 to 9999',
  ]);
  for (const field of ['channel', 'session', 'id'] as const) {
    const column = mapping[field];
    if (column) checks.push(tooLong(`f_${field}`, column.name, MAX_NAME_LENGTH));
  }
  mapping.properties.forEach((column, i) => {
    checks.push(tooLong(`p_${i}`, column.name, MAX_PROPERTY_LENGTH));
  });
  return checks;
}

/**
 * A query parsing and validating every row of `source`: the event fields (`f_user`, `f_event`, `f_ts`,
 * `f_channel`, `f_session`, `f_id`, `f_properties`, the property map being NULL when the file has no
 * property columns: cheaper to store than ten million empty maps, and read the same), `err` (index of
 * the first failing check, NULL for a good row) and, when `numbered`, `row_no` from `source`.
 * The checks run once per row; what they found is spelled out only for bad rows (`errorsSql`).
 */
function rowsSql(mapping: ColumnMapping, format: TimeFormat, source: string, numbered: boolean): string {
  const text = (column: StagedColumn | null): string =>
    column ? `NULLIF(${textOf(column)}, '')` : 'NULL::VARCHAR';
  const props = mapping.properties.map(
    (column) => `{'k': ${quoteLiteral(column.name)}, 'v': ${textOf(column)}}`,
  );
  const properties =
    props.length === 0
      ? 'NULL::MAP(VARCHAR, VARCHAR)'
      : `map_from_entries(list_filter([${props.join(', ')}], e -> e.v IS NOT NULL))`;
  const checks = checksOf(mapping, format);
  const propertyTexts = mapping.properties.map((column, i) => `, ${textOf(column)} AS p_${i}`).join('');
  const rawTime = trimmed(textOf(mapping.time));
  const typedTime = mapping.time.type.startsWith('TIMESTAMP') || mapping.time.type === 'DATE';
  return `SELECT *, CASE ${checks.map((check, i) => `WHEN ${check[0]} THEN ${i}`).join(' ')} END AS err
  FROM (
    SELECT *, ${timeOf(mapping.time, format)} AS f_ts
    FROM (
      SELECT ${numbered ? `${ROW_NO} AS row_no, ` : ''}${text(mapping.user)} AS f_user, ${text(mapping.event)} AS f_event,
        NULLIF(${rawTime}, '') AS f_raw_time,
        ${text(mapping.channel)} AS f_channel, ${text(mapping.session)} AS f_session, ${text(mapping.id)} AS f_id,
        ${properties} AS f_properties${propertyTexts}${typedTime ? `, ${quoteIdent(mapping.time.name)}` : ''}
      FROM ${source}
    )
  )`;
}

/**
 * SQL that parses and validates every row of `source` (the plain rows of `sourceSql(..., false)`) into
 * the parsed table: the event fields and `err` (NULL for a good row). Row `r` of the file is the row
 * with `rowid` `r` (CTAS keeps insertion order); nothing else is numbered, so the parse stays a
 * parallel scan.
 */
export function parseSql(mapping: ColumnMapping, format: TimeFormat, source: string): string {
  return `CREATE OR REPLACE TEMP TABLE ${PARSED_TABLE} AS
SELECT f_user AS user_id, f_event AS event, f_ts AS ts, f_channel AS channel, f_session AS session_id, f_id AS event_id, f_properties AS properties, err::USMALLINT AS err
FROM (
  ${rowsSql(mapping, format, source, false)}
)`;
}

/**
 * SQL listing the first `limit` bad rows of `source` (numbered rows of `sourceSql`) in file order:
 * 1-based row, file column, value cut to 200 characters, reason. Runs the parse again, so use it only
 * when the parsed table holds bad rows.
 */
export function errorsSql(mapping: ColumnMapping, format: TimeFormat, source: string, limit: number): string {
  const checks = checksOf(mapping, format);
  const pick = (value: (check: Check) => string): string =>
    `CASE err ${checks.map((check, i) => `WHEN ${i} THEN ${value(check)}`).join(' ')} END`;
  return `SELECT row_no + 1, ${pick((check) => quoteLiteral(check[1]))}, ${pick((check) => `left(coalesce(${check[2]}, ''), 200)`)}, ${pick((check) => quoteLiteral(check[3]))}
FROM (
  ${rowsSql(mapping, format, source, true)}
)
WHERE err IS NOT NULL
ORDER BY row_no
LIMIT ${Math.floor(limit)}`;
}

/** How the new rows of a batch must be de-duplicated by event id (decided by `planDedupe`). */
export interface DedupePlan {
  /** Some event ids of the batch may already be stored: skip those. */
  stored: boolean;
  /** Some event ids may repeat inside the batch: keep the first of each (rows listed in `wm_dups`). */
  batch: boolean;
}

/** Table of the batch rows that repeat an earlier row's event id (filled when `DedupePlan.batch`). */
export const DUPS_TABLE = 'wm_dups';

/**
 * SQL moving valid, new rows into the events table; `$1` is the sequence base (previous max seq).
 * `plain`: a plain-text `events` table (see `hasPlainEventsTable`) instead of the coded layout.
 */
export function insertSql(plan: DedupePlan, plain = false): string {
  const target = plain ? 'events' : EVENTS_TABLE;
  const stored = plan.stored
    ? `\n  AND (p.event_id IS NULL OR NOT EXISTS (SELECT 1 FROM ${target} x WHERE x.event_id = p.event_id))`
    : '';
  const batch = plan.batch ? `\n  AND p.rowid NOT IN (SELECT row_no FROM ${DUPS_TABLE})` : '';
  const where = `p.err IS NULL${stored}${batch}`;
  if (!plain) return codedInsertSql(PARSED_TABLE, '$1::BIGINT + p.rowid + 1', where);
  return `INSERT INTO events (seq, user_id, ts, event, channel, session_id, event_id, properties)
SELECT $1::BIGINT + p.rowid + 1, p.user_id, p.ts, p.event, p.channel, p.session_id, p.event_id, p.properties
FROM ${PARSED_TABLE} p
WHERE ${where}`;
}
