/**
 * Extracts a journey index from ClickHouse in four reads of one snapshot (`seq <= max(seq)`): the
 * snapshot bound, the sorted dictionaries, user ids with their event counts, and the event rows as
 * fixed-width RowBinary numbers already sorted by user, time and ingestion order on the server.
 */
import type { QueryBudget } from '../deadline';
import type { CodedColumn, IndexScope, JourneyIndex } from '../journey-index';
import type { ClickHouseHttp } from './http';
import { readInt, readString, unescapeTsv } from './http';
import {
  codedSources,
  renderDictionariesSql,
  renderRowsSql,
  renderUsersSql,
  SESSION_SOURCE,
} from './index-sql';
import { EVENTS_TABLE, qualifiedTable } from './schema';

function readStrings(value: unknown, what: string): string[] {
  if (!Array.isArray(value)) throw new Error(`ClickHouse result: ${what} should be an array`);
  return value.map((item) => readString(item, what));
}

/** Users in index order and the per-user row offsets. */
async function readUsers(
  http: ClickHouseHttp,
  sql: string,
  budget: QueryBudget | undefined,
): Promise<{ userIds: string[]; userOffsets: Int32Array }> {
  const userIds: string[] = [];
  const counts: number[] = [];
  await http.streamTsv(
    sql,
    (cells) => {
      userIds.push(unescapeTsv(cells[0] ?? ''));
      counts.push(Number(cells[1]));
    },
    budget,
  );
  const userOffsets = new Int32Array(userIds.length + 1);
  counts.forEach((count, user) => {
    userOffsets[user + 1] = (userOffsets[user] ?? 0) + count;
  });
  return { userIds, userOffsets };
}

/**
 * Reads the events in `scope` into a journey index. As in DuckDB's index, dictionaries (names, channels,
 * sessions, property values) cover all stored events, are in text (UTF-8 byte) order, and a session id
 * has one code across users.
 */
export async function extractIndex(
  http: ClickHouseHttp,
  database: string,
  scope: IndexScope = {},
  budget?: QueryBudget,
): Promise<JourneyIndex> {
  const bound = await http.query(`SELECT max(seq) FROM ${qualifiedTable(database, EVENTS_TABLE)}`, budget);
  const snapshot = readInt(bound.data[0]?.[0] ?? 0, 'max(seq)');
  const sources = codedSources(scope);
  const properties = scope.properties ?? [];

  const dictionaryRow =
    (await http.query(renderDictionariesSql(database, scope, snapshot), budget)).data[0] ?? [];
  const dictionaries = sources.map((_, i) =>
    i === SESSION_SOURCE ? [] : readStrings(dictionaryRow[i], `dictionary ${i}`),
  );
  const nonEmpty = sources.map((_, i) =>
    i === SESSION_SOURCE ? readInt(dictionaryRow[i], 'sessions') > 0 : (dictionaries[i]?.length ?? 0) > 0,
  );

  const { userIds, userOffsets } = await readUsers(http, renderUsersSql(database, scope, snapshot), budget);
  const count = userOffsets[userIds.length] ?? 0;
  const timestamps = new Float64Array(count);
  const seqs = new Float64Array(count);
  const codes = sources.map(() => new Int32Array(count));
  const masks = new Uint32Array(count);

  const rowSize = 16 + 4 * sources.length + 4;
  let row = 0;
  let pending: Buffer = Buffer.alloc(0);
  await http.streamRowBinary(
    renderRowsSql(database, scope, snapshot, nonEmpty),
    (chunk) => {
      const buffer = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
      const whole = Math.floor(buffer.length / rowSize);
      if (row + whole > count) throw new Error(`ClickHouse index read: more rows than the ${count} counted`);
      for (let r = 0; r < whole; r++, row++) {
        let at = r * rowSize;
        timestamps[row] = Number(buffer.readBigInt64LE(at));
        seqs[row] = Number(buffer.readBigUInt64LE(at + 8));
        at += 16;
        for (const column of codes) {
          column[row] = buffer.readInt32LE(at);
          at += 4;
        }
        masks[row] = buffer.readUInt32LE(at);
      }
      pending = buffer.subarray(whole * rowSize);
    },
    budget,
  );
  if (row !== count || pending.length !== 0) {
    throw new Error(`ClickHouse index read: expected ${count} rows, got ${row} (+${pending.length} bytes)`);
  }

  const propertyColumns = new Map<string, CodedColumn>();
  properties.forEach((key, i) => {
    propertyColumns.set(key, {
      codes: codes[3 + i] ?? new Int32Array(count).fill(-1),
      values: dictionaries[3 + i] ?? [],
    });
  });
  return {
    eventCount: count,
    userIds,
    userOffsets,
    timestamps,
    seqs,
    eventCodes: codes[0] ?? new Int32Array(count),
    eventNames: dictionaries[0] ?? [],
    channelCodes: codes[1] ?? new Int32Array(count).fill(-1),
    channelNames: dictionaries[1] ?? [],
    sessionCodes: codes[SESSION_SOURCE] ?? new Int32Array(count).fill(-1),
    conditionMasks: (scope.conditionSets ?? []).length > 0 ? masks : null,
    properties: propertyColumns,
  };
}
