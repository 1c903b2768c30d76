import { describe, expect, inject, it } from 'vitest';
import { createApiClient } from '@waymark/api';
import { dividerKindLabel } from '@waymark/domain';
import { suiteSession } from './fixtures';
import { auditPage, summarize } from './pages/axe-audit';

const baseUrl = inject('baseUrl');
const api = createApiClient(baseUrl);

/** A purchase map with one persona, one card and the persona's emotion point at the first stage. */
async function makeMap() {
  const personaId = `per_${Math.random().toString(36).slice(2, 10)}`;
  await api.personas.save(personaId, { persona: { id: personaId, name: 'Noor' } });
  const created = await api.journeys.create({
    templateId: 'purchase',
    title: 'Details',
    personaIds: [personaId],
  });
  const { journey } = created;
  const [stage] = journey.stages;
  const actions = journey.lanes.find((l) => l.kind === 'actions');
  const emotions = journey.lanes.find((l) => l.kind === 'emotions');
  if (!stage || !actions || !emotions) throw new Error('the purchase template lacks a lane');
  const items = [
    ...journey.items,
    { type: 'card' as const, id: 'itm_icon', stageId: stage.id, laneId: actions.id, text: 'Pay by card' },
    {
      type: 'emotion_point' as const,
      id: 'itm_feel',
      stageId: stage.id,
      laneId: emotions.id,
      personaId,
      score: 2,
      text: '',
    },
  ].map((item) => ({ tags: [], evidence: [], ...item }));
  await api.journeys.save(journey.id, { journey: { ...journey, items }, baseRevision: created.revision });
  return { id: journey.id, stageId: stage.id, personaId };
}

describe('map details in the editor', () => {
  const session = suiteSession();

  it('edits the map description, journey kind and goal action in the map settings', async () => {
    const { id } = await makeMap();
    const { editor, page } = session;
    await editor.goto(baseUrl, id);
    await page.getByTestId('map-settings').click();
    const panel = page.getByTestId('map-settings-panel');
    await panel.getByTestId('map-description').fill('Buying a gift online — خرید هدیه');
    await panel.locator('select[name="journey-kind"]').selectOption('onboarding');
    await panel.getByTestId('map-goal').fill('order');
    await panel.getByTestId('map-goal').press('Enter');
    await session.screenshot('map-settings');
    const report = await auditPage(page, '.editor-head');
    console.log(summarize('map settings', report));
    expect(report.counts.serious + report.counts.critical).toBe(0);
    await page.keyboard.press('Escape');
    await editor.waitForSaved(3);
    const stored = await api.journeys.get(id);
    expect(stored.journey).toMatchObject({
      description: 'Buying a gift online — خرید هدیه',
      journeyKind: 'onboarding',
      goalAction: 'order',
    });
    // Undo takes the last change back (the goal, to the template's 'purchase'), and autosave records it.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect
      .poll(async () => (await api.journeys.get(id)).journey.goalAction, { timeout: 15_000 })
      .toBe('purchase');
  });

  it("shows a stage's goal on the grid and a card's icon on the card and in the SVG export", async () => {
    const { id, stageId } = await makeMap();
    const { editor, page } = session;
    await editor.goto(baseUrl, id);
    expect(await editor.stageHeader(stageId).getByTestId('stage-goal').count()).toBe(0);
    const settings = await editor.openStageSettings(stageId);
    const goal = settings.locator('label.field', { hasText: 'Goal of this stage' }).locator('input');
    await goal.fill('Find a gift within budget');
    await goal.press('Enter');
    await page.keyboard.press('Escape');
    const shown = editor.stageHeader(stageId).getByTestId('stage-goal');
    await shown.waitFor();
    expect(await shown.textContent()).toBe('Goal: Find a gift within budget');
    expect(await shown.locator('[dir="auto"]').textContent()).toBe('Find a gift within budget');

    const details = await editor.openItemDetails('itm_icon');
    await details.getByTestId('item-icon-row').locator('button').click();
    await page.getByRole('option', { name: 'Icon credit-card' }).click();
    const card = editor.grid().locator('[data-testid="item-card"][data-item-id="itm_icon"]');
    await card.getByTestId('item-icon').waitFor();
    expect(await card.getByTestId('item-icon').getAttribute('data-icon')).toBe('credit-card');
    await page.keyboard.press('Escape');
    await session.screenshot('stage-goal-card-icon');
    await expect
      .poll(async () => (await api.journeys.get(id)).journey.items.find((i) => i.id === 'itm_icon')?.icon, {
        timeout: 15_000,
      })
      .toBe('credit-card');
    const stored = await api.journeys.get(id);
    expect(stored.journey.stages.find((s) => s.id === stageId)?.goal).toBe('Find a gift within budget');
    const svg = await (await fetch(`${baseUrl}/api/journeys/${id}/export/svg`)).text();
    expect(svg).toContain('Find a gift within budget');
    expect(svg).toContain('class="icon icon-credit-card"');
  });

  it('writes an emotion note under the curve, saved as the point text and drawn in the export', async () => {
    const { id, stageId, personaId } = await makeMap();
    const { editor, page } = session;
    await editor.goto(baseUrl, id);
    const notes = editor.grid().locator(`[data-testid="emotion-notes"][data-stage-id="${stageId}"]`);
    const note = notes.locator(`[data-persona-id="${personaId}"] .emotion-note-text`);
    expect(await note.getAttribute('aria-label')).toContain('Note: \u2068Noor\u2069 at');
    await note.click();
    await page.keyboard.type('Worried about delivery — نگران ارسال');
    await page.keyboard.press('Enter');
    await notes.getByText('Worried about delivery — نگران ارسال').waitFor();
    // Only stages with a set point carry a note field.
    const fields = await editor.grid().locator('.emotion-note').count();
    expect(fields).toBe(1);
    await editor.waitForSaved(3);
    const stored = await api.journeys.get(id);
    const point = stored.journey.items.find((i) => i.id === 'itm_feel');
    expect(point?.text).toBe('Worried about delivery — نگران ارسال');
    const svg = await (await fetch(`${baseUrl}/api/journeys/${id}/export/svg`)).text();
    expect(svg).toContain('Worried about delivery');
    await session.screenshot('emotion-note');
  });

  it('draws all three blueprint lines, the line of interaction included, in the editor and the export', async () => {
    const created = await api.journeys.create({ templateId: 'service-blueprint', title: 'Blueprint lines' });
    await session.editor.goto(baseUrl, created.journey.id);
    const kinds = await session.editor
      .grid()
      .locator('[data-divider]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-divider')));
    expect(kinds).toEqual(['line_of_interaction', 'line_of_visibility', 'line_of_internal_interaction']);
    const svg = await (await fetch(`${baseUrl}/api/journeys/${created.journey.id}/export/svg`)).text();
    for (const kind of kinds) expect(svg).toContain(dividerKindLabel(kind as never, 'en'));
  });
});
