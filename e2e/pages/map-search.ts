import type { Locator, Page } from 'playwright-core';

/**
 * Page object of "find a map" on the workspace home: the search field, the type and persona
 * filters, the live count, the rows and the "nothing matches" state. Controls are found by their
 * visible English labels, so the spec also proves they are labelled.
 */
export class MapSearch {
  constructor(readonly page: Page) {}

  /** The "Search maps" field. */
  searchField(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search maps' });
  }

  /** The "Map type" select. */
  typeFilter(): Locator {
    return this.page.getByRole('combobox', { name: 'Map type' });
  }

  /** The "Persona" select (present only once personas are loaded). */
  personaFilter(): Locator {
    return this.page.getByRole('combobox', { name: 'Persona' });
  }

  /** The "5 of 26 maps" line, a polite live region. */
  count(): Locator {
    return this.page.getByTestId('map-count');
  }

  /** The "nothing matches" state with its "Clear filters" button. */
  noMatch(): Locator {
    return this.page.getByTestId('maps-no-match');
  }

  /** Types `text` into the search field (replacing what it held). */
  async search(text: string): Promise<void> {
    await this.searchField().fill(text);
  }

  /** Picks a map type by its value (`future_state`), or `''` for all types. */
  async filterType(type: string): Promise<void> {
    await this.typeFilter().selectOption(type);
  }

  /** Clicks "Clear filters" in the "nothing matches" state. */
  async clear(): Promise<void> {
    await this.noMatch().getByRole('button', { name: 'Clear filters' }).click();
  }

  /** Waits until the count reads `text`, then returns the titles of the rows shown, in order. */
  async titlesOnceCountIs(text: string): Promise<string[]> {
    await this.page.waitForFunction(
      (expected) => document.querySelector('[data-testid="map-count"]')?.textContent === expected,
      text,
    );
    return this.page.getByTestId('map-row').locator('.map-link').allTextContents();
  }
}
