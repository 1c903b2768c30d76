import type { Locator } from 'playwright-core';

/** A box on the page, in CSS pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The boxes of a card's text, one per rendered line piece (from a DOM Range over its text). */
export async function textBoxes(card: Locator): Promise<Box[]> {
  return card.locator('.item-text').evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    return [...range.getClientRects()]
      .filter((r) => r.width > 0 && r.height > 0)
      .map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height }));
  });
}

/** The boxes of a card's hover tools (its buttons). */
export async function toolBoxes(card: Locator): Promise<Box[]> {
  return card.locator('.item-tools button').evaluateAll((buttons) =>
    buttons.map((b) => {
      const r = b.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );
}

/** Whether two boxes overlap by more than a hair. */
export function overlaps(a: Box, b: Box): boolean {
  const eps = 0.5;
  return (
    a.x + eps < b.x + b.width &&
    b.x + eps < a.x + a.width &&
    a.y + eps < b.y + b.height &&
    b.y + eps < a.y + a.height
  );
}
