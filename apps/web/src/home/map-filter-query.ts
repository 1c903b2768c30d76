import { mapTypeSchema } from '@waymark/domain';
import { NO_FILTERS, type MapFilters } from './map-filter';

/**
 * The map filters held in a home hash such as `#/?q=shop&type=future_state&persona=p1`. Missing,
 * empty or unknown values read as "any"; the persona id is kept as is (the screen ignores an id
 * it does not know).
 */
export function filtersFromHash(hash: string): MapFilters {
  const at = hash.indexOf('?');
  if (at < 0) return NO_FILTERS;
  const params = new URLSearchParams(hash.slice(at + 1));
  const type = mapTypeSchema.safeParse(params.get('type'));
  return {
    query: params.get('q') ?? '',
    mapType: type.success ? type.data : '',
    personaId: params.get('persona') ?? '',
  };
}

/** The home hash that holds `filters`: `#/` when none is set, else `#/?q=…&type=…&persona=…`. */
export function hashOfFilters(filters: MapFilters): string {
  const params = new URLSearchParams();
  if (filters.query !== '') params.set('q', filters.query);
  if (filters.mapType !== '') params.set('type', filters.mapType);
  if (filters.personaId !== '') params.set('persona', filters.personaId);
  const query = params.toString();
  return query === '' ? '#/' : `#/?${query}`;
}
