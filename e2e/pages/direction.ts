import type { Locator, Page } from 'playwright-core';

/** The computed `direction` of an element (`ltr` or `rtl`). */
export async function computedDirection(locator: Locator): Promise<string> {
  return locator.evaluate((el) => getComputedStyle(el).direction);
}

/**
 * Every visible piece of UI text on the page that still has a Latin digit 0-9, skipping user
 * content (elements shown with `dir="auto"`, form fields), hidden elements and the document format tag
 * (`waymark.journey/v1`). In the Persian UI this should come back empty: numbers are written with
 * Persian digits.
 */
export async function latinDigitsInUiText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      // The document format tag is an identifier, not a number.
      if (!/[0-9]/.test(text.replace(/waymark\.journey\/v\d+/g, ''))) continue;
      const el = node.parentElement;
      if (!el || el.closest('[dir="auto"], input, textarea, select, option, script, style, title, desc'))
        continue;
      if (el.closest('[aria-hidden="true"]') && !el.closest('svg')) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      found.push(`${text.trim()} (${el.tagName.toLowerCase()}.${String(el.className)})`);
    }
    return found;
  });
}

/** Whether every box of `inner` lies within the box of `outer` (1 px of slack). */
export async function fitsWithin(inner: Locator, outer: Locator): Promise<boolean> {
  const frame = await outer.boundingBox();
  if (!frame) return false;
  const boxes = await inner.evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    }),
  );
  return boxes.every(
    (b) =>
      b.left >= frame.x - 1 &&
      b.right <= frame.x + frame.width + 1 &&
      b.top >= frame.y - 1 &&
      b.bottom <= frame.y + frame.height + 1,
  );
}
