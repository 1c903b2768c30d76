import { useCallback, useEffect, useRef, useState } from 'react';
import type { Journey } from '@waymark/domain';
import { api, errorMessage, isConflict } from '../lib/api';

/** What the save indicator shows. */
export type SaveState =
  | { kind: 'saved'; revision: number }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'error'; message: string }
  | { kind: 'conflict'; revision: number | undefined };

/** Quiet time after the last edit before a save starts. */
export const AUTOSAVE_DELAY_MS = 800;

/** A stored journey as the server answers it (the part autosave needs). */
export interface Baseline {
  journey: Journey;
  revision: number;
}

/**
 * Saves `present` to a new revision once edits pause. Each save names the revision it was based on;
 * a 409 stops autosave and reports a conflict until `adopt` is called with the server's version.
 * `adopt` also serves restores: it makes a stored journey the new saved baseline. `savedJourney`
 * is the journey as last stored (what server-side reads such as the figures see).
 */
export function useAutosave(journeyId: string, present: Journey, initial: Baseline) {
  const [state, setState] = useState<SaveState>({ kind: 'saved', revision: initial.revision });
  const base = useRef(initial.revision);
  const saved = useRef<Journey>(initial.journey);
  const [savedJourney, setSavedJourney] = useState<Journey>(initial.journey);
  const inFlight = useRef(false);
  const conflicted = useRef(false);
  const latest = useRef(present);
  latest.current = present;
  const [retryTick, setRetryTick] = useState(0);

  const saveNow = useCallback(async () => {
    if (inFlight.current || conflicted.current) return;
    const journey = latest.current;
    if (journey === saved.current) return;
    inFlight.current = true;
    setState({ kind: 'saving' });
    try {
      const stored = await api.journeys.save(journeyId, { journey, baseRevision: base.current });
      base.current = stored.revision;
      saved.current = journey;
      setSavedJourney(journey);
      setState(latest.current === journey ? { kind: 'saved', revision: stored.revision } : { kind: 'dirty' });
    } catch (error) {
      if (isConflict(error)) {
        conflicted.current = true;
        const current = await api.journeys.get(journeyId).catch(() => undefined);
        setState({ kind: 'conflict', revision: current?.revision });
      } else {
        setState({ kind: 'error', message: errorMessage(error) });
      }
    } finally {
      inFlight.current = false;
    }
    if (!conflicted.current && latest.current !== saved.current) setRetryTick((n) => n + 1);
  }, [journeyId]);

  useEffect(() => {
    if (conflicted.current) return undefined;
    if (present === saved.current) {
      // Undone back to what is stored (say, within the autosave delay): nothing is unsaved.
      setState((s) => (s.kind === 'dirty' ? { kind: 'saved', revision: base.current } : s));
      return undefined;
    }
    setState((s) => (s.kind === 'saving' ? s : { kind: 'dirty' }));
    const timer = window.setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [present, saveNow, retryTick]);

  /** Makes `stored` the saved baseline (after a reload or a restore) and resumes autosave. */
  const adopt = useCallback((stored: Baseline) => {
    base.current = stored.revision;
    saved.current = stored.journey;
    setSavedJourney(stored.journey);
    conflicted.current = false;
    setState({ kind: 'saved', revision: stored.revision });
  }, []);

  const retry = useCallback(() => void saveNow(), [saveNow]);

  return { state, savedJourney, adopt, retry, baseRevision: () => base.current, flush: saveNow };
}
