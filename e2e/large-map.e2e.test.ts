import { describe, expect, it } from 'vitest';
import { createApiClient } from '@waymark/api';
import { addItem, addLane, addStage, ID_PREFIX, newId, type Journey } from '@waymark/domain';
import { inject } from 'vitest';
import { suiteSession } from './fixtures';

/** 10 stages x 12 lanes with 200 cards spread over the cells, deterministically. */
function largeJourney(base: Journey): Journey {
  let j: Journey = { ...base, stages: [], lanes: [], items: [], dividers: [] };
  for (let s = 0; s < 10; s++) j = addStage(j, { id: `stg_large_${s}`, name: `Stage ${s + 1}` });
  for (let l = 0; l < 12; l++)
    j = addLane(j, { id: `lan_large_${l}`, kind: 'actions', name: `Lane ${l + 1}` });
  for (let i = 0; i < 200; i++) {
    j = addItem(j, {
      type: 'card',
      id: newId(ID_PREFIX.item),
      stageId: `stg_large_${(i * 7) % 10}`,
      laneId: `lan_large_${(i * 5) % 12}`,
      text: `Card ${i + 1}: the customer does something worth noting`,
    });
  }
  return j;
}

describe('a large map', () => {
  const session = suiteSession();

  it('renders 10 stages x 12 lanes with 200 cards and edits stay quick', async () => {
    const api = createApiClient(inject('baseUrl'));
    const created = await api.journeys.create({
      templateId: 'current-state',
      title: 'Large map',
      locale: 'en',
    });
    const saved = await api.journeys.save(created.journey.id, {
      journey: largeJourney(created.journey),
      baseRevision: created.revision,
    });
    const { editor } = session;
    const started = Date.now();
    await editor.goto(session.baseUrl, saved.journey.id);
    await expect.poll(() => editor.grid().getByTestId('item-card').count()).toBe(200);
    const renderMs = Date.now() - started;
    expect(await editor.stageHeaders().count()).toBe(10);
    expect(await editor.laneRows().count()).toBe(12);
    expect(renderMs).toBeLessThan(8000);

    const card = editor.cell('stg_large_0', 'lan_large_0').getByTestId('item-card').first();
    await card.locator('.inline-text').click();
    const field = card.locator('textarea.inline-field');
    const typing = Date.now();
    await field.pressSequentially(' and more', { delay: 0 });
    const typingMs = Date.now() - typing;
    const commit = Date.now();
    await field.press('Enter');
    await expect.poll(() => card.textContent()).toContain('and more');
    const commitMs = Date.now() - commit;
    expect(typingMs).toBeLessThan(3000);
    expect(commitMs).toBeLessThan(1500);
    await editor.waitForSaved(saved.revision + 1);
    await session.screenshot('large-map');
    console.log(`large map: render ${renderMs} ms, 9 keystrokes ${typingMs} ms, commit ${commitMs} ms`);
  });
});
