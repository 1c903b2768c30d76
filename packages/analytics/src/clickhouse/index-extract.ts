/**
 * Extracts a journey index from ClickHouse: one ordered column read of the events in scope (sorted by
 * user, time, ingestion order on the server), streamed as TabSeparated and dictionary-coded in one pass.
 */
import type { PropertyCondition } from '@waymark/domain';
import type { CodedColumn, IndexScope, JourneyIndex } from '../journey-index';
import { MAX_CONDITION_SETS } from '../journey-index';
import type { TimeRange } from '../query';
import { renderConditions } from './conditions';
import { quoteInt, quoteString } from './escape';
import type { ClickHouseHttp } from './http';
import { unescapeTsv } from './http';
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

/** Bit mask expression: bit k set when the row meets every condition of `conditionSets[k]`. */
function renderMask(conditionSets: readonly (readonly PropertyCondition[])[]): string {
  if (conditionSets.length > MAX_CONDITION_SETS) {
    throw new RangeError(
      `an index carries at most ${MAX_CONDITION_SETS} condition sets, got ${conditionSets.length}`,
    );
  }
  if (conditionSets.length === 0) return 'toUInt32(0)';
  return conditionSets
    .map((set, k) => `if(${renderConditions(set)}, toUInt32(${2 ** k}), toUInt32(0))`)
    .join('\n    + ');
}

/** The text of a property, or NULL (`\N` in TabSeparated) when absent. */
function renderProperty(key: string): string {
  return `if(has(prop_keys, ${quoteString(key)}), prop_values[indexOf(prop_keys, ${quoteString(key)})], NULL)`;
}

/** The SELECT that feeds a journey index: fixed columns, the condition mask, then one column per property. */
export function renderIndexSql(database: string, scope: IndexScope = {}): string {
  const properties = scope.properties ?? [];
  const columns = [
    'user_id',
    'ts',
    'seq',
    'event',
    'channel',
    'session_id',
    `${renderMask(scope.conditionSets ?? [])} AS mask`,
    ...properties.map((key, i) => `${renderProperty(key)} AS p${i}`),
  ];
  return `SELECT
    ${columns.join(',\n    ')}
FROM ${qualifiedTable(database, EVENTS_TABLE)}
WHERE ${renderWhere(scope.timeRange, scope.filters)}
ORDER BY user_id, ts, seq`;
}

/** A growable typed array. */
class Column<T extends Int32Array | Float64Array | Uint32Array> {
  length = 0;
  constructor(
    private data: T,
    private readonly make: (size: number) => T,
  ) {}
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = this.make(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
  /** A copy trimmed to the pushed length. */
  done(): T {
    const out = this.make(this.length);
    out.set(this.data.subarray(0, this.length));
    return out;
  }
}

/** Orders strings by Unicode code point, i.e. by UTF-8 bytes, as ClickHouse and DuckDB sort text. */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.codePointAt(i) ?? 0;
    const y = b.codePointAt(i) ?? 0;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

/** Dictionary coder: provisional codes in order of first appearance, renumbered in text order at the end. */
class Dictionary {
  private readonly values: string[] = [];
  private readonly codes = new Map<string, number>();
  code(value: string): number {
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.codes.set(value, code);
      this.values.push(value);
    }
    return code;
  }
  /** Sorted values and the renumbering of `column` in place (codes -1 stay -1), like DuckDB's dictionaries. */
  finish(column: Int32Array): string[] {
    const order = this.values
      .map((_, code) => code)
      .sort((x, y) => compareCodePoints(this.values[x] ?? '', this.values[y] ?? ''));
    const renumber = new Int32Array(order.length);
    order.forEach((code, rank) => {
      renumber[code] = rank;
    });
    for (let row = 0; row < column.length; row++) {
      const code = column[row] ?? -1;
      if (code !== -1) column[row] = renumber[code] ?? -1;
    }
    return order.map((code) => this.values[code] ?? '');
  }
}

function int32(size: number): Int32Array {
  return new Int32Array(size);
}

function float64(size: number): Float64Array {
  return new Float64Array(size);
}

/**
 * Reads the events in `scope` into a journey index. Empty channel / session id cells mean "none" (-1).
 * Like DuckDB's index, every dictionary (names, channels, sessions, property values) is in text order
 * and a session id has one code across users. Unlike it, dictionaries hold only values seen in scope.
 */
export async function extractIndex(
  http: ClickHouseHttp,
  database: string,
  scope: IndexScope = {},
): Promise<JourneyIndex> {
  const properties = scope.properties ?? [];
  const hasMasks = (scope.conditionSets ?? []).length > 0;
  const initial = 1024;
  const timestamps = new Column(float64(initial), float64);
  const seqs = new Column(float64(initial), float64);
  const eventCodes = new Column(int32(initial), int32);
  const channelCodes = new Column(int32(initial), int32);
  const sessionCodes = new Column(int32(initial), int32);
  const masks = new Column(new Uint32Array(initial), (size) => new Uint32Array(size));
  const propertyCodes = properties.map(() => new Column(int32(initial), int32));
  const propertyDictionaries = properties.map(() => new Dictionary());
  const names = new Dictionary();
  const channels = new Dictionary();
  const userIds: string[] = [];
  const offsets = new Column(int32(initial), int32);
  const sessions = new Dictionary();
  let currentUser: string | undefined;
  let row = 0;

  await http.streamTsv(renderIndexSql(database, scope), (cells) => {
    if (cells.length !== 7 + properties.length) {
      throw new Error(
        `ClickHouse index read: expected ${7 + properties.length} cells in row ${row}, got ${cells.length}`,
      );
    }
    const user = unescapeTsv(cells[0] ?? '');
    if (user !== currentUser) {
      currentUser = user;
      userIds.push(user);
      offsets.push(row);
    }
    timestamps.push(Number(cells[1]));
    seqs.push(Number(cells[2]));
    eventCodes.push(names.code(unescapeTsv(cells[3] ?? '')));
    const channel = unescapeTsv(cells[4] ?? '');
    channelCodes.push(channel === '' ? -1 : channels.code(channel));
    const session = unescapeTsv(cells[5] ?? '');
    sessionCodes.push(session === '' ? -1 : sessions.code(session));
    masks.push(Number(cells[6]));
    properties.forEach((_key, i) => {
      const cell = cells[7 + i] ?? '\\N';
      propertyCodes[i]?.push(cell === '\\N' ? -1 : (propertyDictionaries[i]?.code(unescapeTsv(cell)) ?? -1));
    });
    row++;
  });
  offsets.push(row);

  const propertyColumns = new Map<string, CodedColumn>();
  properties.forEach((key, i) => {
    const codes = propertyCodes[i]?.done() ?? new Int32Array(row).fill(-1);
    propertyColumns.set(key, { codes, values: propertyDictionaries[i]?.finish(codes) ?? [] });
  });
  const eventColumn = eventCodes.done();
  const channelColumn = channelCodes.done();
  const sessionColumn = sessionCodes.done();
  sessions.finish(sessionColumn);
  return {
    eventCount: row,
    userIds,
    userOffsets: offsets.done(),
    timestamps: timestamps.done(),
    seqs: seqs.done(),
    eventCodes: eventColumn,
    eventNames: names.finish(eventColumn),
    channelCodes: channelColumn,
    channelNames: channels.finish(channelColumn),
    sessionCodes: sessionColumn,
    conditionMasks: hasMasks ? masks.done() : null,
    properties: propertyColumns,
  };
}
