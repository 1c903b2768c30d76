import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { createApiClient } from '@waymark/api';
import { inject } from 'vitest';
import { launchBrowser, openSession, type Session } from './fixtures';
import { dragAndDrop } from './pages/drag';

describe('map editor', () => {
  let browser: Browser;
  let session: Session;
  const api = createApiClient(inject('baseUrl'));
  let journeyId = '';

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    await session?.close();
    session = await openSession(browser);
    const personas = await api.personas.list();
    const stored = await api.journeys.create({
      templateId: 'current-state',
      title: 'Editor spec map',
      locale: 'en',
      personaIds: personas.slice(0, 2).map((p) => p.persona.id),
    });
    journeyId = stored.journey.id;
    await session.editor.goto(session.baseUrl, journeyId);
  });

  it('edits a cell and autosaves a new revision', async () => {
    const { editor } = session;
    const [stageId] = await editor.stageIds();
    const [laneId] = await editor.cellLaneIds();
    if (!stageId || !laneId) throw new Error('the template has no cells');
    await editor.addCard(stageId, laneId, 'Compares prices on two sites');
    await expect.poll(() => editor.saveStatus().textContent()).toMatch(/Saving…|Saved · revision 2|Unsaved/);
    const revision = await editor.waitForSaved(2);
    await session.screenshot('editor-saved');

    await editor.editCard(stageId, laneId, 0, 'Compares prices on three sites');
    const next = await editor.waitForSaved(revision + 1);
    const stored = await api.journeys.get(journeyId);
    expect(stored.revision).toBe(next);
    expect(stored.journey.items.map((i) => i.text)).toContain('Compares prices on three sites');

    await session.page.reload();
    await editor.grid().waitFor();
    await expect
      .poll(() => editor.cell(stageId, laneId).getByTestId('item-card').first().textContent())
      .toContain('Compares prices on three sites');
  });

  it('drags a stage to a new place, and moves it back by keyboard', async () => {
    const { editor } = session;
    const before = await editor.stageIds();
    const [first, second, third] = before;
    if (!first || !second || !third) throw new Error('expected at least three stages');
    await editor.dragStage(first, third);
    await expect.poll(() => editor.stageIds()).toEqual([second, third, first, ...before.slice(3)]);
    await editor.waitForSaved(2);
    expect((await api.journeys.get(journeyId)).journey.stages.map((s) => s.id)).toEqual(
      await editor.stageIds(),
    );

    await editor.stageHeader(first).focus();
    await session.page.keyboard.press('Alt+ArrowLeft');
    await expect.poll(() => editor.stageIds()).toEqual([second, first, third, ...before.slice(3)]);
    await session.page.keyboard.press('Alt+ArrowLeft');
    await expect.poll(() => editor.stageIds()).toEqual(before);
    await session.page.keyboard.press('Control+z');
    await expect.poll(() => editor.stageIds()).toEqual([second, first, third, ...before.slice(3)]);
    await session.page.keyboard.press('Control+Shift+z');
    await expect.poll(() => editor.stageIds()).toEqual(before);
  });

  it('reorders lanes by drag and by keyboard', async () => {
    const { editor, page } = session;
    const laneIds = () =>
      editor.laneRows().evaluateAll((rows) => rows.map((r) => r.getAttribute('data-lane-id') ?? ''));
    const before = await laneIds();
    const [a, b, c] = before;
    if (!a || !b || !c) throw new Error('expected three lanes');
    const header = (id: string) => editor.grid().locator(`[data-lane-header="${id}"]`);
    await dragAndDrop(page, header(a), header(c), {
      sourcePosition: { x: 4, y: 4 },
      targetPosition: { x: 8, y: 8 },
    });
    await expect.poll(laneIds).toEqual([b, c, a, ...before.slice(3)]);
    await header(a).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(laneIds).toEqual([b, a, c, ...before.slice(3)]);
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(laneIds).toEqual(before);
  });

  it('moves an emotion point by pointer and by keyboard', async () => {
    const { editor } = session;
    const stored = await api.journeys.get(journeyId);
    // The last persona's point is drawn on top where unset points overlap at 0.
    const personaId = stored.journey.personaIds[stored.journey.personaIds.length - 1];
    const stageId = stored.journey.stages[1]?.id;
    if (!personaId || !stageId) throw new Error('expected a persona and two stages');
    const point = editor.emotionPoint(personaId, stageId);
    await point.waitFor();
    const start = Number(await point.getAttribute('aria-valuenow'));
    await editor.dragEmotionPoint(personaId, stageId, -60);
    await expect.poll(async () => Number(await point.getAttribute('aria-valuenow'))).toBeGreaterThan(start);
    const dragged = Number(await point.getAttribute('aria-valuenow'));
    await point.focus();
    await session.page.keyboard.press('ArrowDown');
    await expect.poll(async () => Number(await point.getAttribute('aria-valuenow'))).toBe(dragged - 1);
    const savedScore = async () => {
      const items = (await api.journeys.get(journeyId)).journey.items;
      const saved = items.find(
        (i) => i.type === 'emotion_point' && i.personaId === personaId && i.stageId === stageId,
      );
      return saved?.type === 'emotion_point' ? saved.score : undefined;
    };
    await expect.poll(savedScore, { timeout: 15_000 }).toBe(dragged - 1);
    await editor.waitForSaved(2);
    await session.screenshot('emotion-curve');
  });

  it('drags a card to another cell and moves it back by keyboard', async () => {
    const { editor, page } = session;
    const [s0, s1] = await editor.stageIds();
    const [laneId] = await editor.cellLaneIds();
    if (!s0 || !s1 || !laneId) throw new Error('expected two stages and a lane');
    await editor.addCard(s0, laneId, 'Travelling card');
    const card = editor.cell(s0, laneId).getByTestId('item-card').first();
    await dragAndDrop(page, card, editor.cell(s1, laneId));
    await expect.poll(() => editor.cell(s1, laneId).getByTestId('item-card').count()).toBe(1);
    expect(await editor.cell(s0, laneId).getByTestId('item-card').count()).toBe(0);
    await editor.cell(s1, laneId).getByTestId('item-card').first().focus();
    await page.keyboard.press('Alt+ArrowLeft');
    await expect.poll(() => editor.cell(s0, laneId).getByTestId('item-card').count()).toBe(1);
    await editor.waitForSaved(2);
    const items = (await api.journeys.get(journeyId)).journey.items;
    expect(items.find((i) => i.text === 'Travelling card')?.stageId).toBe(s0);
  });

  it('uploads a card image to the server and shows it from the same origin', async () => {
    const { editor, page } = session;
    const [stageId] = await editor.stageIds();
    const [laneId] = await editor.cellLaneIds();
    if (!stageId || !laneId) throw new Error('the template has no cells');
    await editor.addCard(stageId, laneId, 'Card with a picture');
    const card = editor.cell(stageId, laneId).getByTestId('item-card').first();
    await card.hover();
    await card.getByRole('button', { name: 'Card details' }).click();
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    );
    await card
      .locator('input[type="file"]')
      .setInputFiles({ name: 'dot.png', mimeType: 'image/png', buffer: png });
    await expect
      .poll(() => card.locator('img.item-image').getAttribute('src'))
      .toMatch(/^\/api\/images\/[0-9a-f]{64}$/);
    // It really loads: the server serves the stored bytes.
    await expect
      .poll(() => card.locator('img.item-image').evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBe(1);
    await page.keyboard.press('Escape');
    await editor.waitForSaved(2);
    const items = (await api.journeys.get(journeyId)).journey.items;
    expect(items.find((i) => i.text === 'Card with a picture')?.image).toMatch(
      /^\/api\/images\/[0-9a-f]{64}$/,
    );
  });

  it('shows card text as text, never as markup', async () => {
    const { editor } = session;
    const [stageId] = await editor.stageIds();
    const [laneId] = await editor.cellLaneIds();
    if (!stageId || !laneId) throw new Error('the template has no cells');
    const payload = '<img src=x onerror=alert(1)>';
    await editor.addCard(stageId, laneId, payload);
    await editor.waitForSaved(2);
    await session.page.reload();
    await editor.grid().waitFor();
    const cell = editor.cell(stageId, laneId);
    await expect.poll(() => cell.getByTestId('item-card').first().textContent()).toContain(payload);
    expect(await editor.grid().locator('img').count()).toBe(0);
    await session.page.waitForTimeout(300);
    expect(session.dialogs).toEqual([]);
  });
});
