import { useCallback, useEffect, useState } from 'react';

/** The state of a load: pending, its value, or its error. */
export type AsyncState<T> =
  { status: 'pending' } | { status: 'done'; value: T } | { status: 'error'; error: unknown };

/**
 * Runs `load` when `key` changes and holds its result; `reload()` runs it again. A result that
 * arrives after `key` changed is dropped.
 */
export function useAsync<T>(load: () => Promise<T>, key: string): AsyncState<T> & { reload(): void } {
  const [state, setState] = useState<AsyncState<T>>({ status: 'pending' });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    setState((s) => (s.status === 'done' ? s : { status: 'pending' }));
    load().then(
      (value) => live && setState({ status: 'done', value }),
      (error: unknown) => live && setState({ status: 'error', error }),
    );
    return () => {
      live = false;
    };
    // `load` is deliberately not a dependency: callers pass a fresh closure each render.
  }, [key, tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { ...state, reload };
}
