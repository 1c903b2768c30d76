import type { Locator, Page } from 'playwright-core';

/** What the persona spec types into the form. */
export interface PersonaFields {
  name: string;
  role: string;
  quote: string;
  goal: string;
  demographic: { label: string; value: string };
  channel: string;
  segment: { property: string; value: string };
}

/** Page object of the personas screen (`#/personas`): the card list and the persona form. */
export class PersonasScreen {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  /** Opens the personas screen afresh (a full load, even from the same hash) and waits for the list. */
  async goto(): Promise<void> {
    await this.page.goto('about:blank');
    await this.page.goto(`${this.baseUrl}/#/personas`);
    await this.page.locator('.personas-list[aria-busy="false"]').waitFor();
  }

  cards(): Locator {
    return this.page.getByTestId('persona-card');
  }

  card(personaId: string): Locator {
    return this.page.locator(`[data-testid="persona-card"][data-persona-id="${personaId}"]`);
  }

  form(): Locator {
    return this.page.getByTestId('persona-form');
  }

  /** Starts a new persona and fills every kind of field. */
  async createDraft(fields: PersonaFields): Promise<void> {
    await this.page.getByTestId('new-persona').click();
    const form = this.form();
    await form.locator('input[name="name"]').fill(fields.name);
    await form.locator('input[name="role"]').fill(fields.role);
    await form.locator('textarea[name="quote"]').fill(fields.quote);
    await form.locator('[data-add="demographics"]').click();
    await form.locator('input[name="demographics.0.label"]').fill(fields.demographic.label);
    await form.locator('input[name="demographics.0.value"]').fill(fields.demographic.value);
    await form.locator('[data-add="goals"]').click();
    await form.locator('textarea[name="goals.0"]').fill(fields.goal);
    await form.locator('[data-add="preferredChannels"]').click();
    await form.locator('input[name="preferredChannels.0"]').fill(fields.channel);
    await form.locator('[data-add="segmentRule"]').click();
    await form.locator('input[name="segmentRule.0.property"]').fill(fields.segment.property);
    await form.locator('input[name="segmentRule.0.value"]').fill(fields.segment.value);
  }

  /** Chooses an avatar image file and waits for the preview to show it. */
  async uploadAvatar(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.form().getByTestId('avatar-input').setInputFiles(file);
    await this.form().locator('img.persona-avatar').waitFor();
  }

  /** Saves the form and waits for the result line ("Saved." or an alert). */
  async save(): Promise<void> {
    await this.form().getByTestId('persona-save').click();
    await this.page
      .locator(
        '[data-testid="persona-state"]:text-is("Saved."), [data-testid="persona-conflict"], [data-testid="persona-error"]',
      )
      .first()
      .waitFor();
  }

  conflict(): Locator {
    return this.page.getByTestId('persona-conflict');
  }

  /** The links of the form's "Maps that use this persona" list. */
  usedByLinks(): Locator {
    return this.form().locator('.persona-maps li a');
  }

  /**
   * Starts recording the paths of requests for one journey (`/api/journeys/{id}...`) the page makes
   * from now on; the returned array fills as they happen.
   */
  recordJourneyRequests(): string[] {
    const paths: string[] = [];
    this.page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (/^\/api\/journeys\/[^/]+/.test(pathname)) paths.push(pathname);
    });
    return paths;
  }
}
