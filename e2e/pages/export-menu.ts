import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** Page object of the editor's export menu. */
export class ExportMenuPage {
  constructor(readonly page: Page) {}

  /**
   * Opens the menu, picks a format (`png`, `pdf`, `svg`, `svg-client`, `xlsx`, `json`, `md`), waits
   * for the download and saves it under `dir`; resolves with the saved path and the suggested name.
   */
  async download(format: string, dir: string): Promise<{ path: string; name: string }> {
    const menu = this.page.getByTestId('export-menu');
    await menu.getByTestId('export-button').click();
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
