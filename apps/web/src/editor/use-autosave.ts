import { useCallback, useEffect, useRef, useState } from 'react';
import type { Journey, MergeChoices, MergeConflict } from '@waymark/domain';
import { api, errorMessage, isConflict } from '../lib/api';
import { rebaseJourney, type MergeSides } from './save-merge';

/** What the save indicator shows. */
export type SaveState =
  | { kind: 'saved'; revision: number }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'merged'; revision: number }
  | { kind: 'error'; message: string }
  | { kind: 'conflict'; revision: number; conflicts: MergeConflict[]; theirs: Journey };

/** Quiet time after the last edit before a save starts. */
export const AUTOSAVE_DELAY_MS = 800;

/** A stored journey as the server answers it (the part autosave needs). */
export interface Baseline {
  journey: Journey;
  revision: number;
}

/** How autosave reaches the editor's local journey when it has to merge. */
export interface LocalEdits {
  /** The local journey as of now (it may have changed since the save started). */
  current(): Journey;
  /** Makes `merged` the local journey and moves the undo history onto `sides.theirs` likewise. */
  adoptMerge(sides: MergeSides, merged: Journey, choices: MergeChoices): void;
}

/** A merge waiting for the person's choices. */
interface PendingMerge {
  sides: MergeSides;
  revision: number;
  choices: MergeChoices;
}

/**
 * Saves `present` to a new revision once edits pause. Each save names the revision it was based on.
 * When the server answers 409 (someone saved a newer revision), the local edits since that revision
 * are merged onto the newest stored version (`save-merge.ts`) and saved against it; true conflicts
 * stop autosave in the `conflict` state until `resolve` gets the person's choices. `adopt` makes a
 * stored journey the saved baseline (after a restore). `savedJourney` is the journey as last stored
 * (what server-side reads such as the figures see).
 */
export function useAutosave(journeyId: string, present: Journey, initial: Baseline, local: LocalEdits) {
  const [state, setState] = useState<SaveState>({ kind: 'saved', revision: initial.revision });
  const base = useRef(initial.revision);
  const saved = useRef<Journey>(initial.journey);
  const [savedJourney, setSavedJourney] = useState<Journey>(initial.journey);
  const inFlight = useRef<Promise<void> | undefined>(undefined);
  const pending = useRef<PendingMerge | undefined>(undefined);
  const localRef = useRef(local);
  localRef.current = local;
  const latest = useRef(present);
  latest.current = present;
  const [retryTick, setRetryTick] = useState(0);

  /** Re-applies the local edits on `merge.sides.theirs`; saves next unless a conflict is still open. */
  const settle = useCallback((merge: PendingMerge): void => {
    const { journey, open } = rebaseJourney(merge.sides, localRef.current.current(), merge.choices);
    if (open.length > 0) {
      pending.current = merge;
      setState({ kind: 'conflict', revision: merge.revision, conflicts: open, theirs: merge.sides.theirs });
      return;
    }
    pending.current = undefined;
    base.current = merge.revision;
    saved.current = merge.sides.theirs;
    setSavedJourney(merge.sides.theirs);
    localRef.current.adoptMerge(merge.sides, journey, merge.choices);
    latest.current = journey;
    setState(
      journey === merge.sides.theirs
        ? { kind: 'saved', revision: merge.revision }
        : { kind: 'merged', revision: merge.revision },
    );
    setRetryTick((n) => n + 1);
  }, []);

  /** Merges the local edits onto the newest stored revision (see `settle`); its number, if read. */
  const mergeWithNewest = useCallback(async (): Promise<number | undefined> => {
    try {
      const newest = await api.journeys.get(journeyId);
      settle({
        sides: { base: saved.current, theirs: newest.journey },
        revision: newest.revision,
        choices: {},
      });
      return newest.revision;
    } catch (failure) {
      setState({ kind: 'error', message: errorMessage(failure) });
      return undefined;
    }
  }, [journeyId, settle]);

  const saveOnce = useCallback(async () => {
    const journey = latest.current;
    if (journey === saved.current) return;
    setState({ kind: 'saving' });
    try {
      const stored = await api.journeys.save(journeyId, { journey, baseRevision: base.current });
      base.current = stored.revision;
      saved.current = journey;
      setSavedJourney(journey);
      setState(latest.current === journey ? { kind: 'saved', revision: stored.revision } : { kind: 'dirty' });
    } catch (error) {
      if (!isConflict(error)) {
        setState({ kind: 'error', message: errorMessage(error) });
        return;
      }
      await mergeWithNewest();
    }
  }, [journeyId, mergeWithNewest]);

  const saveNow = useCallback(async () => {
    if (inFlight.current || pending.current) return;
    const run = saveOnce().finally(() => {
      inFlight.current = undefined;
    });
    inFlight.current = run;
    await run;
    if (!pending.current && latest.current !== saved.current) setRetryTick((n) => n + 1);
  }, [saveOnce]);

  useEffect(() => {
    if (pending.current) return undefined;
    if (present === saved.current) {
      // Undone back to what is stored (say, within the autosave delay): nothing is unsaved.
      setState((s) => (s.kind === 'dirty' ? { kind: 'saved', revision: base.current } : s));
      return undefined;
    }
    setState((s) => (s.kind === 'saving' || s.kind === 'merged' ? s : { kind: 'dirty' }));
    const timer = window.setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [present, saveNow, retryTick]);

  /** Settles the open conflicts with the person's choices (a side per conflict key) and saves. */
  const resolve = useCallback(
    (choices: MergeChoices) => {
      const merge = pending.current;
      if (merge) settle({ ...merge, choices: { ...merge.choices, ...choices } });
    },
    [settle],
  );

  /**
   * Saves everything local now, merging if needed, and resolves true once what is stored equals
   * the local journey; false if a conflict waits for the person or a save failed.
   */
  const flush = useCallback(async (): Promise<boolean> => {
    for (let attempt = 0; attempt < 5; attempt++) {
      if (inFlight.current) await inFlight.current;
      if (pending.current) return false;
      if (latest.current === saved.current) return true;
      await saveNow();
    }
    return latest.current === saved.current;
  }, [saveNow]);

  /** Makes `stored` the saved baseline (after a restore) and resumes autosave. */
  const adopt = useCallback((stored: Baseline) => {
    base.current = stored.revision;
    saved.current = stored.journey;
    setSavedJourney(stored.journey);
    pending.current = undefined;
    setState({ kind: 'saved', revision: stored.revision });
  }, []);

  const retry = useCallback(() => void saveNow(), [saveNow]);

  /**
   * Catches up with a newer revision someone else saved (a refused restore found one): merges the
   * local edits onto it as a refused save would. Resolves with its number.
   */
  const catchUp = useCallback(async (): Promise<number | undefined> => {
    if (inFlight.current) await inFlight.current;
    if (pending.current) return undefined;
    return await mergeWithNewest();
  }, [mergeWithNewest]);

  return { state, savedJourney, adopt, resolve, retry, catchUp, baseRevision: () => base.current, flush };
}
