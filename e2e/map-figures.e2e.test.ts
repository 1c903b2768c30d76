import { describe, expect, inject, it } from 'vitest';
import { createApiClient } from '@waymark/api';
import { journeyFiguresSchema } from '@waymark/domain';
import { suiteSession } from './fixtures';

/** The demo workspace's current-state purchase map (apps/server/src/demo). */
const DEMO_JOURNEY_ID = 'demo-purchase';

describe('figures on the map', () => {
  const session = suiteSession();
  const baseUrl = inject('baseUrl');
  const api = createApiClient(baseUrl);

  async function apiFigures(journeyId: string) {
    const response = await fetch(`${baseUrl}/api/journeys/${journeyId}/figures`);
    expect(response.status).toBe(200);
    return journeyFiguresSchema.parse(await response.json());
  }

  it('shows each stage header of the demo map the API figures exactly, on first open', async () => {
    const { journey } = await api.journeys.get(DEMO_JOURNEY_ID);
    const measured = journey.stages.filter((stage) => stage.matchers.length > 0).map((s) => s.id);
    expect(measured.length).toBeGreaterThan(2);

    await session.editor.goto(baseUrl, DEMO_JOURNEY_ID);
    await expect
      .poll(() => session.editor.headerFigures().then((f) => f.length), { timeout: 20_000 })
      .toBe(measured.length);
    const truth = await apiFigures(DEMO_JOURNEY_ID);
    const expected = measured.map((stageId) => {
      const stage = truth.stages.find((s) => s.stageId === stageId);
      return { stageId, users: stage?.users, conversion: stage?.conversionFromPrevious };
    });
    expect(await session.editor.headerFigures()).toEqual(expected);
    expect(expected[0]?.users).toBeGreaterThan(0);
    expect(expected[0]?.conversion).toBeNull();
    expect(expected[1]?.conversion).toBeGreaterThan(0);
    // The bar says what it shows to assistive technology, in words.
    const label = await session.editor
      .stageHeader(measured[0] ?? '')
      .getByTestId('stage-figures')
      .getAttribute('aria-label');
    expect(label).toMatch(/users reached this stage/);
    await session.screenshot('map-figures-demo');
  });

  it('binds a stage of a new map to an event by keyboard and shows its figures', async () => {
    const created = await api.journeys.create({
      templateId: 'purchase',
      title: 'Bind by keyboard',
      locale: 'en',
    });
    const stage = created.journey.stages[0];
    if (!stage) throw new Error('the purchase template has no stages');
    expect(stage.matchers).toEqual([]);
    await session.editor.goto(baseUrl, created.journey.id);
    const header = session.editor.stageHeader(stage.id);
    expect(await header.getByTestId('stage-figures').count()).toBe(0);
    expect(await header.getByTestId('stage-unmeasured').textContent()).toBe('No events linked');

    const dialog = await session.editor.openStageSettings(stage.id);
    await dialog.getByTestId('add-matcher').press('Enter');
    const field = dialog.getByTestId('matcher-text');
    await field.waitFor();
    // Known event names from the imported events are offered as suggestions.
    await expect
      .poll(() => dialog.locator('datalist option').evaluateAll((o) => o.map((e) => e.getAttribute('value'))))
      .toContain('home');
    expect(await field.getAttribute('aria-label')).toBe('Event name of link 1');
    await field.focus();
    await session.page.keyboard.type('home');
    await session.page.keyboard.press('Enter');
    await session.page.keyboard.press('Escape');

    const revision = await session.editor.waitForSaved(created.revision + 1);
    const stored = await api.journeys.get(created.journey.id);
    expect(stored.revision).toBe(revision);
    expect(stored.journey.stages[0]?.matchers).toEqual([{ type: 'event_equals', event: 'home' }]);

    const bar = header.getByTestId('stage-figures');
    await bar.waitFor({ timeout: 20_000 });
    const truth = await apiFigures(created.journey.id);
    const first = truth.stages.find((s) => s.stageId === stage.id);
    expect(first?.users).toBeGreaterThan(0);
    await expect
      .poll(() => session.editor.headerFigures(), { timeout: 20_000 })
      .toEqual([{ stageId: stage.id, users: first?.users, conversion: null }]);
    await session.screenshot('map-figures-bound');
  });

  it('explains a matcher that is not valid yet and saves nothing for it', async () => {
    const created = await api.journeys.create({
      templateId: 'purchase',
      title: 'Half a matcher',
      locale: 'en',
    });
    const stage = created.journey.stages[1];
    if (!stage) throw new Error('the purchase template has too few stages');
    await session.editor.goto(baseUrl, created.journey.id);
    const dialog = await session.editor.openStageSettings(stage.id);
    await dialog.getByTestId('add-matcher').click();
    await dialog.getByRole('combobox', { name: 'Kind of event link 1' }).selectOption('property');
    await dialog.getByRole('textbox', { name: 'Property of link 1' }).fill('amount');
    await dialog.getByRole('combobox', { name: 'Condition of link 1' }).selectOption('gt');
    const value = dialog.getByRole('textbox', { name: 'Value of link 1' });
    await value.fill('lots');
    await value.press('Enter');
    expect(await dialog.getByRole('alert').textContent()).toBe(
      'Enter a value (a number for greater or less than).',
    );
    expect(await value.getAttribute('aria-invalid')).toBe('true');
    await value.fill('20');
    await value.press('Enter');
    expect(await dialog.getByRole('alert').count()).toBe(0);
    await session.editor.waitForSaved(created.revision + 1);
    const stored = await api.journeys.get(created.journey.id);
    expect(stored.journey.stages[1]?.matchers).toEqual([
      { type: 'property', condition: { property: 'amount', operator: 'gt', value: 20 } },
    ]);
  });

  it('shows the figures, stage settings and card details in every UI language without raw keys', async () => {
    const rawKey =
      /\b(?:app|nav|common|editor|stage|lane|item|matchers|evidence|figures|export|opportunities|personas|save)\.[a-z][A-Za-z_.]*\b/;
    const visibleText = () =>
      session.page.evaluate(() => {
        const labels = [...document.querySelectorAll('[aria-label],[title],[placeholder]')].flatMap((el) => [
          el.getAttribute('aria-label') ?? '',
          el.getAttribute('title') ?? '',
          el.getAttribute('placeholder') ?? '',
        ]);
        return [document.body.innerText, ...labels].join('\n');
      });
    const { journey } = await api.journeys.get(DEMO_JOURNEY_ID);
    const stage = journey.stages[0];
    const touchpoint = journey.items.find((i) => i.type === 'touchpoint' && i.stageId === stage?.id);
    if (!stage || !touchpoint) throw new Error('the demo map has no touchpoint in its first stage');
    await session.editor.goto(baseUrl, DEMO_JOURNEY_ID);
    for (const code of ['fa', 'th', 'zh-TW', 'vi', 'en']) {
      await session.page.getByTestId('language-switcher').selectOption(code);
      await session.editor.stageHeader(stage.id).getByTestId('stage-figures').waitFor();
      const settings = await session.editor.openStageSettings(stage.id);
      await settings.getByTestId('matcher-row').first().waitFor();
      expect(await visibleText(), code).not.toMatch(rawKey);
      if (code === 'fa') await session.screenshot('map-figures-fa-settings');
      await session.page.keyboard.press('Escape');
      const details = await session.editor.openItemDetails(touchpoint.id);
      await details.getByTestId('evidence-editor').waitFor();
      expect(await visibleText(), code).not.toMatch(rawKey);
      await session.page.keyboard.press('Escape');
      if (code === 'fa') {
        expect(await session.page.evaluate(() => document.documentElement.dir)).toBe('rtl');
        await session.screenshot('map-figures-fa');
      }
    }
  });
});
