import { describe, expect, it } from 'vitest';
import { createApiClient } from '@waymark/api';
import { inject } from 'vitest';
import { suiteSession } from './fixtures';

describe('editor panels', () => {
  const session = suiteSession();
  const api = createApiClient(inject('baseUrl'));

  it('shows a future-state map beside its current-state map', async () => {
    const current = await api.journeys.create({ templateId: 'current-state', title: 'Today', locale: 'en' });
    const future = await api.journeys.create({ templateId: 'future-state', title: 'Tomorrow', locale: 'en' });
    await api.journeys.save(future.journey.id, {
      journey: { ...future.journey, currentStateId: current.journey.id },
      baseRevision: future.revision,
    });
    const { editor, page } = session;
    await editor.goto(session.baseUrl, future.journey.id);
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await expect.poll(() => page.getByTestId('map-grid').count()).toBe(2);
    const panes = page.locator('.split-pane');
    expect(await panes.nth(0).locator('select').inputValue()).toBe(current.journey.id);
    expect(await panes.nth(1).locator('.split-heading').textContent()).toBe('Tomorrow');
    expect(await panes.nth(0).locator('.add-btn').count()).toBe(0);
    await session.screenshot('split-view');
  });
});
