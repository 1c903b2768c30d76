/**
 * Data sets of the event store. Every file import is one data set; its events are the contiguous run of
 * ingestion sequence numbers the import was given (`seqFrom`..`seqTo`), so a data set needs no column on
 * the events table: deleting one deletes that seq range, limiting figures to some keeps those ranges.
 * Each adapter keeps the records beside the events (`duckdb.ts`, `clickhouse.ts`); the rules are here.
 */
import { createReadStream } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { DataSet, DataSetHome, DataSetImport } from '@waymark/domain';
import {
  DataSetConflictError,
  DataSetNameTakenError,
  DataSetNotFoundError,
  dataSetNameSchema,
  defaultDataSetName,
  newDataSetId,
  REVISION_AUTHORS,
} from '@waymark/domain';
import type { IngestOptionsInput } from '../ingest/options';

/** An events data set as the event store keeps it: the listed record and its seq range. */
export interface StoredEventDataSet {
  readonly dataSet: DataSet;
  /** First and last ingestion sequence number of its events (`seqTo < seqFrom` when it holds none). */
  readonly seqFrom: number;
  readonly seqTo: number;
  /** The record's version, where the adapter versions records (ClickHouse). */
  readonly version?: number;
}

/** Options of an events file import: the reader's options and the data set it creates. */
export type EventImportOptions = IngestOptionsInput & { dataSet?: DataSetImport | undefined };

/** A data set about to be recorded: everything but what the stored events tell (range, span, rows). */
export interface PlannedDataSet {
  readonly id: string;
  readonly name: string;
  readonly source: string;
  readonly contentHash: string;
  readonly author: string;
  readonly createdAt: string;
}

/** SHA-256 of a file's bytes, streamed (bounded memory at any size). */
export async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Checks an import against the stored data sets and plans its record: refused with
 * `DataSetConflictError` when a data set already holds the same bytes (unless forced) and with
 * `DataSetNameTakenError` when the name is taken. A missing file is left to the reader's own error.
 */
export async function planDataSet(
  path: string,
  request: DataSetImport | undefined,
  stored: readonly StoredEventDataSet[],
): Promise<PlannedDataSet> {
  let contentHash: string;
  try {
    contentHash = await hashFile(path);
  } catch {
    contentHash = '';
  }
  const source = basename(path);
  const name = request?.name === undefined ? defaultDataSetName(path) : dataSetNameSchema.parse(request.name);
  if (request?.force !== true) {
    const same = stored.find((entry) => entry.dataSet.contentHash === contentHash);
    if (same !== undefined) throw new DataSetConflictError(path, same.dataSet);
  }
  return {
    id: newDataSetId(),
    name: uniqueName(name, stored, request?.name !== undefined),
    source,
    contentHash,
    author: request?.author ?? REVISION_AUTHORS.import,
    createdAt: new Date().toISOString(),
  };
}

/**
 * A name no stored data set has: a name the person chose must be free (`DataSetNameTakenError`);
 * a default name (the file's) gets " (2)", " (3)", ... when taken.
 */
function uniqueName(name: string, stored: readonly StoredEventDataSet[], chosen: boolean): string {
  const taken = new Set(stored.map((entry) => entry.dataSet.name.toLowerCase()));
  if (!taken.has(name.toLowerCase())) return name;
  if (chosen) throw new DataSetNameTakenError(name);
  for (let n = 2; ; n++) {
    const candidate = `${name.slice(0, 90)} (${n})`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** The stored data set `ref` names (its id, or its name ignoring case), or `DataSetNotFoundError`. */
export function findDataSet(stored: readonly StoredEventDataSet[], ref: string): StoredEventDataSet {
  const found =
    stored.find((entry) => entry.dataSet.id === ref) ??
    stored.find((entry) => entry.dataSet.name.toLowerCase() === ref.trim().toLowerCase());
  if (found === undefined) throw new DataSetNotFoundError(ref);
  return found;
}

/** Checks a rename of `target` to `name` (valid, free) and returns the trimmed name. */
export function checkRename(
  stored: readonly StoredEventDataSet[],
  target: StoredEventDataSet,
  name: string,
): string {
  const next = dataSetNameSchema.parse(name);
  const clash = stored.find(
    (entry) => entry !== target && entry.dataSet.name.toLowerCase() === next.toLowerCase(),
  );
  if (clash !== undefined) throw new DataSetNameTakenError(next);
  return next;
}

/** Milliseconds since the epoch as ISO 8601 UTC, or null. */
export function isoOrNull(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString();
}

/** Seq ranges of the named data sets (ids), for `IndexScope.dataSets`; unknown ids are refused. */
export function seqRangesOf(
  stored: readonly StoredEventDataSet[],
  ids: readonly string[],
): (readonly [number, number])[] {
  return ids.map((id) => {
    const found = findDataSet(stored, id);
    return [found.seqFrom, found.seqTo] as const;
  });
}

/** The event store as the home of the events data sets. */
export function eventDataSetHome(store: {
  storedDataSets(): Promise<StoredEventDataSet[]>;
  renameDataSet(ref: string, name: string): Promise<DataSet>;
  deleteDataSet(ref: string): Promise<DataSet>;
}): DataSetHome {
  return {
    list: async () => (await store.storedDataSets()).map((entry) => entry.dataSet),
    rename: (id, name) => store.renameDataSet(id, name),
    delete: (id) => store.deleteDataSet(id),
  };
}
