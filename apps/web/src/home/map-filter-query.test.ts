import { describe, expect, it } from 'vitest';
import { parseRoute } from '../shell/use-route';
import { NO_FILTERS, type MapFilters } from './map-filter';
import { filtersFromHash, hashOfFilters } from './map-filter-query';

describe('map filters in the home hash', () => {
  it('reads nothing from a hash without a query', () => {
    expect(filtersFromHash('')).toEqual(NO_FILTERS);
    expect(filtersFromHash('#/')).toEqual(NO_FILTERS);
  });

  it('writes #/ for no filters and a query otherwise, which the router reads as home', () => {
    expect(hashOfFilters(NO_FILTERS)).toBe('#/');
    const hash = hashOfFilters({ query: 'shop', mapType: 'future_state', personaId: '' });
    expect(hash).toBe('#/?q=shop&type=future_state');
    expect(parseRoute(hash)).toEqual({ name: 'home' });
  });

  it('round-trips Thai, Vietnamese and Persian text and reserved characters', () => {
    for (const query of ['การซื้อ', 'Việt Nam', 'سفر خرید', 'a&b=c?#d+e %']) {
      const filters: MapFilters = { query, mapType: 'day_in_the_life', personaId: 'p_1' };
      expect(filtersFromHash(hashOfFilters(filters))).toEqual(filters);
    }
  });

  it('reads an unknown map type as any type', () => {
    expect(filtersFromHash('#/?type=wish_list&q=x')).toEqual({ ...NO_FILTERS, query: 'x' });
  });

  it('leaves other routes alone', () => {
    expect(parseRoute('#/personas')).toEqual({ name: 'personas' });
    expect(parseRoute('#/personas?q=x')).toEqual({ name: 'not-found' });
    expect(parseRoute('#/maps/j_1')).toEqual({ name: 'map', id: 'j_1' });
  });
});
