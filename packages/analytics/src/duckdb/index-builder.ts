import type { DuckDBConnection } from '@duckdb/node-api';
import type { JourneyIndex } from '../journey-index';
import { readNumericColumns, readTextColumn, scalar } from './read-columns';

/** The full index plus what scoped indexes need: the position of every ingestion sequence number. */
export interface FullIndex {
  readonly index: JourneyIndex;
  /** `positionOfSeq[seq]` is the row of that event in `index`, or -1. */
  readonly positionOfSeq: Int32Array;
}

/** SQL that reads the index columns, sorted by user, time and ingestion order (snapshotted in tests). */
export const INDEX_SQL = `SELECT u.code, e.ts::DOUBLE, e.seq::DOUBLE, n.code, coalesce(c.code, -1), coalesce(s.code, -1)
FROM events e
JOIN wm_user_dict u ON u.user_id = e.user_id
JOIN wm_event_dict n ON n.event = e.event
LEFT JOIN wm_channel_dict c ON c.channel = e.channel
LEFT JOIN wm_session_dict s ON s.session_id = e.session_id
ORDER BY u.code, e.ts, e.seq`;

/** Dictionary tables: users, names and channels coded in text order; sessions in any order (codes only need to differ). */
const DICTIONARIES = [
  ['wm_user_dict', 'user_id', 'ORDER BY user_id'],
  ['wm_event_dict', 'event', 'ORDER BY event'],
  ['wm_channel_dict', 'channel', 'ORDER BY channel'],
  ['wm_session_dict', 'session_id', ''],
] as const;

/**
 * Builds the journey index of every stored event: dictionary tables (codes in text order), then one
 * sorted scan read column by column into typed arrays.
 */
export async function buildFullIndex(connection: DuckDBConnection): Promise<FullIndex> {
  for (const [table, column, order] of DICTIONARIES) {
    await connection.run(
      `CREATE OR REPLACE TEMP TABLE ${table} AS SELECT ${column}, (row_number() OVER (${order}) - 1)::INTEGER AS code
       FROM (SELECT DISTINCT ${column} FROM events WHERE ${column} IS NOT NULL)`,
    );
  }
  try {
    const count = await scalar(connection, 'SELECT count(*) FROM events');
    const userIds = await readTextColumn(connection, 'SELECT user_id FROM wm_user_dict ORDER BY code');
    const eventNames = await readTextColumn(connection, 'SELECT event FROM wm_event_dict ORDER BY code');
    const channelNames = await readTextColumn(
      connection,
      'SELECT channel FROM wm_channel_dict ORDER BY code',
    );
    const userCodes = new Int32Array(count);
    const timestamps = new Float64Array(count);
    const seqs = new Float64Array(count);
    const eventCodes = new Int32Array(count);
    const channelCodes = new Int32Array(count);
    const sessionCodes = new Int32Array(count);
    await readNumericColumns(
      connection,
      INDEX_SQL,
      [],
      [userCodes, timestamps, seqs, eventCodes, channelCodes, sessionCodes],
    );
    const userOffsets = new Int32Array(userIds.length + 1);
    for (let row = 0; row < count; row++) userOffsets[(userCodes[row] ?? 0) + 1]! += 1;
    for (let user = 0; user < userIds.length; user++) userOffsets[user + 1]! += userOffsets[user] ?? 0;
    const index: JourneyIndex = {
      eventCount: count,
      userIds,
      userOffsets,
      timestamps,
      seqs,
      eventCodes,
      eventNames,
      channelCodes,
      channelNames,
      sessionCodes,
      conditionMasks: null,
      properties: new Map(),
    };
    return { index, positionOfSeq: positionsOf(seqs) };
  } finally {
    for (const [table] of DICTIONARIES) await connection.run(`DROP TABLE IF EXISTS ${table}`);
  }
}

/** Inverts the seq column: position of each sequence number (-1 where none). */
export function positionsOf(seqs: Float64Array): Int32Array {
  let max = 0;
  for (const seq of seqs) max = Math.max(max, seq);
  const positions = new Int32Array(max + 1).fill(-1);
  seqs.forEach((seq, row) => {
    positions[seq] = row;
  });
  return positions;
}
