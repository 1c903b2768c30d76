import { useCallback, useRef, useState } from 'react';
import { api, errorMessage } from '../lib/api';

/** A map as the home screen's actions name it. */
export interface MapRef {
  id: string;
  title: string;
}

/** What the home screen last did to a map, shown (and announced) in its notice bar. */
export type MapNotice =
  /** Moved to the trash: the notice offers Undo. */
  | { kind: 'deleted'; map: MapRef }
  /** Back from the trash (Undo or Restore). */
  | { kind: 'restored'; map: MapRef }
  /** A copy was made: the notice links to it. */
  | { kind: 'duplicated'; map: MapRef }
  | { kind: 'purged'; map: MapRef }
  | { kind: 'failed'; message: string };

/** A destructive action waiting for the person to confirm it. */
export interface PendingConfirm {
  kind: 'delete' | 'purge';
  map: MapRef;
}

/** The state of `useMapActions` and what the home screen can do with it. */
export interface MapActions {
  notice: MapNotice | undefined;
  /** The delete or purge asking for confirmation, if any. */
  pending: PendingConfirm | undefined;
  /** The map an action is running on (its buttons are disabled meanwhile). */
  busyId: string | undefined;
  /** Resolves true when the title was saved (or unchanged); false after a failure (in `notice`). */
  rename(map: MapRef, title: string): Promise<boolean>;
  duplicate(map: MapRef): Promise<void>;
  /** Asks to move a map to the trash (or, for a map in the trash, to delete it for good). */
  ask(kind: PendingConfirm['kind'], map: MapRef): void;
  /** Runs the pending action. */
  confirm(): Promise<void>;
  cancel(): void;
  /** Takes a map out of the trash (Undo after a delete, or Restore in the trash list). */
  restore(map: MapRef): Promise<void>;
  dismiss(): void;
}

/**
 * The home screen's map management: rename, duplicate, delete to the trash (after a confirmation,
 * with Undo), restore from the trash and delete for good. `onChanged` runs after every action that
 * changed the maps or the trash, to reload both lists. Failures become a `failed` notice.
 */
export function useMapActions(onChanged: () => void): MapActions {
  const [notice, setNotice] = useState<MapNotice>();
  const [pending, setPending] = useState<PendingConfirm>();
  const [busyId, setBusyId] = useState<string>();
  const changed = useRef(onChanged);
  changed.current = onChanged;

  /** Runs `work` for one map, keeping `busyId` while it runs; false when it failed. */
  const run = useCallback(async (id: string, work: () => Promise<MapNotice | undefined>) => {
    setBusyId(id);
    try {
      const next = await work();
      setNotice(next);
      changed.current();
      return true;
    } catch (error) {
      setNotice({ kind: 'failed', message: errorMessage(error) });
      return false;
    } finally {
      setBusyId(undefined);
    }
  }, []);

  const restore = useCallback(
    async (map: MapRef) => {
      await run(map.id, async () => {
        const stored = await api.trash.undelete(map.id);
        return { kind: 'restored', map: { id: map.id, title: stored.journey.title } };
      });
    },
    [run],
  );

  return {
    notice,
    pending,
    busyId,
    rename: (map, title) => {
      const next = title.trim();
      if (next === '' || next === map.title) return Promise.resolve(true);
      return run(map.id, async () => {
        await api.journeys.rename(map.id, { title: next });
        return undefined;
      });
    },
    duplicate: async (map) => {
      await run(map.id, async () => {
        const copy = await api.journeys.duplicate(map.id);
        return { kind: 'duplicated', map: { id: copy.journey.id, title: copy.journey.title } };
      });
    },
    ask: (kind, map) => setPending({ kind, map }),
    cancel: () => setPending(undefined),
    confirm: async () => {
      if (!pending) return;
      const { kind, map } = pending;
      setPending(undefined);
      await run(map.id, async () => {
        if (kind === 'delete') {
          const { trashed } = await api.journeys.delete(map.id);
          return { kind: 'deleted', map: { id: map.id, title: trashed.title } };
        }
        await api.trash.purge(map.id);
        return { kind: 'purged', map };
      });
    },
    restore,
    dismiss: () => setNotice(undefined),
  };
}
