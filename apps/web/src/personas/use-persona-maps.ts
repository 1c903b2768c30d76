import { api } from '../lib/api';
import { useAsync, type AsyncState } from '../lib/use-async';
import { personaMapIndex, type PersonaMapRef } from './persona-map-index';

/**
 * The maps of a workspace that use each persona (persona id -> maps), read from the workspace's
 * journey list in one request (each summary carries its `personaIds`); pending until the current
 * workspace's maps are read. `tick` reloads.
 */
export function usePersonaMaps(
  workspaceId: string | undefined,
  tick: number,
): AsyncState<Map<string, PersonaMapRef[]>> {
  const state = useAsync(
    async () => ({
      workspaceId,
      result: workspaceId
        ? personaMapIndex(await api.journeys.list({ workspaceId }))
        : new Map<string, PersonaMapRef[]>(),
    }),
    `persona-maps|${workspaceId ?? ''}|${tick}`,
  );
  if (state.status !== 'done') return state;
  // Until the maps of this workspace arrive, say nothing rather than "0 maps" from an earlier load.
  if (state.value.workspaceId !== workspaceId || !workspaceId) return { status: 'pending' };
  return { status: 'done', value: state.value.result };
}
