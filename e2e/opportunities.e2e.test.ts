import { describe, expect, inject, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { createApiClient } from '@waymark/api';
import { suiteSession } from './fixtures';
import { purchaseMapWithCards } from './map-factory';

describe('opportunity matrix', () => {
  const session = suiteSession();
  const baseUrl = inject('baseUrl');
  const api = createApiClient(baseUrl);

  const score = async (point: Locator) => ({
    impact: Number(await point.getAttribute('data-impact')),
    feasibility: Number(await point.getAttribute('data-feasibility')),
  });

  /** The stored opportunity's impact and feasibility once a save at or past `revision` landed. */
  async function storedScore(journeyId: string, id: string) {
    const { journey } = await api.journeys.get(journeyId);
    const item = journey.items.find((i) => i.id === id);
    return item?.type === 'opportunity' ? { impact: item.impact, feasibility: item.feasibility } : undefined;
  }

  it('re-scores an opportunity by dragging its point and by arrow keys, and autosaves', async () => {
    const stored = await purchaseMapWithCards(api, 'matrix');
    const id = 'opp_matrix';
    await session.editor.goto(baseUrl, stored.journey.id);
    await session.page.getByRole('button', { name: 'Opportunities', exact: true }).click();
    const matrix = session.page.getByTestId('opportunity-matrix');
    await matrix.waitFor();
    const point = matrix.locator(`[data-testid="opportunity-point"][data-item-id="${id}"]`);
    expect(await score(point)).toEqual({ impact: 2, feasibility: 2 });

    // Pointer: drag to the top cell at the easy end (impact 5, feasibility 5).
    const grid = matrix.getByRole('group', { name: 'Impact by feasibility matrix' });
    await grid.scrollIntoViewIfNeeded();
    const box = await grid.boundingBox();
    const from = await point.boundingBox();
    if (!box || !from) throw new Error('the matrix is not visible');
    const start = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
    const end = { x: box.x + box.width * 0.9, y: box.y + box.height * 0.1 };
    await session.page.mouse.move(start.x, start.y);
    await session.page.mouse.down();
    for (let step = 1; step <= 8; step++) {
      await session.page.mouse.move(
        start.x + ((end.x - start.x) * step) / 8,
        start.y + ((end.y - start.y) * step) / 8,
      );
    }
    await session.page.mouse.up();
    await expect.poll(() => score(point)).toEqual({ impact: 5, feasibility: 5 });
    const afterDrag = await session.editor.waitForSaved(stored.revision + 1);
    expect(await storedScore(stored.journey.id, id)).toEqual({ impact: 5, feasibility: 5 });
    // The card on the map shows the new priority too.
    const list = session.page.getByTestId('opportunity-list');
    expect(await list.textContent()).toContain('Show delivery cost on the product page');

    // Keyboard: the point keeps focus after the move; Down lowers impact, Left lowers feasibility.
    await point.focus();
    await session.page.keyboard.press('ArrowDown');
    await session.page.keyboard.press('ArrowDown');
    await session.page.keyboard.press('ArrowLeft');
    await expect.poll(() => score(point)).toEqual({ impact: 3, feasibility: 4 });
    await expect
      .poll(async () => session.page.evaluate(() => document.activeElement?.getAttribute('data-item-id')))
      .toBe(id);
    await session.editor.waitForSaved(afterDrag + 1);
    await expect
      .poll(() => storedScore(stored.journey.id, id), { timeout: 15_000 })
      .toEqual({
        impact: 3,
        feasibility: 4,
      });
    await session.screenshot('opportunity-matrix');
  });
});
