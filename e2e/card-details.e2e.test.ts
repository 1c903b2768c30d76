import { describe, expect, inject, it } from 'vitest';
import { createApiClient } from '@waymark/api';
import { suiteSession } from './fixtures';
import { purchaseMapWithCards } from './map-factory';

describe('card details', () => {
  const session = suiteSession();
  const baseUrl = inject('baseUrl');
  const api = createApiClient(baseUrl);

  it('edits tags, evidence, an opportunity plan and a pain point frequency, and autosaves', async () => {
    const stored = await purchaseMapWithCards(api, 'details');
    const journeyId = stored.journey.id;
    await session.editor.goto(baseUrl, journeyId);
    const page = session.page;

    const opportunity = await session.editor.openItemDetails('opp_details');
    await opportunity.getByLabel('Status').selectOption('planned');
    await opportunity.getByLabel('Owner').fill('Checkout team');
    await opportunity.getByLabel('Owner').press('Enter');
    await opportunity.getByLabel('Due date').fill('2025-06-30');
    await opportunity.getByLabel('Due date').press('Enter');
    await opportunity.getByRole('checkbox', { name: /Delivery cost shows up only at checkout/ }).check();
    const tag = opportunity.getByTestId('tag-input');
    await tag.fill('pricing');
    await tag.press('Enter');
    await tag.fill('quick win');
    await tag.press('Enter');
    await opportunity.getByTestId('add-evidence').press('Enter');
    const link = opportunity.getByTestId('evidence-link').first();
    await link.getByLabel('Source kind').selectOption('interview');
    await link.getByLabel('Basis').selectOption('assumed');
    await link.getByLabel('Title').fill('Five shopper interviews');
    await link.getByLabel('Link (URL)').fill('https://example.org/interviews');
    await link.getByLabel('Date').fill('2025-01-15');
    await link.getByLabel('Sample size').fill('5');
    await link.getByLabel('Note').fill('3 of 5 left at the delivery step');
    await link.getByLabel('Note').press('Enter');
    await page.screenshot({ path: await session.screenshot('card-details') });
    await page.keyboard.press('Escape');

    const pain = await session.editor.openItemDetails('pain_details');
    await pain.getByLabel('Frequency').selectOption('4');
    await page.keyboard.press('Escape');

    const touchpoint = await session.editor.openItemDetails('tp_details');
    await touchpoint.getByLabel('Owning department').fill('E-commerce');
    await touchpoint.getByLabel('Owning department').press('Enter');
    await touchpoint.getByTestId('add-matcher').click();
    await touchpoint.getByRole('combobox', { name: 'Kind of event link 1' }).selectOption('event_in');
    const names = touchpoint.getByRole('combobox', { name: 'Event names of link 1' });
    await names.fill('home, promo_page');
    await names.press('Enter');
    await page.keyboard.press('Escape');

    await expect
      .poll(
        async () => {
          const { journey } = await api.journeys.get(journeyId);
          const byId = new Map(journey.items.map((item) => [item.id, item]));
          return [byId.get('opp_details'), byId.get('pain_details'), byId.get('tp_details')];
        },
        { timeout: 20_000 },
      )
      .toMatchObject([
        {
          status: 'planned',
          owner: 'Checkout team',
          dueDate: '2025-06-30',
          painPointIds: ['pain_details'],
          tags: ['pricing', 'quick win'],
          evidence: [
            {
              source: 'interview',
              basis: 'assumed',
              title: 'Five shopper interviews',
              url: 'https://example.org/interviews',
              date: '2025-01-15',
              sampleSize: 5,
              note: '3 of 5 left at the delivery step',
            },
          ],
        },
        { frequency: 4 },
        { department: 'E-commerce', matchers: [{ type: 'event_in', events: ['home', 'promo_page'] }] },
      ]);
    await session.editor.waitForSaved(stored.revision + 1);
    // Undo takes back the last edit (the touchpoint's matcher) in one step.
    await page.keyboard.press('Control+z');
    await expect
      .poll(
        async () => {
          const { journey } = await api.journeys.get(journeyId);
          const item = journey.items.find((i) => i.id === 'tp_details');
          return item?.type === 'touchpoint' ? item.matchers : undefined;
        },
        { timeout: 20_000 },
      )
      .toEqual([]);
  });
});
