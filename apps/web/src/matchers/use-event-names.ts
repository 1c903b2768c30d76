import { useEffect, useState } from 'react';
import { api } from '../lib/api';

let cache: Promise<string[]> | undefined;

/** Forgets the known event names, so the next editor asks the server again (after an import). */
export function invalidateEventNames(): void {
  cache = undefined;
}

/**
 * The event names the server has seen (`GET /api/events/summary`), most frequent first, loaded once
 * and shared by every matcher editor. An unreachable server just means no suggestions.
 */
export function useEventNames(): readonly string[] {
  const [names, setNames] = useState<readonly string[]>([]);
  useEffect(() => {
    let live = true;
    cache ??= api.events.summary().then(
      (summary) => [...summary.eventNames].sort((a, b) => b.count - a.count).map((e) => e.name),
      () => {
        cache = undefined;
        return [];
      },
    );
    void cache.then((next) => live && setNames(next));
    return () => {
      live = false;
    };
  }, []);
  return names;
}
