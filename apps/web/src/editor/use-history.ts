import { useCallback, useRef, useState } from 'react';

/** Snapshot history: the present value plus past and future stacks of whole snapshots. */
export interface HistoryState<T> {
  past: readonly T[];
  present: T;
  future: readonly T[];
}

/** At most this many undo steps are kept. */
export const HISTORY_LIMIT = 200;

/** A new history whose present is `value`. */
export function historyOf<T>(value: T): HistoryState<T> {
  return { past: [], present: value, future: [] };
}

/** Pushes `next` as the present; clears redo. A `next` identical to the present is ignored. */
export function pushHistory<T>(state: HistoryState<T>, next: T): HistoryState<T> {
  return next === state.present ? state : replaceKeepingUndo(state, next);
}

/** Steps back one snapshot, or returns `state` when there is nothing to undo. */
export function undoHistory<T>(state: HistoryState<T>): HistoryState<T> {
  const previous = state.past[state.past.length - 1];
  if (previous === undefined) return state;
  return { past: state.past.slice(0, -1), present: previous, future: [state.present, ...state.future] };
}

/** Steps forward one snapshot, or returns `state` when there is nothing to redo. */
export function redoHistory<T>(state: HistoryState<T>): HistoryState<T> {
  const next = state.future[0];
  if (next === undefined) return state;
  return { past: [...state.past, state.present], present: next, future: state.future.slice(1) };
}

/**
 * Replaces the present with `value` (e.g. the server's version after a conflict) while keeping the
 * replaced present as an undo step, so the user's unsaved change is one Undo away.
 */
export function replaceKeepingUndo<T>(state: HistoryState<T>, value: T): HistoryState<T> {
  return { past: [...state.past, state.present].slice(-HISTORY_LIMIT), present: value, future: [] };
}

/**
 * The hook form: `apply(f)` pushes `f(present)`; `undo`/`redo` step; `replace` swaps the present
 * keeping undo; `transform` rewrites the whole history (a merge moves every step onto a newer base). Updates run synchronously against the latest state, so an `f` that throws throws to
 * the caller and two edits in one event both land.
 */
export function useHistory<T>(initial: T) {
  const [state, setState] = useState(() => historyOf(initial));
  const stateRef = useRef(state);
  const set = useCallback((next: HistoryState<T>) => {
    stateRef.current = next;
    setState(next);
  }, []);
  const apply = useCallback(
    (update: (present: T) => T) => set(pushHistory(stateRef.current, update(stateRef.current.present))),
    [set],
  );
  const undo = useCallback(() => set(undoHistory(stateRef.current)), [set]);
  const redo = useCallback(() => set(redoHistory(stateRef.current)), [set]);
  const replace = useCallback((value: T) => set(replaceKeepingUndo(stateRef.current, value)), [set]);
  const transform = useCallback(
    (update: (state: HistoryState<T>) => HistoryState<T>) => set(update(stateRef.current)),
    [set],
  );
  return {
    present: state.present,
    canUndo: state.past.length > 0,
    canRedo: state.future.length > 0,
    apply,
    undo,
    redo,
    replace,
    transform,
    /** The present as of now (not as of the last render). */
    current: () => stateRef.current.present,
  };
}
