import { describe, expect, it } from 'vitest';
import { createApiClient } from '@waymark/api';
import { inject } from 'vitest';
import { suiteSession } from './fixtures';
import { auditPage, summarize } from './pages/axe-audit';

describe('revision history', () => {
  const session = suiteSession();
  const api = createApiClient(inject('baseUrl'));

  async function openNewMap(title: string) {
    const stored = await api.journeys.create({ templateId: 'current-state', title, locale: 'en' });
    const { editor } = session;
    await editor.goto(session.baseUrl, stored.journey.id);
    const [stageId] = await editor.stageIds();
    const [laneId] = await editor.cellLaneIds();
    if (!stageId || !laneId) throw new Error('the template has no cells');
    return { id: stored.journey.id, stageId, laneId };
  }

  const panel = () => session.page.getByRole('complementary', { name: 'Revision history' });
  // By test id, not by the panel's name, so it works in every UI language.
  const entry = (revision: number) =>
    session.page.locator(`[data-testid="revision"][data-revision="${revision}"]`);

  /** A new map with one card saved (revision 2), its history open and revision 1 in the preview. */
  async function previewFirstRevision(title: string, card: string) {
    const { editor, page } = session;
    const map = await openNewMap(title);
    await editor.addCard(map.stageId, map.laneId, card);
    const saved = await editor.waitForSaved(2);
    await page.getByRole('button', { name: 'History', exact: true }).click();
    await entry(1).getByRole('button', { name: 'Preview of revision 1' }).click();
    const preview = page.getByTestId('revision-preview');
    await preview.getByTestId('revision-change').first().waitFor();
    return { ...map, saved, preview };
  }

  it('gathers a burst of autosaves into one entry, says who and when, and takes a label', async () => {
    const { editor, page } = session;
    const { id, stageId, laneId } = await openNewMap('Labelled history');
    await editor.addCard(stageId, laneId, 'First wording');
    let revision = await editor.waitForSaved(2);
    for (const text of ['Second wording', 'Third wording']) {
      await editor.editCard(stageId, laneId, 0, text);
      revision = await editor.waitForSaved(revision + 1);
    }
    expect(revision).toBe(4);

    await page.getByRole('button', { name: 'History', exact: true }).click();
    await entry(4).waitFor();
    // Three autosaves, one entry; the creation is the other.
    expect(await panel().getByTestId('revision').count()).toBe(2);
    const text = await entry(4).innerText();
    expect(text).toContain('Saved by you (this computer)');
    expect(text).toContain('3 autosaves in one entry');
    expect(text).toMatch(/now|seconds? ago/);
    expect(text).toMatch(/\d{4}/);
    expect(await entry(1).innerText()).toContain('Created by you (this computer)');
    expect(await entry(1).innerText()).toMatch(/From the template “[^”]+”/);

    await entry(4).getByRole('button', { name: 'Label revision 4' }).click();
    const field = entry(4).getByRole('textbox', { name: 'Label revision 4' });
    await field.fill('   ');
    await field.press('Enter');
    await entry(4).getByRole('alert').waitFor();
    expect(await entry(4).getByRole('alert').textContent()).toContain('1 to 100 characters');
    await field.fill('Q3 baseline');
    await field.press('Enter');
    await entry(4).getByTestId('revision-label').waitFor();
    expect(await entry(4).getByTestId('revision-label').textContent()).toBe('Q3 baseline');
    const history = await api.journeys.history(id);
    expect(history.find((r) => r.revision === 4)?.label).toBe('Q3 baseline');
    await session.screenshot('history-labelled');

    // The label stays after a reload, and can be removed.
    await page.reload();
    await editor.grid().waitFor();
    await page.getByRole('button', { name: 'History', exact: true }).click();
    await entry(4).getByTestId('revision-label').waitFor();
    await entry(4).getByRole('button', { name: 'Label revision 4' }).click();
    await entry(4).getByRole('button', { name: 'Remove label' }).click();
    await expect.poll(() => entry(4).getByTestId('revision-label').count()).toBe(0);
    expect((await api.journeys.history(id)).find((r) => r.revision === 4)?.label).toBeUndefined();
  });

  it('previews a revision with its diff before restoring, and keeps the current map as a revision', async () => {
    const { editor, page } = session;
    const { id, stageId, laneId, saved, preview } = await previewFirstRevision(
      'Preview history',
      'A card to take back',
    );
    const rows = preview.getByTestId('revision-change');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().innerText()).toContain('Removed: Card “A card to take back”');
    // The revision's map, read only: no card, no add buttons, and nothing restored yet.
    const grid = preview.getByTestId('map-grid');
    await grid.waitFor();
    expect(await grid.getByTestId('item-card').count()).toBe(0);
    expect(await grid.locator('.add-btn').count()).toBe(0);
    expect((await api.journeys.get(id)).revision).toBe(saved);
    const report = await auditPage(page, '[data-testid="revision-preview"], .side-panel');
    console.log(summarize('revision preview and history', report));
    expect(report.counts.serious + report.counts.critical).toBe(0);
    await session.screenshot('history-preview');

    await preview.getByTestId('restore-revision').click();
    const restored = await editor.waitForSaved(saved + 1);
    await expect.poll(() => page.getByTestId('revision-preview').count()).toBe(0);
    expect(await editor.cell(stageId, laneId).getByTestId('item-card').count()).toBe(0);

    const history = await api.journeys.history(id);
    expect(history.map((r) => [r.revision, r.action])).toEqual([
      [1, 'create'],
      [saved, 'save'],
      [restored, 'restore'],
    ]);
    const kept = await api.journeys.getRevision(id, saved);
    expect(kept.journey.items.map((i) => i.text)).toContain('A card to take back');
    await entry(restored).waitFor();
    expect(await entry(restored).innerText()).toContain('Restored from revision 1');
  });

  it('refuses to restore over a revision saved after the preview, catches up, and restores on the second try', async () => {
    const { editor, page } = session;
    const { id, saved, preview } = await previewFirstRevision('Restore race', 'Mine');
    expect(await preview.getByTestId('revision-change').count()).toBe(1);

    // Someone else saves while the preview is open.
    const theirs = await api.journeys.get(id);
    await api.journeys.save(id, {
      journey: { ...theirs.journey, title: 'Their title' },
      baseRevision: saved,
    });
    await preview.getByTestId('restore-revision').click();
    const alert = page.locator('.editor > .alert.error');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(`newer revision (${saved + 1})`);
    expect((await api.journeys.get(id)).journey.title).toBe('Their title');
    await expect.poll(() => page.locator('.editor-title h1').textContent()).toBe('Their title');
    // The diff now compares with their revision too: the title goes back as well as the card.
    await expect.poll(() => preview.getByTestId('revision-change').count()).toBe(2);

    await preview.getByTestId('restore-revision').click();
    const restored = await editor.waitForSaved(saved + 2);
    const history = await api.journeys.history(id);
    // Both saves were by the local user within a burst: one entry, the newer one, then the restore.
    expect(history.map((r) => [r.revision, r.action, r.saves])).toEqual([
      [1, 'create', 1],
      [saved + 1, 'save', 2],
      [restored, 'restore', 1],
    ]);
    expect((await api.journeys.getRevision(id, saved + 1)).journey.title).toBe('Their title');
    expect((await api.journeys.get(id)).revision).toBe(restored);
  });

  it('speaks every UI language in the history and the preview, with Persian digits in Persian', async () => {
    const { page } = session;
    await previewFirstRevision('Languages of history', 'A card');
    const rawKey = /\b(history|change|merge|save)\.[a-zA-Z.]+\b/;
    for (const code of ['fa', 'th', 'zh-TW', 'vi', 'en']) {
      await page.getByTestId('language-switcher').selectOption(code);
      const text = await page.locator('.editor-body').innerText();
      expect(text, code).not.toMatch(rawKey);
      if (code === 'fa') {
        expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
        expect(await entry(2).innerText()).toMatch(/[۰-۹]/);
        expect(await entry(2).innerText()).not.toMatch(/[0-9]/);
        await session.screenshot('history-preview-fa');
      }
    }
  });
});
