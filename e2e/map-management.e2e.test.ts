import { beforeEach, describe, expect, inject, it } from 'vitest';
import { createApiClient } from '@waymark/api';
import { suiteSession } from './fixtures';
import { auditPage, summarize } from './pages/axe-audit';
import { waitForOpenedMap } from './pages/map-editor-page';
import { MapManager } from './pages/map-manager';

const api = createApiClient(inject('baseUrl'));

/** A fresh map with a persona and a card, saved twice (revisions 1 and 2). */
async function makeMap(title: string): Promise<{ id: string; personaId: string }> {
  const personaId = `per_${Math.random().toString(36).slice(2, 10)}`;
  await api.personas.save(personaId, { persona: { id: personaId, name: 'Noor' } });
  const created = await api.journeys.create({ templateId: 'purchase', title, personaIds: [personaId] });
  const { journey } = created;
  const stage = journey.stages[0];
  const lane = journey.lanes.find((l) => l.kind === 'actions');
  if (!stage || !lane) throw new Error('the purchase template has no actions lane');
  const card = { type: 'card' as const, id: 'itm_manage', stageId: stage.id, laneId: lane.id };
  await api.journeys.save(journey.id, {
    journey: {
      ...journey,
      items: [...journey.items, { ...card, text: 'Compare prices', tags: [], evidence: [] }],
    },
    baseRevision: created.revision,
  });
  return { id: journey.id, personaId };
}

describe('map management on the workspace home', () => {
  const session = suiteSession();
  let manager: MapManager;

  beforeEach(() => {
    manager = new MapManager(session.page, session.baseUrl);
  });

  it('deletes a map only after a confirmation, and Undo brings it back with its revisions', async () => {
    const { id } = await makeMap('Delete me — حذف');
    await manager.open();
    await manager.row(id).waitFor();

    // Cancel keeps it: nothing is deleted.
    let dialog = await manager.askDelete(id);
    expect(await dialog.textContent()).toContain('Delete me — حذف');
    expect(await session.page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await dialog.getByTestId('confirm-cancel').click();
    await dialog.waitFor({ state: 'detached' });
    expect(await manager.row(id).count()).toBe(1);
    expect((await api.journeys.get(id)).revision).toBe(2);

    // Escape keeps it too.
    dialog = await manager.askDelete(id);
    await session.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await manager.row(id).count()).toBe(1);

    // axe on the open confirmation: nothing serious or critical.
    dialog = await manager.askDelete(id);
    const confirmReport = await auditPage(session.page);
    console.log(summarize('delete confirmation', confirmReport));
    expect(confirmReport.counts.serious + confirmReport.counts.critical).toBe(0);
    await dialog.getByTestId('confirm-cancel').click();

    await manager.delete(id);
    await session.screenshot('map-deleted-undo');
    await expect(api.journeys.get(id)).rejects.toMatchObject({ status: 404 });
    expect((await api.trash.list()).map((t) => t.id)).toContain(id);
    // Focus is on Undo (the row is gone); pressing it restores the map as it was.
    expect(await session.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'undo-delete',
    );
    await session.page.keyboard.press('Enter');
    await manager.row(id).waitFor();
    await session.page.locator('[data-testid="map-notice"][data-kind="restored"]').waitFor();
    const back = await api.journeys.get(id);
    expect(back.revision).toBe(2);
    expect(back.journey.items.some((i) => i.text === 'Compare prices')).toBe(true);
    expect((await api.journeys.history(id)).map((r) => r.revision)).toEqual([1, 2]);
  });

  it('restores a deleted map from the trash after a reload, and deletes one for good only on confirmation', async () => {
    const kept = await makeMap('Restore from trash');
    const gone = await makeMap('Purge for good');
    await manager.open();
    await manager.delete(kept.id);
    await manager.delete(gone.id);
    await manager.open();

    const row = await manager.trashRow(kept.id);
    expect(await row.textContent()).toContain('Restore from trash');
    await session.screenshot('map-trash');
    const trashReport = await auditPage(session.page);
    console.log(summarize('home with the trash open', trashReport));
    expect(trashReport.counts.serious + trashReport.counts.critical).toBe(0);
    await row.locator('[data-action="restore"]').click();
    await manager.row(kept.id).waitFor();
    expect((await api.journeys.get(kept.id)).revision).toBe(2);

    const purgeRow = await manager.trashRow(gone.id);
    await purgeRow.locator('[data-action="purge"]').click();
    const dialog = session.page.getByTestId('confirm-purge');
    await dialog.getByTestId('confirm-yes').click();
    await session.page.locator('[data-testid="map-notice"][data-kind="purged"]').waitFor();
    expect((await api.trash.list()).map((t) => t.id)).not.toContain(gone.id);
    await expect(api.trash.undelete(gone.id)).rejects.toMatchObject({ status: 404 });
  });

  it('duplicates a map into a new map titled "Copy of …", with its personas and cards', async () => {
    const { id, personaId } = await makeMap('Original map');
    await manager.open();
    await manager.duplicate(id);
    const notice = await manager.notice().textContent();
    expect(notice).toContain('Copy of Original map');
    const href = await session.page.getByTestId('open-copy').getAttribute('href');
    const copyId = /#\/maps\/(.+)$/.exec(href ?? '')?.[1] ?? '';
    expect(copyId).not.toBe(id);
    await manager.row(copyId).waitFor();
    expect(await manager.row(copyId).locator('.map-link').textContent()).toBe('Copy of Original map');
    const [original, copy] = [await api.journeys.get(id), await api.journeys.get(copyId)];
    expect(copy.revision).toBe(1);
    expect(copy.journey.personaIds).toEqual([personaId]);
    expect(copy.journey.items.map((i) => i.text)).toEqual(original.journey.items.map((i) => i.text));
    expect(copy.journey.stages.map((s) => s.name)).toEqual(original.journey.stages.map((s) => s.name));
    expect(copy.journey.stages.map((s) => s.id)).not.toEqual(original.journey.stages.map((s) => s.id));
    // The copy opens in the editor.
    await session.page.getByTestId('open-copy').click();
    expect(await waitForOpenedMap(session.page)).toBe(copyId);
    expect(await session.page.getByText('Compare prices', { exact: true }).count()).toBe(1);
  });

  it('renames a map in place: Enter saves, Escape cancels, an empty title is not saved', async () => {
    const { id } = await makeMap('Old title');
    await manager.open();
    await manager.rename(id, 'ร้านค้าออนไลน์ 2027');
    const renamed = await api.journeys.get(id);
    expect(renamed).toMatchObject({ revision: 3, journey: { title: 'ร้านค้าออนไลน์ 2027' } });
    expect(await manager.row(id).locator('.map-link').getAttribute('dir')).toBe('auto');
    // Focus is back on the row's Rename button.
    expect(await session.page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe(
      'rename',
    );

    await manager.row(id).locator('[data-action="rename"]').click();
    await manager.row(id).getByTestId('rename-input').fill('Not saved');
    await session.page.keyboard.press('Escape');
    await manager.row(id).locator('.map-link').waitFor();
    await manager.row(id).locator('[data-action="rename"]').click();
    await manager.row(id).getByTestId('rename-input').fill('   ');
    await session.page.keyboard.press('Enter');
    await manager.row(id).locator('.map-link').waitFor();
    expect(await manager.row(id).locator('.map-link').textContent()).toBe('ร้านค้าออนไลน์ 2027');
    expect((await api.journeys.get(id)).revision).toBe(3);

    // It stays renamed after a reload.
    await manager.open();
    await manager.row(id).waitFor();
    expect(await manager.row(id).locator('.map-link').textContent()).toBe('ร้านค้าออนไลน์ 2027');
  });
});
