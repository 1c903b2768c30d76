/**
 * Errors the MapStore raises. Callers branch on the class (`instanceof`) or on `code`; the HTTP layer
 * maps `ConflictError` to 409 and `NotFoundError` to 404.
 */

/** What kind of record an error is about; used in messages ("journey "j1" ..."). */
export type RecordKind = 'workspace' | 'journey' | 'persona';

/** The revision a writer based its write on: a number, `0` for "create", or `'force'`. */
export type BaseRevision = number | 'force';

/**
 * A write that would overwrite someone else's change: it named a stale revision, or it creates a
 * record whose id already exists. Nothing was written. `current` is the revision now stored
 * (undefined when the record was missing), `base` the revision the write was based on.
 */
export class ConflictError extends Error {
  override readonly name = 'ConflictError';
  readonly code = 'conflict';
  constructor(
    message: string,
    readonly kind: RecordKind,
    readonly id: string,
    readonly current: number | undefined,
    readonly base: BaseRevision | undefined,
  ) {
    super(message);
  }

  /** A write based on `base` while the record is at `current`. */
  static stale(kind: RecordKind, id: string, current: number, base: BaseRevision): ConflictError {
    return new ConflictError(
      `${kind} "${id}" is at revision ${current}, but this write was based on revision ${String(base)}: reload it and try again`,
      kind,
      id,
      current,
      base,
    );
  }

  /** A create whose id belongs to a journey in the trash. */
  static inTrash(kind: RecordKind, id: string): ConflictError {
    return new ConflictError(
      `${kind} "${id}" is in the trash: restore it from the trash, or delete it there for good, before using its id again`,
      kind,
      id,
      undefined,
      0,
    );
  }

  /** A create whose id is taken. */
  static exists(kind: RecordKind, id: string, current?: number): ConflictError {
    const at = current === undefined ? '' : ` (at revision ${current})`;
    return new ConflictError(
      `${kind} "${id}" already exists${at}: choose another id, or load it and save a new revision`,
      kind,
      id,
      current,
      0,
    );
  }
}

/** The record (or the revision of it) a call named does not exist. */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
  readonly code = 'not_found';
  constructor(
    readonly kind: RecordKind,
    readonly id: string,
    readonly revision?: number,
    message?: string,
  ) {
    super(
      message ??
        (revision === undefined
          ? `${kind} "${id}" does not exist`
          : `${kind} "${id}" has no revision ${revision}`),
    );
  }

  /** A write to a record that is in the trash, or a trash operation on one that is not. */
  static inTrash(kind: RecordKind, id: string): NotFoundError {
    return new NotFoundError(kind, id, undefined, `${kind} "${id}" is in the trash: restore it first`);
  }

  /** A trash operation (restore, purge) on a record that is not in the trash. */
  static notInTrash(kind: RecordKind, id: string): NotFoundError {
    return new NotFoundError(kind, id, undefined, `${kind} "${id}" is not in the trash`);
  }
}

/** The store was used after `close()`. */
export class StoreClosedError extends Error {
  override readonly name = 'StoreClosedError';
  constructor() {
    super('the map store is closed');
  }
}
