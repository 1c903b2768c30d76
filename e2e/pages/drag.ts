import type { Locator, Page } from 'playwright-core';

/** A point inside an element's box, from its top-left corner. */
export interface Offset {
  x: number;
  y: number;
}

async function pointIn(locator: Locator, offset: Offset | undefined): Promise<Offset> {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  if (!box) throw new Error('the element to drag from or onto is not visible');
  return offset
    ? { x: box.x + offset.x, y: box.y + offset.y }
    : { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * An HTML5 drag and drop with the real mouse, robust on a loaded machine: press on `source`, move
 * a few pixels to start the drag, move onto `target` in steps, wait until the target shows it
 * accepts the drop (its `is-drop-target` class, set by its dragover handler), then release.
 * Without that wait a slow renderer can see the release before any dragover and drop nothing.
 */
export async function dragAndDrop(
  page: Page,
  source: Locator,
  target: Locator,
  options: { sourcePosition?: Offset; targetPosition?: Offset } = {},
): Promise<void> {
  const from = await pointIn(source, options.sourcePosition);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 6, from.y + 6, { steps: 3 });
  const to = await pointIn(target, options.targetPosition);
  await page.mouse.move(to.x, to.y, { steps: 10 });
  const accepting = target.and(page.locator('.is-drop-target'));
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      await accepting.waitFor({ timeout: 2_000 });
      break;
    } catch {
      // Nudge: another dragover event for a renderer that missed the last one.
      await page.mouse.move(to.x + (attempt % 2 === 0 ? 2 : -2), to.y + 1, { steps: 2 });
    }
  }
  await page.mouse.up();
}
