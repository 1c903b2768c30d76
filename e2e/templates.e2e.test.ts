import { describe, expect, it } from 'vitest';
import { listTemplates } from '@waymark/domain';
import { suiteSession } from './fixtures';

describe('new map from template', () => {
  const session = suiteSession();

  it('lists every built-in template with a preview', async () => {
    await session.home.goto();
    const ids = await session.home.templateIds();
    expect(ids).toEqual(listTemplates('en').map((t) => t.id));
    expect(await session.page.locator('.template-card .template-preview').count()).toBe(ids.length);
    await session.screenshot('home');
  });

  for (const template of listTemplates('en')) {
    it(`creates a map from the ${template.id} template`, async () => {
      await session.home.goto();
      const title = `E2E ${template.name}`;
      const id = await session.home.createFromTemplate(template.id, title);
      expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
      const { editor } = session;
      expect(await editor.stageHeaders().count()).toBe(template.stageNames.length);
      expect(await editor.laneRows().count()).toBe(template.laneKinds.length);
      const names = await editor.stageHeaders().locator('.stage-name').allTextContents();
      expect(names).toEqual(template.stageNames);
      await expect.poll(() => session.page.locator('.editor-title h1').textContent()).toBe(title);
      expect(await editor.saveStatus().textContent()).toContain('Saved · revision 1');
      await session.screenshot(`template-${template.id}`);
    });
  }
});
