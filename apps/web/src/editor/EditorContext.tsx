import { createContext, useContext } from 'react';
import type { Journey, Locale, Persona } from '@waymark/domain';

/**
 * What every grid component reads: one stable `edit` that applies a pure domain operation to the
 * current journey (one undo step each), the personas on the map, and whether editing is allowed.
 */
export interface EditorApi {
  /** Applies `update` to the present journey and records the result as an undo step. */
  edit(update: (journey: Journey) => Journey): void;
  readOnly: boolean;
  /** UI locale, for domain labels (lane kinds, item types). */
  locale: Locale;
  /** The journey's personas in its order, resolved from the workspace. */
  personas: readonly Persona[];
}

/** The personas named by `personaIds`, in that order, resolved from the workspace's personas. */
export function resolvePersonas(personaIds: readonly string[], workspace: readonly Persona[]): Persona[] {
  return personaIds.flatMap((id) => workspace.filter((p) => p.id === id));
}

/** The editor context; components read it with `useEditor()`. */
export const EditorContext = createContext<EditorApi | null>(null);

/** The editor API of the surrounding map grid. */
export function useEditor(): EditorApi {
  const api = useContext(EditorContext);
  if (!api) throw new Error('useEditor() must be used inside <EditorContext.Provider>');
  return api;
}
