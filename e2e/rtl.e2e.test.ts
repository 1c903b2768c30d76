import { describe, expect, it } from 'vitest';
import { createApiClient } from '@waymark/api';
import type { Item } from '@waymark/domain';
import { inject } from 'vitest';
import { demoMapId } from './demo-map';
import { launchBrowser, openSession, suiteSession } from './fixtures';
import { computedDirection, fitsWithin, latinDigitsInUiText } from './pages/direction';
import { FiguresPanelPage } from './pages/figures-panel';

describe('languages and right-to-left', () => {
  const session = suiteSession();

  it('switches to Persian at run time, mirrors the map and remembers the choice', async () => {
    const api = createApiClient(inject('baseUrl'));
    const stored = await api.journeys.create({
      templateId: 'current-state',
      title: 'نقشه خرید',
      locale: 'fa',
    });
    const { editor, home, page } = session;
    await editor.goto(session.baseUrl, stored.journey.id);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');

    await home.switchLanguage('fa');
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fa');
    expect(await page.getByTestId('save-status').textContent()).toContain('ذخیره شد');

    const ids = await editor.stageIds();
    const first = await editor.stageHeader(ids[0] ?? '').boundingBox();
    const last = await editor.stageHeader(ids[ids.length - 1] ?? '').boundingBox();
    if (!first || !last) throw new Error('stage headers are not visible');
    expect(first.x + first.width).toBeGreaterThan(last.x + last.width);
    await session.screenshot('editor-rtl');

    await page.reload();
    await editor.grid().waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await page.getByTestId('language-switcher').inputValue()).toBe('fa');

    for (const code of ['th', 'zh-TW', 'vi']) {
      await home.switchLanguage(code);
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(code);
      expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');
    }
    await session.screenshot('editor-zh-TW-after-vi');
    await home.switchLanguage('en');
  });

  it('shows a Persian card in the English UI, and an English card in the Persian UI, in its own direction', async () => {
    const api = createApiClient(inject('baseUrl'));
    const created = await api.journeys.create({
      templateId: 'current-state',
      title: 'سفر خرید',
      locale: 'en',
    });
    const { journey } = created;
    const stage = journey.stages[0];
    const lane = journey.lanes.find((l) => l.kind !== 'emotions');
    if (!stage || !lane) throw new Error('the template has no cells');
    const card = (id: string, text: string): Item => ({
      type: 'card',
      id,
      stageId: stage.id,
      laneId: lane.id,
      text,
      tags: [],
      evidence: [],
    });
    const saved = await api.journeys.save(journey.id, {
      journey: {
        ...journey,
        stages: journey.stages.map((s, i) => (i === 1 ? { ...s, name: 'پرداخت (مرحله ۲)' } : s)),
        items: [card('card_fa', 'سبد خرید را رها می‌کند.'), card('card_en', 'Leaves the cart (again).')],
      },
      baseRevision: created.revision,
    });
    const { editor, home, page } = session;
    await editor.goto(session.baseUrl, saved.journey.id);
    const text = (id: string) => editor.grid().locator(`[data-item-id="${id}"] .item-text`);
    const stageName = editor.stageHeaders().nth(1).locator('.stage-name');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');
    expect(await computedDirection(text('card_fa'))).toBe('rtl');
    expect(await computedDirection(text('card_en'))).toBe('ltr');
    expect(await computedDirection(stageName)).toBe('rtl');
    expect(await computedDirection(page.locator('.editor-title h1 .inline-text'))).toBe('rtl');

    await home.switchLanguage('fa');
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await computedDirection(text('card_en'))).toBe('ltr');
    expect(await computedDirection(text('card_fa'))).toBe('rtl');
    expect(await computedDirection(editor.stageHeaders().first().locator('.stage-name'))).toBe('ltr');
    await session.screenshot('rtl-cards-in-persian-ui');
    await home.switchLanguage('en');
  });

  it('flows a Persian map right to left in the English UI, its first stage at the right edge', async () => {
    const api = createApiClient(inject('baseUrl'));
    const stored = await api.journeys.create({ templateId: 'purchase', title: 'نقشه فارسی', locale: 'fa' });
    const { editor, page } = session;
    await editor.goto(session.baseUrl, stored.journey.id);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');
    const ids = await editor.stageIds();
    const first = await editor.stageHeader(ids[0] ?? '').boundingBox();
    const last = await editor.stageHeader(ids[ids.length - 1] ?? '').boundingBox();
    const frame = await editor.scroller().boundingBox();
    const laneHeader = await editor.grid().locator('[role="rowheader"]').first().boundingBox();
    if (!first || !last || !frame || !laneHeader) throw new Error('the map is not visible');
    expect(first.x).toBeGreaterThan(last.x);
    // The frame opens at the map's start: lane headers at the right edge, the first stage beside them.
    expect(laneHeader.x + laneHeader.width).toBeGreaterThan(frame.x + frame.width - 4);
    expect(Math.abs(first.x + first.width - laneHeader.x)).toBeLessThanOrEqual(2);
    await session.screenshot('persian-map-in-english-ui');
  });

  it('writes every number of the Persian UI in Persian digits, and keeps funnel labels inside the chart', async () => {
    const api = createApiClient(inject('baseUrl'));
    const { editor, home, page } = session;
    await home.goto();
    await home.switchLanguage('fa');
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await page.getByTestId('map-row').first().waitFor();
    expect(await latinDigitsInUiText(page), 'home').toEqual([]);

    await editor.goto(session.baseUrl, await demoMapId(api));
    await expect.poll(() => editor.headerFigures().then((f) => f.length)).toBeGreaterThan(0);
    expect(await latinDigitsInUiText(page), 'editor').toEqual([]);

    const figures = new FiguresPanelPage(page);
    await page.getByRole('button', { name: 'آمار', exact: true }).click();
    await figures.panel().waitFor();
    const funnel = page.getByTestId('funnel-chart');
    await funnel.locator('.chart-label').first().waitFor();
    expect(await fitsWithin(funnel.locator('.chart-label'), funnel.locator('svg'))).toBe(true);
    expect(await fitsWithin(funnel.locator('.chart-value'), funnel.locator('svg'))).toBe(true);
    expect(await latinDigitsInUiText(page), 'figures panel').toEqual([]);
    await session.screenshot('figures-panel-fa');

    await page.getByRole('button', { name: 'فرصت‌ها', exact: true }).click();
    await page.getByTestId('opportunity-matrix').waitFor();
    expect(await latinDigitsInUiText(page), 'opportunity matrix').toEqual([]);

    await page.goto(`${session.baseUrl}/#/personas`);
    await page.getByTestId('persona-card').first().waitFor();
    expect(await latinDigitsInUiText(page), 'personas').toEqual([]);
    await home.switchLanguage('en');
  });

  it('ends Thai and Chinese titles that do not fit in an ellipsis, the map type on one line', async () => {
    const api = createApiClient(inject('baseUrl'));
    const browser = await launchBrowser();
    try {
      const narrow = await openSession(browser, { viewport: { width: 800, height: 700 } });
      const titles = {
        th: 'แผนที่การเดินทางของลูกค้าที่ซื้อสินค้าออนไลน์ผ่านแอปพลิเคชันบนโทรศัพท์มือถือตั้งแต่ต้นจนจบ',
        'zh-TW': '顧客從看到廣告到完成線上購買並在收到商品後撰寫評論的完整服務藍圖旅程地圖',
      } as const;
      for (const [locale, title] of Object.entries(titles)) {
        const stored = await api.journeys.create({ templateId: 'service-blueprint', title, locale: 'en' });
        await narrow.home.goto();
        await narrow.home.switchLanguage(locale);
        await narrow.editor.goto(narrow.baseUrl, stored.journey.id);
        const shown = narrow.page.locator('.editor-title h1 .inline-text');
        const fit = await shown.evaluate((el) => ({
          overflowing: el.scrollWidth > el.clientWidth,
          ellipsis: getComputedStyle(el).textOverflow,
          nowrap: getComputedStyle(el.parentElement ?? el).whiteSpace,
        }));
        expect(fit, locale).toEqual({ overflowing: true, ellipsis: 'ellipsis', nowrap: 'nowrap' });
        const badge = narrow.page.locator('.editor-title > .badge');
        const lines = await badge.evaluate((el) => {
          const range = document.createRange();
          range.selectNodeContents(el);
          const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          return tops.size;
        });
        expect(lines, `${locale} badge lines`).toBe(1);
        await narrow.screenshot(`title-ellipsis-${locale}`);
      }
      await narrow.close();
    } finally {
      await browser.close();
    }
  });
});
