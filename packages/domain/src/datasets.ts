import { z } from 'zod';
import { revisionAuthorSchema, timestampSchema } from './stored';

/**
 * Data sets: every import of evidence is one named data set (see docs/ARCHITECTURE.md "Data sets").
 * Defined once here: the event store and the map store keep them, the API sends them, the CLI and
 * the web app read them.
 */

/** What a data set holds. */
export const dataSetKindSchema = z.enum(['events', 'survey', 'reviews', 'interviews']);
export type DataSetKind = z.infer<typeof dataSetKindSchema>;

/** A data set id: `ds_` and 16 lowercase hex digits. */
export const dataSetIdSchema = z
  .string()
  .regex(/^ds_[0-9a-f]{16}$/, 'expected a data set id such as ds_0123456789abcdef');

/** A data set's name: one line, 1 to 100 characters, trimmed. */
export const dataSetNameSchema = z
  .string()
  .trim()
  .min(1, 'expected a data set name of 1 to 100 characters')
  .max(100, 'expected a data set name of 1 to 100 characters')
  .regex(/^[^\p{Cc}]*$/u, 'expected a data set name on one line, without control characters');

/** A SHA-256 digest of a file's bytes, 64 lowercase hex digits. */
export const contentHashSchema = z.string().regex(/^[0-9a-f]{64}$/);

/** One data set, as listed. */
export const dataSetSchema = z.object({
  id: dataSetIdSchema,
  name: dataSetNameSchema,
  kind: dataSetKindSchema,
  /** The imported file's name (no folders), or a note such as "before data sets" for migrated rows. */
  source: z.string(),
  /** SHA-256 of the imported bytes; null for rows stored before data sets existed. */
  contentHash: contentHashSchema.nullable(),
  /** Earliest and latest timestamp of its rows (ISO 8601 UTC); null when its rows carry no time. */
  from: timestampSchema.nullable(),
  to: timestampSchema.nullable(),
  rows: z.number().int().min(0),
  author: revisionAuthorSchema,
  createdAt: timestampSchema,
});
export type DataSet = z.infer<typeof dataSetSchema>;

/** What an import says about the data set it creates. */
export interface DataSetImport {
  /** Its name; omitted, the file's base name. */
  name?: string | undefined;
  /** Who imports (see `REVISION_AUTHORS`). */
  author: string;
  /** Import even when a data set already holds the same bytes. */
  force?: boolean | undefined;
}

/** The name of the data set that gathers rows stored before data sets existed. */
export const EARLIER_ROWS_SOURCE = 'before data sets';

/**
 * Refused because a data set of the workspace already holds the same bytes (HTTP 409, CLI exit 1).
 * The message is one line naming the file and the existing data set.
 */
export class DataSetConflictError extends Error {
  constructor(
    readonly file: string,
    readonly existing: DataSet,
  ) {
    super(
      `${file}: data set "${existing.name}" (${existing.id}) already holds this content; import with force to add it again`,
    );
    this.name = 'DataSetConflictError';
  }
}

/** A data set name already taken, or an unknown data set (HTTP 409 / 404). */
export class DataSetNotFoundError extends Error {
  constructor(readonly ref: string) {
    super(`no data set ${JSON.stringify(ref)}`);
    this.name = 'DataSetNotFoundError';
  }
}

/** A name another data set of the workspace has. */
export class DataSetNameTakenError extends Error {
  constructor(readonly dataSetName: string) {
    super(`a data set named ${JSON.stringify(dataSetName)} already exists; choose another name`);
    this.name = 'DataSetNameTakenError';
  }
}

/** A new random data set id (Web Crypto, in Node and browsers). */
export function newDataSetId(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(8));
  return `ds_${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

/** The default name of a data set imported from `file`: its base name. */
export function defaultDataSetName(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return dataSetNameSchema.safeParse(base).success ? base.trim() : 'Imported data';
}

/** Where the data sets of some kinds live (the event store, the map store), as one interface. */
export interface DataSetHome {
  list(): Promise<DataSet[]>;
  rename(id: string, name: string): Promise<DataSet>;
  /** Deletes the data set and all its rows, all or nothing. */
  delete(id: string): Promise<DataSet>;
}

/** Thrown when a name given for a data set matches several (one line, naming their ids). */
export class DataSetAmbiguousError extends Error {
  constructor(ref: string, matches: readonly DataSet[]) {
    super(
      `several data sets are named ${JSON.stringify(ref)} (${matches.map((m) => m.id).join(', ')}); name one by its id`,
    );
    this.name = 'DataSetAmbiguousError';
  }
}

/**
 * The data sets of every home as one list (oldest first), and renames and deletes sent to the home
 * that holds the data set. A data set is named by its id or by its name (ignoring case).
 */
export class DataSetCatalog {
  constructor(private readonly homes: readonly DataSetHome[]) {}

  async list(): Promise<DataSet[]> {
    const all = (await Promise.all(this.homes.map((home) => home.list()))).flat();
    return all.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  }

  /** The home and data set `ref` names; `DataSetNotFoundError` or `DataSetAmbiguousError`. */
  async find(ref: string): Promise<{ home: DataSetHome; dataSet: DataSet }> {
    const found: { home: DataSetHome; dataSet: DataSet }[] = [];
    for (const home of this.homes) for (const dataSet of await home.list()) found.push({ home, dataSet });
    const byId = found.find((entry) => entry.dataSet.id === ref);
    if (byId !== undefined) return byId;
    const wanted = ref.trim().toLowerCase();
    const byName = found.filter((entry) => entry.dataSet.name.toLowerCase() === wanted);
    const [first] = byName;
    if (first === undefined) throw new DataSetNotFoundError(ref);
    if (byName.length > 1)
      throw new DataSetAmbiguousError(
        ref,
        byName.map((entry) => entry.dataSet),
      );
    return first;
  }

  async rename(ref: string, name: string): Promise<DataSet> {
    const { home, dataSet } = await this.find(ref);
    return await home.rename(dataSet.id, name);
  }

  async delete(ref: string): Promise<DataSet> {
    const { home, dataSet } = await this.find(ref);
    return await home.delete(dataSet.id);
  }
}

/**
 * One stored row of an evidence data set (survey response, review, interview passage): its row (or
 * line) in the file, its time when it has one, and its fields.
 */
export interface EvidenceRow {
  row: number;
  /** ISO 8601 UTC, or null when the row carries no readable time. */
  at: string | null;
  data: Record<string, unknown>;
}

/** An evidence import for the map store: the data set's record and its rows, streamed in batches. */
export interface EvidenceImport {
  kind: Exclude<DataSetKind, 'events'>;
  /** The file path or name (its base name is recorded as the source). */
  file: string;
  name?: string | undefined;
  contentHash: string;
  author: string;
  force?: boolean | undefined;
  /** What the reader found about the file (format, questions), kept with the record. */
  meta: Record<string, unknown>;
  /** The rows in batches; an error thrown while iterating stores nothing. */
  rows: AsyncIterable<readonly EvidenceRow[]>;
}
