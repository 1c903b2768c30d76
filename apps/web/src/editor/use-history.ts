import { useCallback, useRef, useState } from 'react';

/**
 * An undo or redo step whose value is worked out only when Undo or Redo reaches it, once: a merge
 * moves every step onto a newer revision this way, paying for the steps a person actually steps to.
 * `undefined` means the step is gone (it could not be worked out) and is skipped.
 */
export class DeferredStep<T> {
  private settled = false;
  private value: T | undefined;
  constructor(private readonly compute: () => T | undefined) {}
  get(): T | undefined {
    if (!this.settled) {
      this.value = this.compute();
      this.settled = true;
    }
    return this.value;
  }
}

/** One entry of the undo or redo stack: a snapshot, or one still to be worked out. */
export type HistoryStep<T> = T | DeferredStep<T>;

/** The snapshot of a step (working a deferred one out); `undefined` for a step that is gone. */
export function stepValue<T>(step: HistoryStep<T>): T | undefined {
  return step instanceof DeferredStep ? (step.get() as T | undefined) : step;
}

/** Snapshot history: the present value plus past and future stacks of whole snapshots. */
export interface HistoryState<T> {
  past: readonly HistoryStep<T>[];
  present: T;
  future: readonly HistoryStep<T>[];
}

/** At most this many undo steps are kept. */
export const HISTORY_LIMIT = 200;

/** Whether two snapshots are the same for undo (an undo step equal to the present is skipped). */
export type SameSnapshot<T> = (a: T, b: T) => boolean;

/** A new history whose present is `value`. */
export function historyOf<T>(value: T): HistoryState<T> {
  return { past: [], present: value, future: [] };
}

/** Pushes `next` as the present; clears redo. A `next` identical to the present is ignored. */
export function pushHistory<T>(state: HistoryState<T>, next: T): HistoryState<T> {
  return next === state.present ? state : replaceKeepingUndo(state, next);
}

/**
 * Steps back to the nearest snapshot that differs from the present (`same`), or returns `state` when
 * there is none. Steps passed over (gone, or equal to the present) are dropped.
 */
export function undoHistory<T>(state: HistoryState<T>, same: SameSnapshot<T> = Object.is): HistoryState<T> {
  for (let i = state.past.length - 1; i >= 0; i--) {
    const step = state.past[i];
    const previous = step === undefined ? undefined : stepValue(step);
    if (previous === undefined || same(previous, state.present)) continue;
    return { past: state.past.slice(0, i), present: previous, future: [state.present, ...state.future] };
  }
  return state;
}

/** Steps forward to the nearest snapshot that differs from the present, or returns `state`. */
export function redoHistory<T>(state: HistoryState<T>, same: SameSnapshot<T> = Object.is): HistoryState<T> {
  for (let i = 0; i < state.future.length; i++) {
    const step = state.future[i];
    const next = step === undefined ? undefined : stepValue(step);
    if (next === undefined || same(next, state.present)) continue;
    return { past: [...state.past, state.present], present: next, future: state.future.slice(i + 1) };
  }
  return state;
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
 * keeping undo; `transform` rewrites the whole history (a merge moves every step onto a newer
 * revision). Undo and redo skip steps `same` as the present. Updates run synchronously against the
 * latest state, so an `f` that throws throws to the caller and two edits in one event both land.
 */
export function useHistory<T>(initial: T, same: SameSnapshot<T> = Object.is) {
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
  const undo = useCallback(() => set(undoHistory(stateRef.current, same)), [set, same]);
  const redo = useCallback(() => set(redoHistory(stateRef.current, same)), [set, same]);
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
