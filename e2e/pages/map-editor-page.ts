import type { Locator, Page } from 'playwright-core';
import { dragAndDrop } from './drag';
import { readStageFigures, type StageFigureAttrs } from './stage-figures';

/** Waits until the page opens a map (`#/maps/<id>`) and shows its grid; resolves with the id. */
export async function waitForOpenedMap(page: Page): Promise<string> {
  await page.waitForURL(/#\/maps\/[A-Za-z0-9_-]+$/);
  await page.getByTestId('map-grid').waitFor();
  const match = /#\/maps\/([A-Za-z0-9_-]+)$/.exec(page.url());
  if (!match?.[1]) throw new Error(`expected a map URL, got ${page.url()}`);
  return match[1];
}

/** Page object of the map editor: the grid, cells, cards, emotion points and the save state. */
export class MapEditorPage {
  constructor(readonly page: Page) {}

  /** Opens a map by id and waits for its grid. */
  async goto(baseUrl: string, journeyId: string): Promise<void> {
    await this.page.goto(`${baseUrl}/#/maps/${journeyId}`);
    // The same page may still show the previous map for a moment: wait for this map's grid.
    const loaded = this.page
      .locator(`[data-testid="map-grid"][data-journey-id="${journeyId}"]`)
      .or(this.page.locator('.page-status .alert.error'));
    await loaded.first().waitFor();
    if (!(await this.grid().isVisible())) {
      throw new Error(`the map did not open: ${await this.page.locator('.page-status').innerText()}`);
    }
  }

  grid(): Locator {
    return this.page.getByTestId('map-grid').first();
  }

  stageHeaders(): Locator {
    return this.grid().getByTestId('stage-header');
  }

  stageHeader(stageId: string): Locator {
    return this.grid().locator(`[data-testid="stage-header"][data-stage-id="${stageId}"]`);
  }

  /** Stage ids in the order the grid shows them. */
  async stageIds(): Promise<string[]> {
    const ids = await this.stageHeaders().evaluateAll((els) =>
      els.map((e) => e.getAttribute('data-stage-id') ?? ''),
    );
    return ids.filter((id) => id !== '');
  }

  /**
   * Drags a stage header onto another with HTML5 drag and drop. Grabs the header by its padding,
   * away from the name (a click there would start editing instead).
   */
  async dragStage(fromId: string, toId: string): Promise<void> {
    await dragAndDrop(this.page, this.stageHeader(fromId), this.stageHeader(toId), {
      sourcePosition: { x: 6, y: 8 },
      targetPosition: { x: 10, y: 10 },
    });
  }

  /** The figures bars on the stage headers, in map order, with their raw numbers. */
  async headerFigures(): Promise<StageFigureAttrs[]> {
    return readStageFigures(
      this.grid().locator('[data-testid="stage-header"] [data-testid="stage-figures"]'),
    );
  }

  /** Opens a stage's settings popover (by keyboard: focus the button, Enter) and returns it. */
  async openStageSettings(stageId: string): Promise<Locator> {
    const header = this.stageHeader(stageId);
    const button = header.getByTestId('stage-settings');
    await button.focus();
    await this.page.keyboard.press('Enter');
    const dialog = header.getByRole('dialog');
    await dialog.waitFor();
    return dialog;
  }

  /** Opens a card's details popover (focus its button, Enter) and returns the popover. */
  async openItemDetails(itemId: string): Promise<Locator> {
    const card = this.grid().locator(`[data-testid="item-card"][data-item-id="${itemId}"]`);
    await card.scrollIntoViewIfNeeded();
    const button = card.getByTestId('item-details');
    await button.focus();
    await this.page.keyboard.press('Enter');
    const dialog = card.getByRole('dialog');
    await dialog.waitFor();
    return dialog;
  }

  laneRows(): Locator {
    return this.grid().getByTestId('lane-row');
  }

  /** Lane ids of the regular (non-emotion) lanes, in order. */
  async cellLaneIds(): Promise<string[]> {
    const ids = await this.grid()
      .locator('[data-testid="lane-row"]:not(.kind-emotions)')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-lane-id') ?? ''));
    return ids.filter((id) => id !== '');
  }

  cell(stageId: string, laneId: string): Locator {
    return this.grid().locator(`[data-testid="cell"][data-stage-id="${stageId}"][data-lane-id="${laneId}"]`);
  }

  /** Adds a card of the lane's usual kind to a cell and types its text (Enter commits). */
  async addCard(stageId: string, laneId: string, text: string): Promise<void> {
    const cell = this.cell(stageId, laneId);
    const before = await cell.getByTestId('item-card').count();
    await cell.hover();
    await cell.locator('.add-btn').click();
    const field = cell.locator('textarea.inline-field');
    await field.waitFor();
    await field.fill(text);
    await field.press('Enter');
    await cell.getByTestId('item-card').nth(before).waitFor();
  }

  /** Edits the text of the n-th card of a cell: click, replace, Enter. */
  async editCard(stageId: string, laneId: string, index: number, text: string): Promise<void> {
    const card = this.cell(stageId, laneId).getByTestId('item-card').nth(index);
    await card.locator('.inline-text').click();
    const field = card.locator('textarea.inline-field');
    await field.fill(text);
    await field.press('Enter');
  }

  emotionPoint(personaId: string, stageId: string): Locator {
    return this.grid().locator(
      `[data-testid="emotion-point"][data-persona-id="${personaId}"][data-stage-id="${stageId}"]`,
    );
  }

  /** Drags an emotion point vertically by `dy` pixels with the mouse. */
  async dragEmotionPoint(personaId: string, stageId: string, dy: number): Promise<void> {
    const point = this.emotionPoint(personaId, stageId);
    await point.scrollIntoViewIfNeeded();
    const box = await point.boundingBox();
    if (!box) throw new Error('the emotion point is not visible');
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    for (let step = 1; step <= 5; step++) await this.page.mouse.move(x, y + (dy * step) / 5);
    await this.page.mouse.up();
  }

  saveStatus(): Locator {
    return this.page.getByTestId('save-status');
  }

  /** Waits until the save indicator says "Saved · revision N" and returns N. */
  async waitForSaved(minRevision = 1): Promise<number> {
    const handle = await this.page.waitForFunction(
      (min) => {
        const text = document.querySelector('[data-testid="save-status"]')?.textContent ?? '';
        const match = /Saved · revision (\d+)/.exec(text);
        return match && Number(match[1]) >= min ? Number(match[1]) : false;
      },
      minRevision,
      { timeout: 15_000 },
    );
    const revision = await handle.jsonValue();
    return typeof revision === 'number' ? revision : 0;
  }

  /** The merge chooser: the conflicts of a save that met a newer revision, theirs and yours. */
  mergeChooser(): Locator {
    return this.page.getByTestId('merge-chooser');
  }

  /** The element that has keyboard focus, as the stage, lane and item ids of its cell and itself. */
  async focused(): Promise<{ row?: string; col?: string; role?: string; stageId?: string; itemId?: string }> {
    return this.page.evaluate(() => {
      const el = document.activeElement;
      if (!(el instanceof HTMLElement)) return {};
      const cell = el.closest<HTMLElement>('[data-nav-row]');
      return {
        row: cell?.dataset.navRow,
        col: cell?.dataset.navCol,
        role: el.getAttribute('role') ?? el.tagName.toLowerCase(),
        stageId: el.dataset.stageId ?? cell?.dataset.stageId,
        itemId: el.closest<HTMLElement>('[data-item-id]')?.dataset.itemId,
      };
    });
  }

  /** The zoom controls of the (first) map: out, reset, in, fit. */
  zoom(control: 'out' | 'reset' | 'in' | 'fit'): Locator {
    return this.page.getByTestId(`zoom-${control}`).first();
  }

  /** The scrolling frame around the grid. */
  scroller(): Locator {
    return this.page.getByTestId('map-scroll').first();
  }

  /** Clicks a cell's "+ Card" button (the lane's usual kind) without waiting for anything after. */
  async clickAdd(stageId: string, laneId: string): Promise<void> {
    const cell = this.cell(stageId, laneId);
    await cell.hover();
    await cell.locator('.add-btn').click();
  }
}
