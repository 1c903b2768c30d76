import type {
  DataSet,
  EvidenceImport,
  EvidenceRow,
  Journey,
  JourneySummary,
  Persona,
  RevisionAction,
  RevisionInfo,
  StoredImage,
  StoredJourney,
  StoredPersona,
  TrashedJourney,
  Workspace,
} from '@waymark/domain';
import type { BaseRevision } from './errors';

export type {
  StoredImage,
  JourneySummary,
  RevisionInfo,
  StoredJourney,
  StoredPersona,
  TrashedJourney,
} from '@waymark/domain';

/**
 * The MapStore port: durable storage of workspaces, journeys and personas with revisions.
 * Adapters (PGlite, PostgreSQL) implement it; `conformance.ts` is the one suite they all pass.
 */

/**
 * How autosave bursts fold: a save by the same author, with no message, within `quietMs` of the
 * previous revision (itself such a save, unlabelled) and within `maxMs` of the burst's first save
 * folds that previous revision into the new one. The folded revision stays stored (readable by
 * number, a base for merges) but `history` lists only the burst's last save, with `saves`.
 */
export interface SaveBurst {
  quietMs: number;
  maxMs: number;
}

/** The autosave burst the server applies to saves: gaps under 2 minutes, at most 10 minutes long. */
export const AUTOSAVE_BURST: SaveBurst = { quietMs: 2 * 60_000, maxMs: 10 * 60_000 };

/**
 * Options of a write. `baseRevision` is the revision the writer last read; a write whose base is not
 * the current revision is refused with `ConflictError`. `'force'` writes on top of whatever is there
 * (used by import, which always makes a new revision). `author` is recorded with the revision.
 */
export interface WriteOptions {
  baseRevision: BaseRevision;
  author: string;
  message?: string;
  action?: RevisionAction;
  /** Fold this save into the previous one when both belong to one autosave burst. */
  burst?: SaveBurst;
}

/** Options of a delete: only the stale-write check. */
export type DeleteOptions = Pick<WriteOptions, 'baseRevision'>;

/**
 * Durable storage of workspaces, journeys and personas. Every journey write makes a new revision;
 * a write naming a stale `baseRevision` is refused with `ConflictError` and changes nothing.
 * Documents are validated on every write and read; invalid ones throw the domain's
 * `ValidationError`. Open one with `openMapStore`.
 */
export interface MapStore {
  /** Closes connections (and PGlite's folder lock); later calls throw `StoreClosedError`. */
  close(): Promise<void>;

  /** Stores a new workspace. Throws `ConflictError` if the id exists. */
  createWorkspace(workspace: Workspace): Promise<Workspace>;
  getWorkspace(id: string): Promise<Workspace | undefined>;
  /** Every workspace, oldest first. */
  listWorkspaces(): Promise<Workspace[]>;

  /**
   * Stores a new journey at revision 1 (action `create`, or `options.action`, e.g. `import`).
   * Throws `ConflictError` if the id exists, `NotFoundError` if the workspace does not.
   */
  createJourney(
    workspaceId: string,
    journey: Journey,
    options: { author: string; message?: string; action?: RevisionAction },
  ): Promise<StoredJourney>;
  /**
   * Writes a new revision of an existing journey (found by `journey.id`). Throws `NotFoundError`
   * if it does not exist (even with `'force'`: create it with `createJourney`) or `ConflictError`.
   */
  saveJourney(journey: Journey, options: WriteOptions): Promise<StoredJourney>;
  /**
   * The current journey, or the given revision of it (then `updatedAt` is when that revision was
   * made). `undefined` when the journey or revision does not exist.
   */
  getJourney(id: string, revision?: number): Promise<StoredJourney | undefined>;
  /** Journeys of one workspace (or all), most recently updated first; journeys in the trash are not listed. */
  listJourneys(workspaceId?: string): Promise<JourneySummary[]>;
  /**
   * Moves a journey to the trash: from then on it is hidden from every read and write (`getJourney`
   * gives `undefined`, writes throw `NotFoundError`) but keeps its document and revisions, so
   * `undeleteJourney` brings it back as it was. Throws `NotFoundError` (also when already in the
   * trash) or `ConflictError` for a stale base. Returns it as listed in the trash.
   */
  deleteJourney(id: string, options: DeleteOptions): Promise<TrashedJourney>;
  /** Journeys in the trash of one workspace (or all), most recently deleted first. */
  listTrash(workspaceId?: string): Promise<TrashedJourney[]>;
  /**
   * Takes a journey out of the trash, at the revision it had; no revision is written (its content did
   * not change). Throws `NotFoundError` unless it is in the trash.
   */
  undeleteJourney(id: string): Promise<StoredJourney>;
  /**
   * Deletes a journey in the trash for good, with every revision. Throws `NotFoundError` unless it is
   * in the trash: a live journey is deleted (to the trash) first.
   */
  purgeJourney(id: string): Promise<void>;
  /**
   * Purges every journey of the trash (of one workspace, or all) deleted before `deletedBefore`
   * (an ISO time; default: all of them). Returns the ids purged.
   */
  purgeTrash(options?: { workspaceId?: string; deletedBefore?: string }): Promise<string[]>;
  /**
   * The revisions of a journey, oldest first: every revision except those an autosave burst folded
   * into a later one (a labelled revision is always listed). Throws `NotFoundError` for an unknown
   * journey.
   */
  history(journeyId: string): Promise<RevisionInfo[]>;
  /**
   * Names a revision ("Q3 baseline") or, with `null`, removes its name; writes no new revision. A
   * labelled revision is never folded into a later save. Throws `NotFoundError` for a missing
   * revision, the domain's `ValidationError` for a label that is not one line of 1 to 100 characters.
   */
  labelRevision(journeyId: string, revision: number, label: string | null): Promise<RevisionInfo>;
  /**
   * Makes a new revision whose content equals `revision` (action `restore`, message
   * `restored revision N` unless given). Throws `NotFoundError` for a missing revision.
   */
  restore(journeyId: string, revision: number, options: WriteOptions): Promise<StoredJourney>;

  /**
   * Creates or updates a persona. `baseRevision: 0` creates (`ConflictError` if the id exists),
   * a number updates that revision, `'force'` creates or overwrites. A persona stays in its
   * workspace: saving it under another is a `ConflictError`. `NotFoundError` for an unknown
   * workspace, or an update of a persona that does not exist.
   */
  savePersona(workspaceId: string, persona: Persona, options: WriteOptions): Promise<StoredPersona>;
  /**
   * The persona, or with `asOf` (an ISO time) its latest revision written at or before then (as the
   * base of a merge with a map revision of that time); `undefined` when it did not exist.
   */
  getPersona(id: string, asOf?: string): Promise<StoredPersona | undefined>;
  /** Personas of one workspace (or all), by name. */
  listPersonas(workspaceId?: string): Promise<StoredPersona[]>;
  /** Deletes a persona and its revisions. Throws `NotFoundError` or `ConflictError`. */
  deletePersona(id: string, options: DeleteOptions): Promise<void>;

  /**
   * Stores an uploaded image (card image or avatar) and returns it with its same-origin URL. The
   * id is the SHA-256 of the bytes, so storing the same bytes again returns the same image. Throws
   * the domain's `ValidationError` unless the bytes sniff as PNG, JPEG, GIF or WebP (never SVG) and
   * are at most `IMAGE_MAX_BYTES`.
   */
  putImage(bytes: Uint8Array): Promise<StoredImage>;
  /** A stored image with its bytes, or `undefined`. */
  getImage(id: string): Promise<(StoredImage & { bytes: Uint8Array }) | undefined>;

  /** The evidence data sets (survey, reviews, interviews), oldest first. Events ones live in the EventStore. */
  listDataSets(): Promise<DataSet[]>;
  /**
   * Stores an evidence import as one data set, record and rows in one transaction: nothing is stored
   * when reading a row throws. Refused with `DataSetConflictError` when a data set holds the same
   * bytes (unless `force`), `DataSetNameTakenError` for a taken chosen name (a default one gets " (2)").
   */
  importDataSet(input: EvidenceImport): Promise<DataSet>;
  /** Renames a data set; `DataSetNotFoundError`, `DataSetNameTakenError`. */
  renameDataSet(id: string, name: string): Promise<DataSet>;
  /** Deletes a data set with all its rows in one transaction; resolves with what was deleted. */
  deleteDataSet(id: string): Promise<DataSet>;
  /** A data set's stored rows in file order, `limit` rows from `offset`. */
  dataSetRows(id: string, offset: number, limit: number): Promise<EvidenceRow[]>;

  /**
   * Runs `work` in one transaction: either every write in it lands or none does.
   * Used by import, which writes a journey and its personas together. Nested calls use savepoints.
   * Trap: use only the `store` passed to `work` inside it, and await its calls one at a time;
   * calling the outer store from inside waits for the transaction (PGlite: forever).
   */
  transaction<T>(work: (store: MapStore) => Promise<T>): Promise<T>;
}
