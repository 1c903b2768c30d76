import { describe, expect, it } from 'vitest';
import { createApiClient } from '@waymark/api';
import type { Item } from '@waymark/domain';
import { inject } from 'vitest';
import { launchBrowser, openSession, suiteSession } from './fixtures';
import { purchaseMapWithCards } from './map-factory';
import { overlaps, textBoxes, toolBoxes } from './pages/card-geometry';

describe('editing feel', () => {
  const session = suiteSession();
  const api = createApiClient(inject('baseUrl'));

  it('scrolls to a stage added from the toolbar and puts its name in edit mode', async () => {
    const stored = await api.journeys.create({ templateId: 'purchase', title: 'Add stage', locale: 'en' });
    const { editor, page } = session;
    await editor.goto(session.baseUrl, stored.journey.id);
    const before = await editor.stageIds();
    await page.getByTestId('add-stage').click();
    await expect.poll(() => editor.stageIds().then((ids) => ids.length)).toBe(before.length + 1);
    const added = editor.stageHeaders().last();
    const field = added.locator('input.inline-field');
    await field.waitFor();
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = await added.boundingBox();
    const frame = await editor.scroller().boundingBox();
    if (!box || !frame) throw new Error('the new stage is not visible');
    expect(box.x).toBeGreaterThanOrEqual(frame.x - 1);
    expect(box.x + box.width).toBeLessThanOrEqual(frame.x + frame.width + 1);
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Repurchase');
    await page.keyboard.press('Enter');
    await editor.waitForSaved(2);
    expect((await api.journeys.get(stored.journey.id)).journey.stages.at(-1)?.name).toBe('Repurchase');
  });

  it('asks before removing a stage or lane that holds cards, and not for an empty lane', async () => {
    const stored = await purchaseMapWithCards(api, 'remove');
    const { editor, page } = session;
    await editor.goto(session.baseUrl, stored.journey.id);
    const [first] = await editor.stageIds();
    if (!first) throw new Error('no stages');
    const header = editor.stageHeader(first);
    await header.hover();
    await header.getByRole('button', { name: /^Remove stage/ }).click();
    const question = page.getByTestId('confirm-remove');
    await question.waitFor();
    expect(await question.textContent()).toMatch(/Remove stage “Awareness” and its \d+ cards\?/);
    await page.keyboard.press('Escape');
    await question.waitFor({ state: 'detached' });
    expect(await editor.stageIds()).toContain(first);

    await header.hover();
    await header.getByRole('button', { name: /^Remove stage/ }).click();
    await page.getByTestId('confirm-remove-yes').click();
    await expect.poll(() => editor.stageIds()).not.toContain(first);

    const laneIds = () =>
      editor.laneRows().evaluateAll((rows) => rows.map((r) => r.getAttribute('data-lane-id') ?? ''));
    const lanes = await laneIds();
    await page.getByTestId('add-lane').click();
    await page.getByRole('menuitem', { name: 'Notes' }).click();
    await expect.poll(() => laneIds().then((ids) => ids.length)).toBe(lanes.length + 1);
    const added = (await laneIds()).find((id) => !lanes.includes(id)) ?? '';
    const laneHeader = editor.grid().locator(`[data-lane-header="${added}"]`);
    await laneHeader.hover();
    await laneHeader.getByRole('button', { name: /^Remove lane/ }).click();
    await expect.poll(laneIds).toEqual(lanes);
    expect(await question.count()).toBe(0);
  });

  it('keeps the hover buttons off the card text', async () => {
    const stored = await purchaseMapWithCards(api, 'tools');
    const [stage] = stored.journey.stages;
    const lane = stored.journey.lanes.find((l) => l.kind === 'actions');
    if (!stage || !lane) throw new Error('no actions lane');
    const long: Item = {
      type: 'card',
      id: 'card_tools_long',
      stageId: stage.id,
      laneId: lane.id,
      text: 'Reads every review and compares delivery times before trusting a new shop',
      tags: [],
      evidence: [],
    };
    const saved = await api.journeys.save(stored.journey.id, {
      journey: { ...stored.journey, items: [...stored.journey.items, long] },
      baseRevision: stored.revision,
    });
    const { editor } = session;
    await editor.goto(session.baseUrl, saved.journey.id);
    for (const id of ['card_tools_long', 'pain_tools', 'opp_tools']) {
      const card = editor.grid().locator(`[data-testid="item-card"][data-item-id="${id}"]`);
      await card.scrollIntoViewIfNeeded();
      await card.hover();
      const tools = await toolBoxes(card);
      const text = await textBoxes(card);
      expect(tools.length).toBe(2);
      expect(text.length).toBeGreaterThan(0);
      for (const tool of tools) for (const line of text) expect(overlaps(tool, line), id).toBe(false);
    }
    await session.screenshot('card-hover-tools');
  });

  it('loses no keystroke typed straight after + Card, and Enter on a card puts the caret at the end', async () => {
    const stored = await api.journeys.create({ templateId: 'current-state', title: 'Typing', locale: 'en' });
    const { editor, page } = session;
    await editor.goto(session.baseUrl, stored.journey.id);
    const [stageId] = await editor.stageIds();
    const [laneId] = await editor.cellLaneIds();
    if (!stageId || !laneId) throw new Error('no cells');
    await editor.clickAdd(stageId, laneId);
    await page.keyboard.type('Quick typist', { delay: 0 });
    await page.keyboard.press('Enter');
    const card = editor.cell(stageId, laneId).getByTestId('item-card').first();
    await expect.poll(() => card.locator('.item-text').textContent()).toBe('Quick typist');

    await card.focus();
    await page.keyboard.press('Enter');
    const field = card.locator('textarea.inline-field');
    await field.waitFor();
    const caret = await field.evaluate((el) => {
      const area = el as HTMLTextAreaElement;
      return { start: area.selectionStart, end: area.selectionEnd, length: area.value.length };
    });
    expect(caret).toEqual({ start: 12, end: 12, length: 12 });
    await page.keyboard.type(' at work');
    await page.keyboard.press('Enter');
    await expect.poll(() => card.locator('.item-text').textContent()).toBe('Quick typist at work');
    await editor.waitForSaved(2);
  });

  it('shows the map as saved again after an undo within the autosave delay', async () => {
    const stored = await api.journeys.create({ templateId: 'current-state', title: 'Undo', locale: 'en' });
    const { editor, page } = session;
    await editor.goto(session.baseUrl, stored.journey.id);
    const [stageId] = await editor.stageIds();
    if (!stageId) throw new Error('no stages');
    await editor.stageHeader(stageId).focus();
    await page.keyboard.press('Alt+ArrowRight');
    await page.keyboard.press('Control+z');
    await page.waitForTimeout(1500);
    expect(await editor.saveStatus().textContent()).toBe('Saved · revision 1');
    expect((await api.journeys.get(stored.journey.id)).revision).toBe(1);
  });

  it('closes the card details with Escape wherever focus is inside them', async () => {
    const stored = await purchaseMapWithCards(api, 'escape');
    const { editor, page } = session;
    await editor.goto(session.baseUrl, stored.journey.id);
    const closed = async (dialog: ReturnType<typeof page.locator>) => {
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached', timeout: 2000 });
    };
    let details = await editor.openItemDetails('opp_escape');
    await details.getByLabel('Owner').click();
    await page.keyboard.type('Someone');
    await closed(details);

    details = await editor.openItemDetails('opp_escape');
    await details.getByTestId('tag-input').focus();
    await closed(details);

    details = await editor.openItemDetails('opp_escape');
    const box = await details.boundingBox();
    if (!box) throw new Error('the details are not visible');
    await page.mouse.click(box.x + box.width - 4, box.y + box.height - 4);
    await closed(details);

    details = await editor.openItemDetails('opp_escape');
    await details.getByLabel('Status').focus();
    await closed(details);
    // Focus returns to the card's details button, in its cell.
    expect((await editor.focused()).itemId).toBe('opp_escape');
  });

  it('wraps the toolbar on a phone so every button stays on screen', async () => {
    const stored = await api.journeys.create({ templateId: 'current-state', title: 'Phone', locale: 'en' });
    const browser = await launchBrowser();
    try {
      const phone = await openSession(browser, { viewport: { width: 390, height: 844 } });
      await phone.editor.goto(phone.baseUrl, stored.journey.id);
      const boxes = await phone.page
        .locator('.editor-head button, .editor-head a, .editor-head select')
        .evaluateAll((els) =>
          els.map((el) => {
            const r = el.getBoundingClientRect();
            return { left: r.left, right: r.right, width: r.width };
          }),
        );
      expect(boxes.length).toBeGreaterThan(8);
      for (const b of boxes) {
        expect(b.width).toBeGreaterThan(0);
        expect(b.left).toBeGreaterThanOrEqual(0);
        expect(b.right).toBeLessThanOrEqual(390);
      }
      expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await phone.screenshot('editor-phone');
      await phone.close();
    } finally {
      await browser.close();
    }
  });
});
