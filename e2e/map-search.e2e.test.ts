import { beforeAll, describe, expect, inject, it } from 'vitest';
import { createApiClient } from '@waymark/api';
import { suiteSession } from './fixtures';
import { MapSearch } from './pages/map-search';

/** A tag in every title, so the search finds this spec's maps among any others on the server. */
const TAG = 'qz7';
const TODAY = `Checkout today ${TAG}`;
const TOMORROW = `Checkout tomorrow ${TAG}`;
const THAI = `การซื้อของออนไลน์ ${TAG}`;

describe('find a map on the workspace home', () => {
  const session = suiteSession();
  const api = createApiClient(inject('baseUrl'));
  let total = 0;

  beforeAll(async () => {
    await api.journeys.create({ templateId: 'current-state', title: TODAY, locale: 'en' });
    await api.journeys.create({ templateId: 'future-state', title: TOMORROW, locale: 'en' });
    await api.journeys.create({ templateId: 'future-state', title: THAI, locale: 'th' });
    total = (await api.journeys.list()).length;
  });

  it('searches, filters by type, keeps the filters in the link and clears them', async () => {
    const search = new MapSearch(session.page);
    await session.home.goto();
    expect(await search.titlesOnceCountIs(`${total} of ${total} maps`)).toHaveLength(total);
    expect(await search.count().getAttribute('role')).toBe('status');

    // Newest first; the tag finds exactly this spec's three maps.
    await search.search(TAG.toUpperCase());
    expect(await search.titlesOnceCountIs(`3 of ${total} maps`)).toEqual([THAI, TOMORROW, TODAY]);

    await search.filterType('future_state');
    expect(await search.titlesOnceCountIs(`2 of ${total} maps`)).toEqual([THAI, TOMORROW]);
    const types = session.page.getByTestId('map-row').locator('.badge');
    expect(await types.allTextContents()).toEqual(['Future state', 'Future state']);

    await search.search('ออนไลน์');
    expect(await search.titlesOnceCountIs(`1 of ${total} maps`)).toEqual([THAI]);
    expect(session.page.url()).toMatch(/#\/\?q=%E0%B8%AD.*&type=future_state$/);
    await session.screenshot('map-search-filtered');

    // A reload (or a shared link) keeps the filters.
    await session.page.reload();
    expect(await search.titlesOnceCountIs(`1 of ${total} maps`)).toEqual([THAI]);
    expect(await search.searchField().inputValue()).toBe('ออนไลน์');
    expect(await search.typeFilter().inputValue()).toBe('future_state');

    await search.search('no map has this title');
    await search.titlesOnceCountIs(`0 of ${total} maps`);
    expect(await search.noMatch().textContent()).toContain('No maps match');
    await session.screenshot('map-search-no-match');

    await search.clear();
    expect(await search.titlesOnceCountIs(`${total} of ${total} maps`)).toHaveLength(total);
    expect(await search.searchField().evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await search.searchField().inputValue()).toBe('');
    expect(await search.typeFilter().inputValue()).toBe('');
    expect(new URL(session.page.url()).hash).toBe('#/');
  });

  it('reaches the filters from the search field by keyboard', async () => {
    const search = new MapSearch(session.page);
    await search.searchField().focus();
    await session.page.keyboard.press('Tab');
    expect(await search.typeFilter().evaluate((el) => el === document.activeElement)).toBe(true);
    await session.page.keyboard.press('Tab');
    expect(await search.personaFilter().evaluate((el) => el === document.activeElement)).toBe(true);
  });
});
