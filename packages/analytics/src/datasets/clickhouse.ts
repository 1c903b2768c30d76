/**
 * Events data sets in ClickHouse: a small `datasets` table beside `events`. 18.16 has no
 * transactions, so a record is a versioned row (`ReplacingMergeTree`, read by `argMax` per id): a
 * rename inserts the next version, a delete first deletes the events (a mutation, waited for and then
 * verified by counting) and only then inserts a `deleted` version. A delete that fails or leaves events
 * keeps the record, so nothing is listed that is gone and nothing stored goes unlisted.
 */
import { EARLIER_ROWS_SOURCE, newDataSetId, REVISION_AUTHORS } from '@waymark/domain';
import type { DataSet } from '@waymark/domain';
import { runMutation, ROLLBACK_TIMEOUT_MS } from '../clickhouse/append';
import { quoteIdentifier, quoteInt, quoteString } from '../clickhouse/escape';
import type { ClickHouseHttp } from '../clickhouse/http';
import { readInt, readString } from '../clickhouse/http';
import { EVENTS_TABLE, qualifiedTable } from '../clickhouse/schema';
import type { PlannedDataSet, StoredEventDataSet } from './catalog';
import { isoOrNull } from './catalog';

const TABLE = 'datasets';

function ddl(database: string): string {
  return `CREATE TABLE IF NOT EXISTS ${qualifiedTable(database, TABLE)}
(
    id String, version UInt64, deleted UInt8, name String, source String, content_hash String,
    seq_from UInt64, seq_to UInt64, ts_from Int64, ts_to Int64, has_span UInt8, row_count UInt64,
    author String, created_at String
)
ENGINE = ReplacingMergeTree(version)
ORDER BY id`;
}

const FIELDS = [
  'name',
  'source',
  'content_hash',
  'seq_from',
  'seq_to',
  'ts_from',
  'ts_to',
  'has_span',
  'row_count',
  'author',
  'created_at',
  'version',
] as const;

/** Every stored data set (newest version of each, deleted ones left out), oldest first. */
export async function listClickHouseDataSets(
  http: ClickHouseHttp,
  database: string,
): Promise<StoredEventDataSet[]> {
  const columns = FIELDS.map((field) => `argMax(${field}, version) AS ${quoteIdentifier(`v_${field}`)}`);
  const result = await http.query(
    `SELECT id, ${columns.join(', ')} FROM ${qualifiedTable(database, TABLE)}
     GROUP BY id HAVING argMax(deleted, version) = 0 ORDER BY v_seq_from, v_created_at`,
  );
  return result.data.map((row) => {
    const text = (i: number, what: string): string => readString(row[i], what);
    const int = (i: number, what: string): number => readInt(row[i], what);
    const hasSpan = int(8, 'has_span') === 1;
    const hash = text(3, 'content_hash');
    const dataSet: DataSet = {
      id: text(0, 'id'),
      name: text(1, 'name'),
      kind: 'events',
      source: text(2, 'source'),
      contentHash: hash === '' ? null : hash,
      from: isoOrNull(hasSpan ? int(6, 'ts_from') : null),
      to: isoOrNull(hasSpan ? int(7, 'ts_to') : null),
      rows: int(9, 'row_count'),
      author: text(10, 'author'),
      createdAt: text(11, 'created_at'),
    };
    return { dataSet, seqFrom: int(4, 'seq_from'), seqTo: int(5, 'seq_to'), version: int(12, 'version') };
  });
}

/** SQL inserting a data set of the events with `seq > afterSeq`, its span and rows read from them. */
function recordSql(database: string, plan: PlannedDataSet, afterSeq: number, hash: string): string {
  const after = quoteInt(afterSeq);
  return `INSERT INTO ${qualifiedTable(database, TABLE)}
SELECT ${quoteString(plan.id)}, 1, 0, ${quoteString(plan.name)}, ${quoteString(plan.source)}, ${quoteString(hash)},
  ${after} + 1, if(count() = 0, ${after}, max(seq)), if(count() = 0, 0, min(ts)), if(count() = 0, 0, max(ts)),
  if(count() = 0, 0, 1), count(), ${quoteString(plan.author)}, ${quoteString(plan.createdAt)}
FROM ${qualifiedTable(database, EVENTS_TABLE)} WHERE seq > ${after}`;
}

/** Records the data set of the events stored after `afterSeq` (the last step of the import). */
export async function recordClickHouseDataSet(
  http: ClickHouseHttp,
  database: string,
  plan: PlannedDataSet,
  afterSeq: number,
): Promise<void> {
  await http.exec(recordSql(database, plan, afterSeq, plan.contentHash));
}

/** The highest stored sequence number (0 when empty). */
export async function lastClickHouseSeq(http: ClickHouseHttp, database: string): Promise<number> {
  const result = await http.query(`SELECT max(seq) FROM ${qualifiedTable(database, EVENTS_TABLE)}`);
  return readInt(result.data[0]?.[0] ?? 0, 'max(seq)');
}

/** Inserts the next version of a record with a new name, or marked deleted. */
async function writeVersion(
  http: ClickHouseHttp,
  database: string,
  entry: StoredEventDataSet,
  change: { name?: string; deleted?: boolean },
): Promise<void> {
  const { dataSet } = entry;
  const spanned = dataSet.from !== null && dataSet.to !== null;
  await http.insertJsonEachRow(qualifiedTable(database, TABLE), [
    {
      id: dataSet.id,
      version: (entry.version ?? 1) + 1,
      deleted: change.deleted === true ? 1 : 0,
      name: change.name ?? dataSet.name,
      source: dataSet.source,
      content_hash: dataSet.contentHash ?? '',
      seq_from: entry.seqFrom,
      seq_to: entry.seqTo,
      ts_from: spanned ? Date.parse(dataSet.from ?? '') : 0,
      ts_to: spanned ? Date.parse(dataSet.to ?? '') : 0,
      has_span: spanned ? 1 : 0,
      row_count: dataSet.rows,
      author: dataSet.author,
      created_at: dataSet.createdAt,
    },
  ]);
}

/** Renames a data set: its next version with the new name. */
export async function renameClickHouseDataSet(
  http: ClickHouseHttp,
  database: string,
  entry: StoredEventDataSet,
  name: string,
): Promise<void> {
  await writeVersion(http, database, entry, { name });
}

/**
 * Deletes a data set's events (a mutation, waited for), checks that none is left, then marks the record
 * deleted. Throws, keeping the record, when the mutation fails or events remain.
 */
export async function deleteClickHouseDataSet(
  http: ClickHouseHttp,
  database: string,
  entry: StoredEventDataSet,
  timeoutMs = ROLLBACK_TIMEOUT_MS,
): Promise<void> {
  const range = `seq >= ${quoteInt(entry.seqFrom)} AND seq <= ${quoteInt(entry.seqTo)}`;
  if (entry.seqTo >= entry.seqFrom) {
    await runMutation(http, database, EVENTS_TABLE, `DELETE WHERE ${range}`, timeoutMs);
    const left = await http.query(
      `SELECT count() FROM ${qualifiedTable(database, EVENTS_TABLE)} WHERE ${range}`,
    );
    const count = readInt(left.data[0]?.[0] ?? 0, 'count()');
    if (count > 0)
      throw new Error(
        `data set "${entry.dataSet.name}": ${count} events are still stored after the delete; try again`,
      );
  }
  await writeVersion(http, database, entry, { deleted: true });
}

/**
 * Creates the data set table and gathers events no data set holds (a store from before data sets,
 * or events appended without a file) into one data set. Runs when the store opens.
 */
export async function prepareClickHouseDataSets(http: ClickHouseHttp, database: string): Promise<void> {
  await http.exec(ddl(database));
  const covered = await http.query(
    `SELECT max(s) FROM (SELECT argMax(seq_to, version) AS s FROM ${qualifiedTable(database, TABLE)} GROUP BY id)`,
  );
  const afterSeq = readInt(covered.data[0]?.[0] ?? 0, 'seq_to');
  if ((await lastClickHouseSeq(http, database)) <= afterSeq) return;
  const plan: PlannedDataSet = {
    id: newDataSetId(),
    name: afterSeq === 0 ? 'Events' : `Events added at ${new Date().toISOString().slice(0, 10)}`,
    source: EARLIER_ROWS_SOURCE,
    contentHash: '',
    author: REVISION_AUTHORS.unknown,
    createdAt: new Date().toISOString(),
  };
  await http.exec(recordSql(database, plan, afterSeq, ''));
}
