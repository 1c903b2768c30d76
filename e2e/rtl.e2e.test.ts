import { describe, expect, it } from 'vitest';
import { createApiClient } from '@waymark/api';
import { inject } from 'vitest';
import { suiteSession } from './fixtures';

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
});
