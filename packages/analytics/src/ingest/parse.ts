import { MAX_NAME_LENGTH } from '../event';
import { quoteIdent, quoteLiteral } from '../duckdb/sql';
import type { IngestOptions, TimeFormat } from './options';
import { IngestError } from './options';
import type { StagedColumn } from './stage';
import { STAGE_TABLE, textOf } from './stage';

/** Name of the table holding parsed, validated rows. */
export const PARSED_TABLE = 'wm_parsed';

/** Longest property value accepted (characters). */
export const MAX_PROPERTY_LENGTH = 65_536;

const ISO = String.raw`\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?)?\s*([Zz]|[+-]\d{2}(:?\d{2})?)?`;
const MIN_MS = -62_135_596_800_000;
const MAX_MS = 253_402_300_799_999;

/** SQL turning timestamp text `x` into epoch milliseconds (NULL when it does not parse). */
export function timeSql(x: string, format: TimeFormat): string {
  const iso = `(CASE WHEN regexp_full_match(${x}, '${ISO}') THEN epoch_ms(TRY_CAST(${x} AS TIMESTAMPTZ)) END)`;
  const ms = `(CASE WHEN regexp_full_match(${x}, '-?\\d{1,16}') THEN TRY_CAST(${x} AS BIGINT) END)`;
  const s = `(CASE WHEN regexp_full_match(${x}, '-?\\d{1,13}(\\.\\d{1,6})?') THEN CAST(round(TRY_CAST(${x} AS DOUBLE) * 1000) AS BIGINT) END)`;
  switch (format) {
    case 'iso':
      return iso;
    case 'epoch_ms':
      return ms;
    case 'epoch_s':
      return s;
    case 'auto':
      return `(CASE WHEN regexp_full_match(${x}, '-?\\d+(\\.\\d+)?') THEN (CASE WHEN abs(TRY_CAST(${x} AS DOUBLE)) >= 1e11 THEN ${ms} ELSE ${s} END) ELSE ${iso} END)`;
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

function timeOf(column: StagedColumn, format: TimeFormat): string {
  if (column.type.startsWith('TIMESTAMP')) return `epoch_ms(${quoteIdent(column.name)})`;
  if (column.type === 'DATE') return `epoch_ms(CAST(${quoteIdent(column.name)} AS TIMESTAMP))`;
  return timeSql(`trim(${textOf(column)})`, format);
}

/**
 * SQL that parses and validates every staged row into the parsed table: the event fields, the property
 * map, and the first problem of each bad row (column, value cut to 200 characters, reason).
 */
export function parseSql(mapping: ColumnMapping, format: TimeFormat): string {
  const text = (column: StagedColumn | null): string =>
    column ? `NULLIF(${textOf(column)}, '')` : 'NULL::VARCHAR';
  const props = mapping.properties.map(
    (column) => `{'k': ${quoteLiteral(column.name)}, 'v': ${textOf(column)}}`,
  );
  const properties =
    props.length === 0
      ? 'MAP()::MAP(VARCHAR, VARCHAR)'
      : `map_from_entries(list_filter([${props.join(', ')}], e -> e.v IS NOT NULL))`;
  const checks: [string, string, string, string][] = [];
  const name = (field: 'user' | 'event', what: string): void => {
    const column = mapping[field];
    checks.push([`f_${field} IS NULL`, column.name, `f_${field}`, `missing ${what}`]);
    checks.push([
      `length(f_${field}) > ${MAX_NAME_LENGTH}`,
      column.name,
      `f_${field}`,
      `longer than ${MAX_NAME_LENGTH} characters`,
    ]);
  };
  name('user', 'user id');
  name('event', 'event name');
  checks.push([`f_raw_time IS NULL`, mapping.time.name, `f_raw_time`, 'missing timestamp']);
  checks.push([`f_ts IS NULL`, mapping.time.name, `f_raw_time`, `not ${EXPECTED[format]}`]);
  checks.push([
    `f_ts NOT BETWEEN ${MIN_MS} AND ${MAX_MS}`,
    mapping.time.name,
    `f_raw_time`,
    'outside the years 1 to 9999',
  ]);
  for (const field of ['channel', 'session', 'id'] as const) {
    const column = mapping[field];
    if (column)
      checks.push([
        `length(f_${field}) > ${MAX_NAME_LENGTH}`,
        column.name,
        `f_${field}`,
        `longer than ${MAX_NAME_LENGTH} characters`,
      ]);
  }
  mapping.properties.forEach((column, i) => {
    checks.push([
      `length(p_${i}) > ${MAX_PROPERTY_LENGTH}`,
      column.name,
      `p_${i}`,
      `longer than ${MAX_PROPERTY_LENGTH} characters`,
    ]);
  });
  const whenAll = (pick: (check: [string, string, string, string]) => string): string =>
    `CASE ${checks.map((check) => `WHEN ${check[0]} THEN ${pick(check)}`).join(' ')} END`;
  const propertyLengths = mapping.properties.map((column, i) => `, ${textOf(column)} AS p_${i}`).join('');
  return `CREATE OR REPLACE TEMP TABLE ${PARSED_TABLE} AS
SELECT row_no, f_user AS user_id, f_event AS event, f_ts AS ts, f_channel AS channel, f_session AS session_id, f_id AS event_id, f_properties AS properties,
  ${whenAll((check) => quoteLiteral(check[1]))} AS err_column,
  ${whenAll((check) => `left(coalesce(${check[2]}, ''), 200)`)} AS err_value,
  ${whenAll((check) => quoteLiteral(check[3]))} AS err_reason
FROM (
  SELECT rowid AS row_no, ${text(mapping.user)} AS f_user, ${text(mapping.event)} AS f_event,
    NULLIF(trim(${textOf(mapping.time)}), '') AS f_raw_time, ${timeOf(mapping.time, format)} AS f_ts,
    ${text(mapping.channel)} AS f_channel, ${text(mapping.session)} AS f_session, ${text(mapping.id)} AS f_id,
    ${properties} AS f_properties${propertyLengths}
  FROM ${STAGE_TABLE}
)`;
}

/** SQL moving valid, new rows into `events`; `$1` is the sequence base (previous max seq). */
export function insertSql(hasIds: boolean): string {
  const dedupe = hasIds
    ? `AND (p.event_id IS NULL OR NOT EXISTS (SELECT 1 FROM events x WHERE x.event_id = p.event_id))
QUALIFY p.event_id IS NULL OR row_number() OVER (PARTITION BY p.event_id ORDER BY p.row_no) = 1`
    : '';
  return `INSERT INTO events (seq, user_id, ts, event, channel, session_id, event_id, properties)
SELECT $1::BIGINT + p.row_no + 1, p.user_id, p.ts, p.event, p.channel, p.session_id, p.event_id, p.properties
FROM ${PARSED_TABLE} p
WHERE p.err_reason IS NULL ${dedupe}`;
}
