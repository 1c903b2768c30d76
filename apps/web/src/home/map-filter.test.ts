import { describe, expect, it } from 'vitest';
import type { JourneySummary } from '@waymark/domain';
import { filterMaps, NO_FILTERS, searchKey, type MapFilters } from './map-filter';

/** A map summary with overrides; ids follow the title so failures read well. */
function summary(overrides: Partial<JourneySummary> & { title: string }): JourneySummary {
  return {
    id: overrides.title.replace(/\W+/g, '_') || 'map',
    workspaceId: 'ws_default',
    mapType: 'current_state',
    journeyKind: 'purchase',
    locale: 'en',
    personaIds: [],
    revision: 1,
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...overrides,
  };
}

const filters = (overrides: Partial<MapFilters>): MapFilters => ({ ...NO_FILTERS, ...overrides });
const titles = (maps: readonly JourneySummary[]) => maps.map((m) => m.title);

const MAPS = [
  summary({ title: 'Online Shop checkout', mapType: 'current_state', personaIds: ['p_nok'] }),
  summary({ title: 'Shop of the future', mapType: 'future_state', personaIds: ['p_nok', 'p_an'] }),
  summary({ title: 'การซื้อของออนไลน์', mapType: 'future_state', locale: 'th' }),
  summary({
    title: 'Hành trình mua hàng Việt Nam',
    mapType: 'day_in_the_life',
    locale: 'vi',
    personaIds: ['p_an'],
  }),
  summary({ title: '線上購物旅程', mapType: 'service_blueprint', locale: 'zh-TW' }),
  summary({ title: 'سفر خرید آنلاین', mapType: 'current_state', locale: 'fa' }),
];

describe('filterMaps', () => {
  it('keeps every map, in order, without filters', () => {
    expect(filterMaps(MAPS, NO_FILTERS, 'en')).toEqual(MAPS);
    expect(filterMaps(MAPS, filters({ query: '   ' }), 'en')).toEqual(MAPS);
  });

  it('matches a part of the title, ignoring case and surrounding spaces', () => {
    expect(titles(filterMaps(MAPS, filters({ query: ' shop ' }), 'en'))).toEqual([
      'Online Shop checkout',
      'Shop of the future',
    ]);
    expect(titles(filterMaps(MAPS, filters({ query: 'SHOP CHECK' }), 'en'))).toEqual([
      'Online Shop checkout',
    ]);
    expect(filterMaps(MAPS, filters({ query: 'basket' }), 'en')).toEqual([]);
  });

  it('finds Thai, Chinese and Persian titles by a part of them', () => {
    expect(titles(filterMaps(MAPS, filters({ query: 'ออนไลน์' }), 'th'))).toEqual(['การซื้อของออนไลน์']);
    expect(titles(filterMaps(MAPS, filters({ query: '購物' }), 'zh-TW'))).toEqual(['線上購物旅程']);
    expect(titles(filterMaps(MAPS, filters({ query: 'خرید' }), 'fa'))).toEqual(['سفر خرید آنلاین']);
  });

  it('matches Vietnamese typed with combining marks or in capitals, but keeps diacritics', () => {
    const decomposed = 'việt'.normalize('NFD');
    expect(decomposed).not.toBe('việt');
    expect(titles(filterMaps(MAPS, filters({ query: decomposed }), 'vi'))).toEqual([
      'Hành trình mua hàng Việt Nam',
    ]);
    expect(titles(filterMaps(MAPS, filters({ query: 'HÀNH TRÌNH' }), 'vi'))).toHaveLength(1);
    expect(filterMaps(MAPS, filters({ query: 'viet' }), 'vi')).toEqual([]);
    expect(filterMaps(MAPS, filters({ query: 'hanh trinh' }), 'vi')).toEqual([]);
  });

  it('filters by map type', () => {
    expect(titles(filterMaps(MAPS, filters({ mapType: 'future_state' }), 'en'))).toEqual([
      'Shop of the future',
      'การซื้อของออนไลน์',
    ]);
    expect(titles(filterMaps(MAPS, filters({ mapType: 'service_blueprint' }), 'en'))).toEqual([
      '線上購物旅程',
    ]);
  });

  it('filters by a persona the map names', () => {
    expect(titles(filterMaps(MAPS, filters({ personaId: 'p_an' }), 'en'))).toEqual([
      'Shop of the future',
      'Hành trình mua hàng Việt Nam',
    ]);
    expect(filterMaps(MAPS, filters({ personaId: 'p_gone' }), 'en')).toEqual([]);
  });

  it('applies every filter together', () => {
    const both = filters({ query: 'shop', mapType: 'future_state', personaId: 'p_nok' });
    expect(titles(filterMaps(MAPS, both, 'en'))).toEqual(['Shop of the future']);
    expect(filterMaps(MAPS, { ...both, personaId: 'p_other' }, 'en')).toEqual([]);
  });
});

describe('searchKey', () => {
  it('lower-cases by the locale and composes to NFC', () => {
    expect(searchKey('Online SHOP', 'en')).toBe('online shop');
    expect(searchKey('VIỆT'.normalize('NFD'), 'vi')).toBe('việt');
    expect(searchKey('ไทย', 'th')).toBe('ไทย');
  });

  it('reads the Arabic ye and kaf as Persian and the half-space as a space', () => {
    // "مشتری" (customer) typed with the Arabic ye, "کالا" (goods) with the Arabic kaf.
    expect(searchKey('\u0645\u0634\u062A\u0631\u064A', 'fa')).toBe(searchKey('مشتری', 'fa'));
    expect(searchKey('\u0643\u0627\u0644\u0627', 'fa')).toBe(searchKey('کالا', 'fa'));
    // "می‌خرد" (buys) written with a zero-width non-joiner matches "می خرد" typed with a space.
    expect(searchKey('می\u200Cخرد', 'fa')).toBe(searchKey('می خرد', 'fa'));
    const maps = [summary({ title: 'سفر مشتری' })];
    expect(filterMaps(maps, { ...NO_FILTERS, query: '\u0645\u0634\u062A\u0631\u064A' }, 'fa')).toEqual(maps);
  });
});
