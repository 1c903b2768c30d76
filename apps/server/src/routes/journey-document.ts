import { CURRENT_FORMAT } from '@waymark/domain';
import type { JourneyDocument, Persona } from '@waymark/domain';
import type { MapStore, StoredJourney } from '@waymark/store';

/**
 * The self-contained document of a stored journey: the map plus the personas it names (in
 * `personaIds` or on emotion points). Personas that no longer exist are left out.
 */
export async function documentFor(maps: MapStore, stored: StoredJourney): Promise<JourneyDocument> {
  const { journey } = stored;
  const ids = new Set(journey.personaIds);
  for (const item of journey.items) if (item.type === 'emotion_point') ids.add(item.personaId);
  const personas: Persona[] = [];
  for (const id of ids) {
    const found = await maps.getPersona(id);
    if (found) personas.push(found.persona);
  }
  return { format: CURRENT_FORMAT, journey, personas };
}
