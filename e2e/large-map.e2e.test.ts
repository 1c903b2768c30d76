import { describe, expect, it } from 'vitest';
import { createApiClient } from '@waymark/api';
import { inject } from 'vitest';
import { suiteSession } from './fixtures';
import { createLargeMap } from './map-factory';

describe('a large map', () => {
  const session = suiteSession();
  const api = createApiClient(inject('baseUrl'));

  it('renders 10 stages x 12 lanes with 200 cards and edits stay quick', async () => {
    const saved = await createLargeMap(api, 'Large map');
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

  it('zooms out, in and to fit the whole large map on the screen', async () => {
    const saved = await createLargeMap(api, 'Large map to zoom');
    const { editor } = session;
    await editor.goto(session.baseUrl, saved.journey.id);
    await expect.poll(() => editor.grid().getByTestId('item-card').count()).toBe(200);
    const scroller = editor.scroller();
    const overflow = () =>
      scroller.evaluate((el) => ({
        x: el.scrollWidth - el.clientWidth,
        y: el.scrollHeight - el.clientHeight,
      }));
    const gridHeight = async () => (await editor.grid().boundingBox())?.height ?? 0;
    expect((await overflow()).x).toBeGreaterThan(500);
    const actual = await gridHeight();

    await editor.zoom('fit').click();
    await expect.poll(async () => (await editor.zoom('reset').textContent()) !== '100%').toBe(true);
    const fitted = await overflow();
    expect(fitted.x).toBeLessThanOrEqual(1);
    expect(fitted.y).toBeLessThanOrEqual(1);
    const box = await editor.grid().boundingBox();
    const frame = await scroller.boundingBox();
    if (!box || !frame) throw new Error('the map is not visible');
    expect(box.x).toBeGreaterThanOrEqual(frame.x - 1);
    expect(box.x + box.width).toBeLessThanOrEqual(frame.x + frame.width + 1);
    expect(box.y + box.height).toBeLessThanOrEqual(frame.y + frame.height + 1);
    await session.screenshot('large-map-fit');

    const fittedHeight = await gridHeight();
    await editor.zoom('in').click();
    await editor.zoom('in').click();
    await expect.poll(gridHeight).toBeGreaterThan(fittedHeight);
    const zoomedIn = await gridHeight();
    await editor.zoom('out').click();
    await expect.poll(gridHeight).toBeLessThan(zoomedIn);
    await editor.zoom('reset').click();
    expect(await editor.zoom('reset').textContent()).toBe('100%');
    await expect.poll(gridHeight).toBeCloseTo(actual, 0);
  });
});
