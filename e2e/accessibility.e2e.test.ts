import { describe, expect, it } from 'vitest';
import { createApiClient } from '@waymark/api';
import { inject } from 'vitest';
import { suiteSession } from './fixtures';
import { auditPage, summarize } from './pages/axe-audit';
import { demoMapId } from './demo-map';
import { FiguresPanelPage } from './pages/figures-panel';

describe('accessibility (axe-core)', () => {
  const session = suiteSession();
  const api = createApiClient(inject('baseUrl'));

  const check = async (name: string) => {
    const report = await auditPage(session.page);
    console.log(summarize(name, report));
    return report;
  };

  it('finds no serious or critical violations on the five main screens', async () => {
    const { page, home, editor } = session;
    const reports = [];
    await home.goto();
    reports.push(await check('home'));

    await editor.goto(session.baseUrl, await demoMapId(api));
    reports.push(await check('editor'));

    const figures = new FiguresPanelPage(page);
    await figures.open();
    await figures.stageFigures();
    reports.push(await check('figures panel'));

    await page.getByRole('button', { name: 'Opportunities', exact: true }).click();
    await page.getByTestId('opportunity-matrix').waitFor();
    reports.push(await check('opportunity matrix'));

    await page.goto(`${session.baseUrl}/#/personas`);
    await page.getByTestId('persona-card').first().waitFor();
    reports.push(await check('personas'));

    for (const report of reports) {
      expect(report.counts.critical).toBe(0);
      expect(report.counts.serious).toBe(0);
    }
  });

  it('finds no serious or critical violations on a new map of empty cells', async () => {
    // A new map from a template is mostly empty cells, each with its add-card button.
    const fresh = await api.journeys.create({
      templateId: 'purchase',
      title: 'Empty cells',
      locale: 'en',
    });
    await session.editor.goto(session.baseUrl, fresh.journey.id);
    const report = await check('editor (new map, empty cells)');
    expect(report.counts.critical).toBe(0);
    expect(report.counts.serious).toBe(0);
  });
});
