import { describe, expect, it } from 'vitest';
import { createApiClient } from '@waymark/api';
import { inject } from 'vitest';
import { demoMapId } from './demo-map';
import { suiteSession } from './fixtures';
import { tabStops } from './pages/tab-stops';

describe('the map grid by keyboard', () => {
  const session = suiteSession();
  const api = createApiClient(inject('baseUrl'));

  it('is one tab stop on the demo map, reached by the skip link', async () => {
    const { editor, page } = session;
    await editor.goto(session.baseUrl, await demoMapId(api));
    const stops = await tabStops(page);
    console.log(
      `tab stops on the demo map: ${stops.length} (${stops.filter((s) => s.inGrid).length} in the grid)`,
    );
    expect(stops.length).toBeLessThanOrEqual(30);
    expect(stops.filter((s) => s.inGrid)).toHaveLength(1);
    expect(stops[0]?.name).toContain('skip-link');

    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Tab');
    expect(await page.getByTestId('skip-link').textContent()).toBe('Skip to the map');
    await page.keyboard.press('Enter');
    expect(await editor.focused()).toMatchObject({ row: '0', col: '1', role: 'columnheader' });
  });

  it('moves between cells with the arrow keys, enters a cell with Enter and leaves it with Escape', async () => {
    const { editor, page } = session;
    await editor.goto(session.baseUrl, await demoMapId(api));
    await editor.stageHeaders().first().focus();
    await page.keyboard.press('ArrowRight');
    expect(await editor.focused()).toMatchObject({ row: '0', col: '2' });
    await page.keyboard.press('ArrowDown');
    expect(await editor.focused()).toMatchObject({ row: '1', col: '2', role: 'gridcell' });
    await page.keyboard.press('Home');
    expect(await editor.focused()).toMatchObject({ row: '1', col: '0', role: 'rowheader' });
    await page.keyboard.press('ArrowRight');
    expect(await editor.focused()).toMatchObject({ row: '1', col: '1', role: 'gridcell' });
    await page.keyboard.press('End');
    const stages = await editor.stageIds();
    expect(await editor.focused()).toMatchObject({ row: '1', col: String(stages.length) });
    await page.keyboard.press('Control+Home');
    expect(await editor.focused()).toMatchObject({ row: '0', col: '1' });

    // The first lane's first cell holds cards: Enter goes to its first card, Escape comes back.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const inside = await editor.focused();
    expect(inside).toMatchObject({ row: '1', col: '1', role: 'article' });
    expect(inside.itemId).toBeTruthy();
    // Inside the cell its controls are tab stops: Tab reaches the card's text.
    await page.keyboard.press('Tab');
    expect((await editor.focused()).itemId).toBe(inside.itemId);
    await page.keyboard.press('Escape');
    expect(await editor.focused()).toMatchObject({ row: '1', col: '1', role: 'gridcell' });

    // On a stage header, Enter edits the name; Escape cancels the edit, a second Escape leaves.
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    const field = editor.stageHeaders().first().locator('input.inline-field');
    await field.waitFor();
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => editor.focused()).toMatchObject({ row: '0', col: '1', role: 'button' });
    await page.keyboard.press('Escape');
    expect(await editor.focused()).toMatchObject({ row: '0', col: '1', role: 'columnheader' });
  });

  it('moves in the map’s direction on a right-to-left map', async () => {
    const { editor, page } = session;
    const stored = await api.journeys.create({
      templateId: 'current-state',
      title: 'نقشه کلیدها',
      locale: 'fa',
    });
    await editor.goto(session.baseUrl, stored.journey.id);
    await editor.stageHeaders().first().focus();
    await page.keyboard.press('ArrowLeft');
    expect(await editor.focused()).toMatchObject({ row: '0', col: '2' });
    await page.keyboard.press('ArrowRight');
    expect(await editor.focused()).toMatchObject({ row: '0', col: '1' });
  });
});
