import type { MapStore, StoredJourney, StoredPersona } from '@waymark/store';
import { HttpError } from '../http/errors';

/** The journey (at `revision` when given), or a 404 naming what is missing. */
export async function requireJourney(maps: MapStore, id: string, revision?: number): Promise<StoredJourney> {
  const stored = await maps.getJourney(id, revision);
  if (stored) return stored;
  if (revision !== undefined && (await maps.getJourney(id))) {
    throw new HttpError(404, 'not_found', `journey "${id}" has no revision ${revision}`, 'params.revision');
  }
  throw new HttpError(404, 'not_found', `journey "${id}" does not exist`, 'params.id');
}

/** The persona, or a 404. */
export async function requirePersona(maps: MapStore, id: string): Promise<StoredPersona> {
  const stored = await maps.getPersona(id);
  if (!stored) throw new HttpError(404, 'not_found', `persona "${id}" does not exist`, 'params.id');
  return stored;
}
