import type {
  JourneyDocument,
  MergeChoices,
  MergeConflict,
  MergeSide,
  StoredJourney,
  StoredPersona,
} from '@waymark/domain';
import { deepEqual, mergeDocuments } from '@waymark/domain';
import { ConflictError, NotFoundError } from './errors';
import { journeyDocument } from './journey-document';
import type { MapStore } from './port';

/**
 * What an import does when the stored map has moved past the revision the file was made from:
 * `refuse` it (the default), `merge` the file's changes into the newer revisions (three-way, from
 * that revision), or `force` the file over them (they stay in the history).
 */
export type ImportMode = 'refuse' | 'merge' | 'force';

/** Options of `importDocument`. */
export interface ImportOptions {
  /** Workspace of a map that does not exist yet (an existing map stays in its own). */
  workspaceId: string;
  /** The stored revision the file was made from: a workbook records it; for JSON the caller names it. */
  base?: number | undefined;
  mode: ImportMode;
  /** With `merge`: the side every conflict takes (`theirs` = the stored map, `mine` = the file). */
  prefer?: MergeSide | undefined;
  /** With `merge`: the side chosen per conflict key; conflicts left out refuse the import (or take `prefer`). */
  choices?: MergeChoices | undefined;
  author: string;
  message: string;
  /** Runs in the import's transaction before a new map is created (e.g. to create its workspace). */
  beforeCreate?(store: MapStore): Promise<void>;
}

/** What `importDocument` wrote. */
export interface ImportOutcome {
  journey: StoredJourney;
  /** The file's personas as stored after the import. */
  personas: StoredPersona[];
  /** How many personas were created or got a new revision. */
  personasWritten: number;
  created: boolean;
  /** False when the file held exactly the stored map: no revision was written. */
  changed: boolean;
  /** Set when the file was merged into newer revisions: from which base, into which revision, settling what. */
  merged?: { base: number; into: number; conflicts: MergeConflict[] };
}

/**
 * A refused import: the stored map moved past the file's base (`reason: 'stale'`), or a merge found
 * conflicts nobody chose a side for (`'conflicts'`, listed in `conflicts`). Nothing was written.
 */
export class ImportRefusedError extends ConflictError {
  constructor(
    message: string,
    readonly reason: 'stale' | 'conflicts',
    id: string,
    current: number,
    base: number,
    readonly conflicts: MergeConflict[] = [],
  ) {
    super(message, 'journey', id, current, base);
  }
}

/**
 * Writes an imported document in one transaction, for the server and the CLI alike: each persona
 * that differs from the stored one is created or gets a new revision, and the journey is created or
 * gets a new revision (action `import`), unless the file holds exactly the stored map (then nothing is
 * written, `changed: false`). When the stored map is no longer at `base`, `mode` decides (see
 * `ImportMode`); a merge takes the file's changes on top of the stored map by `mergeDocuments`, the
 * base document being revision `base` with its personas as they were then. Throws
 * `ImportRefusedError`, or `NotFoundError` when the base revision does not exist.
 */
export async function importDocument(
  root: MapStore,
  file: JourneyDocument,
  options: ImportOptions,
): Promise<ImportOutcome> {
  return await root.transaction(async (store) => {
    const id = file.journey.id;
    const existing = await store.getJourney(id);
    let doc = file;
    let merged: ImportOutcome['merged'];
    const { base } = options;
    if (existing && base !== undefined && existing.revision !== base && options.mode !== 'force') {
      if (options.mode === 'refuse') {
        const stale = ConflictError.stale('journey', id, existing.revision, base);
        throw new ImportRefusedError(stale.message, 'stale', id, existing.revision, base);
      }
      const from = await store.getJourney(id, base);
      if (!from) throw new NotFoundError('journey', id, base);
      const result = mergeDocuments(
        await journeyDocument(store, from, from.updatedAt),
        await journeyDocument(store, existing),
        file,
        { choices: options.choices ?? {}, fallback: options.prefer ?? 'theirs' },
      );
      const open = result.conflicts.filter((c) => options.choices?.[c.key] === undefined);
      if (open.length > 0 && options.prefer === undefined) {
        throw new ImportRefusedError(
          `${open.length} ${open.length === 1 ? 'conflict' : 'conflicts'} between the file and revisions ${base + 1} to ${existing.revision}`,
          'conflicts',
          id,
          existing.revision,
          base,
          result.conflicts,
        );
      }
      doc = result.document;
      merged = { base, into: existing.revision, conflicts: result.conflicts };
    }
    const write = { author: options.author, action: 'import' as const, message: options.message };
    const workspaceId = existing?.workspaceId ?? options.workspaceId;
    if (!existing) await options.beforeCreate?.(store);
    const personas: StoredPersona[] = [];
    let personasWritten = 0;
    for (const persona of doc.personas) {
      const current = await store.getPersona(persona.id);
      if (current && deepEqual(current.persona, persona)) {
        personas.push(current);
        continue;
      }
      personas.push(
        await store.savePersona(workspaceId, persona, {
          ...write,
          baseRevision: current?.revision ?? 0,
        }),
      );
      personasWritten += 1;
    }
    if (existing && deepEqual(existing.journey, doc.journey))
      return {
        journey: existing,
        personas,
        personasWritten,
        created: false,
        changed: false,
        ...(merged && { merged }),
      };
    const journey = existing
      ? await store.saveJourney(doc.journey, { ...write, baseRevision: existing.revision })
      : await store.createJourney(workspaceId, doc.journey, write);
    return {
      journey,
      personas,
      personasWritten,
      created: !existing,
      changed: true,
      ...(merged && { merged }),
    };
  });
}
