import type { DuckDBConnection } from '@duckdb/node-api';
import type { QueryBudget } from '../deadline';
import type { CodedColumn, IndexScope, JourneyIndex } from '../journey-index';
import { MAX_CONDITION_SETS } from '../journey-index';
import type { FullIndex } from './index-builder';
import { readNumericColumns, readTextColumn, scalar } from './read-columns';
import { EVENTS_TABLE } from './schema';
import { Params, renderConditions, renderTimeRange } from './sql';

/** SQL selecting the sequence numbers of events that pass the scope's filters (snapshotted in tests). */
export function filterSql(scope: IndexScope, params: Params): string {
  const where = [renderConditions(scope.filters ?? [], params), ...renderTimeRange(scope.timeRange, params)];
  return `SELECT seq::DOUBLE FROM ${EVENTS_TABLE} WHERE ${where.join(' AND ')}`;
}

/** SQL computing the condition-set mask of every event with a non-zero mask. */
export function maskSql(scope: IndexScope, params: Params): string {
  const sets = scope.conditionSets ?? [];
  if (sets.length > MAX_CONDITION_SETS) throw new RangeError(`at most ${MAX_CONDITION_SETS} condition sets`);
  const terms = sets.map(
    (set, bit) => `(CASE WHEN ${renderConditions(set, params)} THEN ${2 ** bit} ELSE 0 END)`,
  );
  return `SELECT seq::DOUBLE, mask::DOUBLE FROM (SELECT seq, (${terms.join(' + ')})::BIGINT AS mask FROM ${EVENTS_TABLE}) WHERE mask <> 0`;
}

/** Rows of the full index to keep (ascending), or null when every row stays. */
async function selectedRows(
  connection: DuckDBConnection,
  full: FullIndex,
  scope: IndexScope,
): Promise<Int32Array | null> {
  const hasFilters = (scope.filters?.length ?? 0) > 0;
  const { from, to } = scope.timeRange ?? {};
  if (!hasFilters && from === undefined && to === undefined) return null;
  const { index } = full;
  if (!hasFilters) {
    const rows = new Int32Array(index.eventCount);
    let n = 0;
    for (let row = 0; row < index.eventCount; row++) {
      const ts = index.timestamps[row] ?? 0;
      if ((from === undefined || ts >= from) && (to === undefined || ts < to)) rows[n++] = row;
    }
    return rows.slice(0, n);
  }
  const params = new Params();
  const sql = filterSql(scope, params);
  const count = await scalar(connection, `SELECT count(*) FROM (${sql})`, params.values, params.types);
  const seqs = new Float64Array(count);
  await readNumericColumns(connection, sql, params.values, [seqs], params.types);
  const rows = new Int32Array(count);
  seqs.forEach((seq, i) => {
    rows[i] = full.positionOfSeq[seq] ?? -1;
  });
  return rows.filter((row) => row >= 0).sort();
}

/** Copies the selected rows of an index into a new, compact index; users left without rows are dropped. */
function compact(index: JourneyIndex, rows: Int32Array): JourneyIndex {
  const n = rows.length;
  const pick = <T extends Float64Array | Int32Array>(source: T, target: T): T => {
    for (let i = 0; i < n; i++) target[i] = source[rows[i] ?? 0] ?? 0;
    return target;
  };
  const userIds: string[] = [];
  const offsets: number[] = [0];
  let user = -1;
  for (let i = 0; i < n; i++) {
    const row = rows[i] ?? 0;
    let next = user < 0 ? 0 : user;
    while ((index.userOffsets[next + 1] ?? 0) <= row) next++;
    if (next !== user) {
      if (user >= 0) offsets.push(i);
      userIds.push(index.userIds[next] ?? '');
      user = next;
    }
  }
  if (n > 0) offsets.push(n);
  return {
    ...index,
    eventCount: n,
    userIds,
    userOffsets: Int32Array.from(offsets),
    timestamps: pick(index.timestamps, new Float64Array(n)),
    seqs: pick(index.seqs, new Float64Array(n)),
    eventCodes: pick(index.eventCodes, new Int32Array(n)),
    channelCodes: pick(index.channelCodes, new Int32Array(n)),
    sessionCodes: pick(index.sessionCodes, new Int32Array(n)),
  };
}

/** Position of each event (by seq) in the (possibly compacted) index. */
function positionsIn(index: JourneyIndex, full: FullIndex): Int32Array {
  if (index.eventCount === full.index.eventCount) return full.positionOfSeq;
  const positions = new Int32Array(full.positionOfSeq.length).fill(-1);
  index.seqs.forEach((seq, row) => {
    positions[seq] = row;
  });
  return positions;
}

/**
 * The index of a scope, derived from the full index: rows are selected (time range in memory, filters
 * by SQL), condition masks and property columns come from SQL keyed by sequence number.
 * Users without rows in scope are left out. Between its statements it checks `budget` (the store
 * interrupts a statement running when the budget ends).
 */
export async function scopedIndex(
  connection: DuckDBConnection,
  full: FullIndex,
  scope: IndexScope,
  budget?: QueryBudget,
): Promise<JourneyIndex> {
  const rows = await selectedRows(connection, full, scope);
  budget?.check();
  const base = rows === null ? full.index : compact(full.index, rows);
  const sets = scope.conditionSets ?? [];
  const properties = scope.properties ?? [];
  if (sets.length === 0 && properties.length === 0) return base;
  const positions = positionsIn(base, full);
  let conditionMasks: Uint32Array | null = null;
  if (sets.length > 0) {
    budget?.check();
    const params = new Params();
    const sql = maskSql(scope, params);
    const count = await scalar(connection, `SELECT count(*) FROM (${sql})`, params.values, params.types);
    const seqs = new Float64Array(count);
    const masks = new Float64Array(count);
    await readNumericColumns(connection, sql, params.values, [seqs, masks], params.types);
    conditionMasks = new Uint32Array(base.eventCount);
    for (let i = 0; i < count; i++) {
      const row = positions[seqs[i] ?? 0] ?? -1;
      if (row >= 0) conditionMasks[row] = masks[i] ?? 0;
    }
  }
  const columns = new Map<string, CodedColumn>();
  for (const property of properties) {
    budget?.check();
    columns.set(property, await propertyColumn(connection, base, positions, property));
  }
  return { ...base, conditionMasks, properties: columns };
}

async function propertyColumn(
  connection: DuckDBConnection,
  index: JourneyIndex,
  positions: Int32Array,
  property: string,
): Promise<CodedColumn> {
  const params = new Params();
  const key = params.key(property);
  // The dictionary is built once into a table of this read's own connection (a million distinct
  // values took seconds per use), then read in code order and joined once.
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE wm_dictionary AS SELECT value, (row_number() OVER (ORDER BY value) - 1)::INTEGER AS code FROM (SELECT DISTINCT properties[${key}] AS value FROM ${EVENTS_TABLE} WHERE value IS NOT NULL)`,
    params.values,
    params.types,
  );
  const values = await readTextColumn(connection, 'SELECT value FROM wm_dictionary ORDER BY code');
  const sql = `SELECT e.seq::DOUBLE, d.code FROM ${EVENTS_TABLE} e JOIN wm_dictionary d ON d.value = e.properties[${key}]`;
  const count = await scalar(
    connection,
    `SELECT count(*) FROM ${EVENTS_TABLE} WHERE properties[${key}] IS NOT NULL`,
    params.values,
    params.types,
  );
  const seqs = new Float64Array(count);
  const codes = new Int32Array(count);
  await readNumericColumns(connection, sql, params.values, [seqs, codes], params.types);
  await connection.run('DROP TABLE wm_dictionary');
  const column = new Int32Array(index.eventCount).fill(-1);
  for (let i = 0; i < count; i++) {
    const row = positions[seqs[i] ?? 0] ?? -1;
    if (row >= 0) column[row] = codes[i] ?? -1;
  }
  return { codes: column, values };
}
