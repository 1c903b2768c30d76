import type { Locator, Page } from 'playwright-core';
import { readStageFigures, type StageFigureAttrs } from './stage-figures';

/** Page object of the editor's figures panel: events import and the measured figures. */
export class FiguresPanelPage {
  constructor(readonly page: Page) {}

  panel(): Locator {
    return this.page.getByTestId('figures-panel');
  }

  /** Opens the panel from the editor toolbar and waits for it. */
  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Figures', exact: true }).click();
    await this.panel().waitFor();
  }

  /** Uploads an events file with a column mapping through the import form; resolves with the result line. */
  async importEvents(
    file: string,
    mapping: Partial<Record<'user' | 'event' | 'time' | 'channel' | 'session', string>>,
    onError: 'fail' | 'skip' = 'fail',
  ): Promise<string> {
    const form = this.page.getByTestId('events-import-form');
    if (!(await form.isVisible())) await this.panel().getByRole('button', { name: 'Import events' }).click();
    await form.locator('input[type="file"]').setInputFiles(file);
    for (const [key, column] of Object.entries(mapping)) {
      await form.locator(`input[name="${key}Column"]`).fill(column);
    }
    await form.locator('select[name="onError"]').selectOption(onError);
    await form.getByTestId('events-import-submit').click();
    const outcome = this.page
      .locator('[data-testid="events-import-result"], [data-testid="events-import-error"]')
      .first();
    await outcome.waitFor({ timeout: 60_000 });
    return (await outcome.textContent()) ?? '';
  }

  /** The stage figures bars of the panel, in order, with their raw numbers. */
  async stageFigures(): Promise<StageFigureAttrs[]> {
    return readStageFigures(this.panel().getByTestId('stage-figures'));
  }
}
