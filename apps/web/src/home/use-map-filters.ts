import { useCallback, useEffect, useState } from 'react';
import type { MapFilters } from './map-filter';
import { filtersFromHash, hashOfFilters } from './map-filter-query';

/** The home screen's map filters and their setter, as `useMapFilters` returns them. */
export interface MapFiltersState {
  filters: MapFilters;
  setFilters(next: MapFilters): void;
}

/**
 * The map filters, kept in the location hash (`#/?q=shop&type=future_state`) so a reload or a
 * shared link keeps them. Changes replace the history entry (typing adds no Back steps) and fire
 * no `hashchange`; a hash change from outside (the "Maps" link, a pasted link) is followed.
 * Trap: use it only on the home route, whose hash it rewrites.
 */
export function useMapFilters(): MapFiltersState {
  const [filters, setState] = useState(() => filtersFromHash(window.location.hash));
  useEffect(() => {
    const handleHashChange = () => setState(filtersFromHash(window.location.hash));
    window.addEventListener('hashchange', handleHashChange);
    return () => window.removeEventListener('hashchange', handleHashChange);
  }, []);
  const setFilters = useCallback((next: MapFilters) => {
    setState(next);
    window.history.replaceState(window.history.state, '', hashOfFilters(next));
  }, []);
  return { filters, setFilters };
}
