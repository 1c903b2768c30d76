import { updateJourney } from '@waymark/domain';
import { NotFoundError } from './errors';
import type { MapStore, StoredJourney } from './port';

/** Options of `renameJourney`. */
export interface RenameOptions {
  /** Refuse (`ConflictError`) unless the map is still at this revision; default: rename the current one. */
  baseRevision?: number | undefined;
  author: string;
}

/**
 * Gives a stored map a new title as one new revision (message `Renamed to <title>`), in one
 * transaction, so a save landing meanwhile is never overwritten. The server's rename route and
 * `waymark rename` both call it. Throws `NotFoundError` for a missing map (also one in the trash),
 * `ConflictError` for a stale `baseRevision`. A title equal to the current one writes nothing.
 */
export async function renameJourney(
  store: MapStore,
  id: string,
  title: string,
  options: RenameOptions,
): Promise<StoredJourney> {
  return await store.transaction(async (tx) => {
    const current = await tx.getJourney(id);
    if (!current) throw new NotFoundError('journey', id);
    const base = options.baseRevision ?? current.revision;
    if (current.journey.title === title && base === current.revision) return current;
    return await tx.saveJourney(updateJourney(current.journey, { title }), {
      baseRevision: base,
      author: options.author,
      message: `Renamed to ${title}`,
    });
  });
}
