import { api } from '../lib/api';
import { useAsync, type AsyncState } from '../lib/use-async';

/** A map that lists a persona. */
export interface PersonaMapRef {
  id: string;
  title: string;
}

/**
 * The maps of a workspace that use each persona (persona id -> maps), read from every journey of
 * the workspace; pending until the current workspace's maps are read. Trap: one request per
 * map; the API has no "maps of a persona" query yet.
 */
export function usePersonaMaps(
  workspaceId: string | undefined,
  tick: number,
): AsyncState<Map<string, PersonaMapRef[]>> {
  const state = useAsync(
    async () => {
      const result = new Map<string, PersonaMapRef[]>();
      if (!workspaceId) return { workspaceId, result };
      const summaries = await api.journeys.list({ workspaceId });
      const journeys = await Promise.all(summaries.map((s) => api.journeys.get(s.id)));
      for (const { journey } of journeys) {
        for (const personaId of journey.personaIds) {
          const list = result.get(personaId) ?? [];
          list.push({ id: journey.id, title: journey.title });
          result.set(personaId, list);
        }
      }
      return { workspaceId, result };
    },
    `persona-maps|${workspaceId ?? ''}|${tick}`,
  );
  if (state.status !== 'done') return state;
  // Until the maps of this workspace arrive, say nothing rather than "0 maps" from an earlier load.
  if (state.value.workspaceId !== workspaceId || !workspaceId) return { status: 'pending' };
  return { status: 'done', value: state.value.result };
}
