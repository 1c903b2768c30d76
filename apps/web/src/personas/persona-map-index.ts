import type { JourneySummary } from '@waymark/domain';

/** A map that lists a persona. */
export interface PersonaMapRef {
  id: string;
  title: string;
}

/**
 * Indexes journey summaries by the personas they name: persona id -> the maps naming it, in the
 * order of `summaries`. A map naming a persona twice is listed once for it.
 */
export function personaMapIndex(summaries: readonly JourneySummary[]): Map<string, PersonaMapRef[]> {
  const index = new Map<string, PersonaMapRef[]>();
  for (const summary of summaries) {
    for (const personaId of new Set(summary.personaIds)) {
      const list = index.get(personaId) ?? [];
      list.push({ id: summary.id, title: summary.title });
      index.set(personaId, list);
    }
  }
  return index;
}
