import { CURRENT_FORMAT } from '@waymark/domain';
import type { JourneyDocument, Persona } from '@waymark/domain';
import type { MapStore, StoredJourney } from './port';

/**
 * The self-contained document of a stored journey: the map plus the personas it names (in
 * `personaIds` or on emotion points), as they are now or, with `asOf`, as they were then. Personas
 * that do not exist (then) are left out.
 */
export async function journeyDocument(
  store: MapStore,
  stored: StoredJourney,
  asOf?: string,
): Promise<JourneyDocument> {
  const { journey } = stored;
  const ids = new Set(journey.personaIds);
  for (const item of journey.items) if (item.type === 'emotion_point') ids.add(item.personaId);
  const personas: Persona[] = [];
  for (const id of ids) {
    const found = await store.getPersona(id, asOf);
    if (found) personas.push(found.persona);
  }
  return { format: CURRENT_FORMAT, journey, personas };
}
