import type { Journey, Persona, Workspace } from '@waymark/domain';

/**
 * The MapStore port: durable storage of workspaces, journeys and personas with revisions.
 * Adapters (PGlite, PostgreSQL) implement it; `conformance.ts` is the one suite they all pass.
 */

/** One saved version of a journey. Revision numbers start at 1 and grow by 1 per write. */
export interface RevisionInfo {
  journeyId: string;
  revision: number;
  createdAt: string;
  /** What made this revision: create, save, import, restore. */
  action: 'create' | 'save' | 'import' | 'restore';
  message?: string;
}

/** A journey as stored: the document plus the revision it is at. */
export interface StoredJourney {
  workspaceId: string;
  journey: Journey;
  revision: number;
  updatedAt: string;
}

/** A row of `listJourneys`. */
export interface JourneySummary {
  id: string;
  workspaceId: string;
  title: string;
  mapType: Journey['mapType'];
  journeyKind: Journey['journeyKind'];
  locale: Journey['locale'];
  revision: number;
  updatedAt: string;
}

/** A persona as stored, with its own revision counter for stale-write checks. */
export interface StoredPersona {
  workspaceId: string;
  persona: Persona;
  revision: number;
  updatedAt: string;
}

/**
 * Options of a write. `baseRevision` is the revision the writer last read; a write whose base is not
 * the current revision is refused with `ConflictError`. `'force'` writes on top of whatever is there
 * (used by import, which always makes a new revision).
 */
export interface WriteOptions {
  baseRevision: number | 'force';
  message?: string;
  action?: RevisionInfo['action'];
}

export interface MapStore {
  /** Closes connections; the store cannot be used afterwards. */
  close(): Promise<void>;

  createWorkspace(workspace: Workspace): Promise<Workspace>;
  getWorkspace(id: string): Promise<Workspace | undefined>;
  listWorkspaces(): Promise<Workspace[]>;

  /** Stores a new journey at revision 1. Throws `ConflictError` if the id exists. */
  createJourney(workspaceId: string, journey: Journey, options?: { message?: string }): Promise<StoredJourney>;
  /** Writes a new revision of an existing journey. Throws `NotFoundError` or `ConflictError`. */
  saveJourney(journey: Journey, options: WriteOptions): Promise<StoredJourney>;
  /** The current journey, or the given revision of it. */
  getJourney(id: string, revision?: number): Promise<StoredJourney | undefined>;
  listJourneys(workspaceId?: string): Promise<JourneySummary[]>;
  deleteJourney(id: string, options: WriteOptions): Promise<void>;
  /** Every revision of a journey, oldest first. */
  history(journeyId: string): Promise<RevisionInfo[]>;
  /** Makes a new revision whose content equals `revision`. */
  restore(journeyId: string, revision: number, options: WriteOptions): Promise<StoredJourney>;

  savePersona(workspaceId: string, persona: Persona, options: WriteOptions): Promise<StoredPersona>;
  getPersona(id: string): Promise<StoredPersona | undefined>;
  listPersonas(workspaceId?: string): Promise<StoredPersona[]>;
  deletePersona(id: string, options: WriteOptions): Promise<void>;

  /**
   * Runs `work` in one transaction: either every write in it lands or none does.
   * Used by import, which writes a journey and its personas together.
   */
  transaction<T>(work: (store: MapStore) => Promise<T>): Promise<T>;
}
