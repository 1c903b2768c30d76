import type { Locator, Page } from 'playwright-core';

/**
 * Page object of map management on the workspace home: a row's Rename, Duplicate and Delete, the
 * delete confirmation, the notice bar with Undo, and the trash.
 */
export class MapManager {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  /** Opens the home screen freshly loaded (a hash change alone keeps the list it already fetched). */
  async open(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/#/`);
    await this.page.reload();
    await this.page.getByTestId('map-list').waitFor();
  }

  /** The row of the map `id` in the maps table. */
  row(id: string): Locator {
    return this.page.locator(`[data-testid="map-row"][data-journey-id="${id}"]`);
  }

  /** The titles of the listed maps, top to bottom. */
  async titles(): Promise<string[]> {
    return await this.page.locator('[data-testid="map-row"] .map-link').allTextContents();
  }

  notice(): Locator {
    return this.page.getByTestId('map-notice');
  }

  /** Renames in place: Rename, type the title, Enter; waits for the row to show it. */
  async rename(id: string, title: string): Promise<void> {
    await this.row(id).locator('[data-action="rename"]').click();
    const input = this.row(id).getByTestId('rename-input');
    await input.fill(title);
    await input.press('Enter');
    await this.row(id).locator('.map-link', { hasText: title }).waitFor();
  }

  async duplicate(id: string): Promise<void> {
    await this.row(id).locator('[data-action="duplicate"]').click();
    await this.page.locator('[data-testid="map-notice"][data-kind="duplicated"]').waitFor();
  }

  /** Clicks Delete on a row; resolves with the confirmation dialog (not yet answered). */
  async askDelete(id: string): Promise<Locator> {
    await this.row(id).locator('[data-action="delete"]').click();
    const dialog = this.page.getByTestId('confirm-delete');
    await dialog.waitFor();
    return dialog;
  }

  /** Deletes through the confirmation; waits for the row to go and the Undo notice. */
  async delete(id: string): Promise<void> {
    const dialog = await this.askDelete(id);
    await dialog.getByTestId('confirm-yes').click();
    await this.page.locator('[data-testid="map-notice"][data-kind="deleted"]').waitFor();
    await this.row(id).waitFor({ state: 'detached' });
  }

  /** Opens the folded trash (if shown) and resolves with its row of `id`. */
  async trashRow(id: string): Promise<Locator> {
    const trash = this.page.getByTestId('trash');
    await trash.waitFor();
    if ((await trash.getAttribute('open')) === null) await trash.locator('summary').click();
    return trash.locator(`[data-testid="trash-row"][data-journey-id="${id}"]`);
  }
}
