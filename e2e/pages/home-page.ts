import type { Locator, Page } from 'playwright-core';
import { waitForOpenedMap } from './map-editor-page';

/** Page object of the workspace home: maps list, template gallery, new-map dialog, language. */
export class HomePage {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  /** Opens the home screen and waits for the template gallery. */
  async goto(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/#/`);
    await this.page.getByTestId('template-card').first().waitFor();
  }

  templateCards(): Locator {
    return this.page.getByTestId('template-card');
  }

  /** The ids of the templates in the gallery, in order. */
  async templateIds(): Promise<string[]> {
    const ids = await this.templateCards().evaluateAll((cards) =>
      cards.map((c) => c.getAttribute('data-template-id') ?? ''),
    );
    return ids.filter((id) => id !== '');
  }

  /** Creates a map from a template through the dialog; resolves with the new journey's id. */
  async createFromTemplate(templateId: string, title: string): Promise<string> {
    await this.page
      .locator(`[data-testid="template-card"][data-template-id="${templateId}"] .template-use`)
      .click();
    const dialog = this.page.getByTestId('new-map-dialog');
    await dialog.locator('input[name="title"]').fill(title);
    await dialog.getByTestId('create-map').click();
    return waitForOpenedMap(this.page);
  }

  /** Picks a UI language in the top bar's switcher (works on any screen). */
  async switchLanguage(code: string): Promise<void> {
    await this.page.getByTestId('language-switcher').selectOption(code);
  }
}
