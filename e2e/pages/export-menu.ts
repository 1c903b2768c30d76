import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';

/** Page object of the editor's export menu. */
export class ExportMenuPage {
  constructor(readonly page: Page) {}

  /** Opens the menu unless it is open already; resolves with the menu. */
  async open(): Promise<Locator> {
    const menu = this.page.getByTestId('export-menu');
    if ((await menu.getByTestId('export-button').getAttribute('aria-expanded')) !== 'true') {
      await menu.getByTestId('export-button').click();
    }
    await menu.getByTestId('pdf-paper').waitFor();
    return menu;
  }

  /** Picks the PDF's paper in the open menu: `poster`, or a size with orientation and layout. */
  async choosePaper(page: string, orientation?: string, layout?: string): Promise<void> {
    const paper = (await this.open()).getByTestId('pdf-paper');
    await paper.locator('select[name="pdf-page"]').selectOption(page);
    if (orientation) await paper.locator('select[name="pdf-orientation"]').selectOption(orientation);
    if (layout) await paper.locator('select[name="pdf-layout"]').selectOption(layout);
  }

  /**
   * Opens the menu, picks a format (`png`, `pdf`, `svg`, `svg-client`, `xlsx`, `json`, `md`), waits
   * for the download and saves it under `dir`; resolves with the saved path and the suggested name.
   */
  async download(format: string, dir: string): Promise<{ path: string; name: string }> {
    const menu = await this.open();
    const [download] = await Promise.all([
      this.page.waitForEvent('download', { timeout: 60_000 }),
      menu.locator(`[role="menuitem"][data-format="${format}"]`).click(),
    ]);
    const name = download.suggestedFilename();
    const path = join(dir, `${format}-${name}`);
    await download.saveAs(path);
    return { path, name };
  }
}
