import type { Page } from 'playwright-core';

/** One element Tab reached: its tag, test id or class, and whether it sits inside the map grid. */
export interface TabStop {
  name: string;
  inGrid: boolean;
}

/**
 * Presses Tab from the top of the page until focus comes back round (or leaves the document) and
 * returns every element it stopped at, in order. Gives up after `limit` presses, so a page with
 * hundreds of stops returns `limit` of them.
 */
export async function tabStops(page: Page, limit = 120): Promise<TabStop[]> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    for (const el of document.querySelectorAll('[data-tab-seen]')) el.removeAttribute('data-tab-seen');
  });
  const stops: TabStop[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement;
      if (!(el instanceof HTMLElement) || el === document.body) return undefined;
      if (el.dataset.tabSeen) return null;
      el.dataset.tabSeen = '1';
      const name = el.dataset.testid ?? el.getAttribute('aria-label') ?? el.className ?? el.tagName;
      return { name: `${el.tagName.toLowerCase()} ${name}`, inGrid: Boolean(el.closest('[role="grid"]')) };
    });
    if (!stop) break;
    stops.push(stop);
  }
  return stops;
}
