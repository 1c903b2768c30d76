import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, Locator } from 'playwright-core';
import { createApiClient } from '@waymark/api';
import { inject } from 'vitest';
import { launchBrowser, openSession, type Session } from './fixtures';
import { purchaseMapWithCards } from './map-factory';
import { auditPage, summarize } from './pages/axe-audit';

/**
 * Two people edit one map in two browser contexts. B stays on the revision it opened while A saves;
 * B's save then meets A's newer revision, and B's edits are re-applied on top of it.
 */
describe('a save that meets a newer revision', () => {
  let browser: Browser;
  let a: Session;
  let b: Session;
  const api = createApiClient(inject('baseUrl'));
  let journeyId = '';
  let tag = 0;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await browser?.close();
  });
  beforeEach(async () => {
    await a?.close();
    await b?.close();
    const stored = await purchaseMapWithCards(api, `merge${++tag}`);
    journeyId = stored.journey.id;
    a = await openSession(browser);
    b = await openSession(browser);
    await a.editor.goto(a.baseUrl, journeyId);
    await b.editor.goto(b.baseUrl, journeyId);
  });

  const card = (session: Session, itemId: string): Locator =>
    session.editor.grid().locator(`[data-testid="item-card"][data-item-id="${itemId}"]`);

  async function editText(session: Session, itemId: string, text: string): Promise<void> {
    const target = card(session, itemId);
    await target.scrollIntoViewIfNeeded();
    await target.locator('.inline-text').click();
    const field = target.locator('textarea.inline-field');
    await field.fill(text);
    await field.press('Enter');
  }

  const storedTexts = async () => (await api.journeys.get(journeyId)).journey.items.map((i) => i.text);
  const storedText = async (itemId: string) =>
    (await api.journeys.get(journeyId)).journey.items.find((i) => i.id === itemId)?.text;

  it('keeps both people’s changes when they edited different cards', async () => {
    const opened = (await api.journeys.get(journeyId)).revision;
    const [, second] = await a.editor.stageIds();
    const [laneId] = await a.editor.cellLaneIds();
    if (!second || !laneId) throw new Error('the template has no cells');
    await a.editor.addCard(second, laneId, 'Card A added');
    const aSaved = await a.editor.waitForSaved(opened + 1);

    // B never saw A's card and edits another one.
    expect(await b.editor.cell(second, laneId).getByText('Card A added').count()).toBe(0);
    await editText(b, `pain_merge${tag}`, 'Pain point B reworded');
    const bSaved = await b.editor.waitForSaved(aSaved + 1);

    const texts = await storedTexts();
    expect(texts).toContain('Card A added');
    expect(texts).toContain('Pain point B reworded');
    expect((await api.journeys.get(journeyId)).revision).toBe(bSaved);
    // B's editor now shows A's card too, and nobody was asked anything.
    await b.editor.cell(second, laneId).getByText('Card A added').waitFor();
    expect(await b.editor.mergeChooser().count()).toBe(0);
    await b.screenshot('save-merge-both-kept');
  });

  it('asks only about the card both edited, shows both values, and saves the chosen one', async () => {
    const opened = (await api.journeys.get(journeyId)).revision;
    const opportunity = `opp_merge${tag}`;
    const touchpoint = `tp_merge${tag}`;
    await editText(a, opportunity, 'Opportunity as A wrote it');
    await editText(a, touchpoint, 'Touchpoint A renamed');
    const aSaved = await a.editor.waitForSaved(opened + 1);

    await editText(b, opportunity, 'Opportunity as B wrote it');
    const chooser = b.editor.mergeChooser();
    await chooser.waitFor({ timeout: 15_000 });
    const conflicts = chooser.getByTestId('merge-conflict');
    expect(await conflicts.count()).toBe(1);
    expect(await conflicts.first().getByTestId('merge-theirs').textContent()).toBe(
      'Opportunity as A wrote it',
    );
    expect(await conflicts.first().getByTestId('merge-mine').textContent()).toBe('Opportunity as B wrote it');
    expect(await conflicts.first().locator('legend').textContent()).toContain('Text');
    // Nothing is saved while B decides.
    expect((await api.journeys.get(journeyId)).revision).toBe(aSaved);
    const report = await auditPage(b.page, '[data-testid="merge-chooser"]');
    console.log(summarize('merge chooser', report));
    expect(report.counts.serious + report.counts.critical).toBe(0);
    await b.screenshot('save-merge-chooser');

    await conflicts.first().getByRole('radio', { name: /Yours/ }).check();
    await chooser.getByTestId('merge-apply').click();
    const bSaved = await b.editor.waitForSaved(aSaved + 1);
    expect(await storedText(opportunity)).toBe('Opportunity as B wrote it');
    expect(await storedText(touchpoint)).toBe('Touchpoint A renamed');
    expect(await chooser.count()).toBe(0);

    // Undo after the merge takes back B's edit only: A's wording comes back, A's rename stays.
    await b.page.getByTestId('undo').click();
    await b.editor.waitForSaved(bSaved + 1);
    expect(await storedText(opportunity)).toBe('Opportunity as A wrote it');
    expect(await storedText(touchpoint)).toBe('Touchpoint A renamed');
  });
});
