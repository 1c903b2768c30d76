import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { createApiClient } from '@waymark/api';
import { journeyFiguresSchema } from '@waymark/domain';
import { ARTIFACTS_DIR, suiteSession } from './fixtures';
import { FiguresPanelPage } from './pages/figures-panel';

/** The server's demo copy of the ecom events (see apps/server/demo/NOTICE.md). */
const ECOM_EVENTS = join(import.meta.dirname, '..', 'apps', 'server', 'demo', 'ecom.csv.gz');

/** Event names per stage of the purchase template; the last stage is left unmeasured. */
const STAGE_EVENTS: readonly (readonly string[])[] = [
  ['home', 'promo_page'],
  ['catalog', 'search', 'product_view'],
  ['add_to_cart', 'cart'],
  ['shipping_details', 'payment_details'],
  ['purchase'],
  [],
];

describe('figures panel', () => {
  const session = suiteSession();
  const baseUrl = inject('baseUrl');
  const api = createApiClient(baseUrl);

  it('imports the ecom events through the UI and shows the API figures exactly', async () => {
    const workspace = await api.workspaces.create({
      id: `ws_fig_${Date.now()}`,
      name: 'Figures spec',
      locale: 'en',
    });
    const created = await api.journeys.create({
      templateId: 'purchase',
      title: 'Measured purchase journey',
      workspaceId: workspace.id,
      locale: 'en',
    });
    const journey = created.journey;
    const stages = journey.stages.map((stage, i) => {
      const events = STAGE_EVENTS[i] ?? [];
      return events.length > 0
        ? { ...stage, matchers: [{ type: 'event_in' as const, events: [...events] }] }
        : stage;
    });
    await api.journeys.save(journey.id, { journey: { ...journey, stages }, baseRevision: created.revision });

    await session.editor.goto(baseUrl, journey.id);
    const figures = new FiguresPanelPage(session.page);
    await figures.open();
    const before = await api.events.summary();
    // The demo already holds these bytes as a data set, and the same bytes again are refused; the
    // unzipped CSV is the same rows in other bytes, so it imports as a data set of its own.
    const dir = mkdtempSync(join(tmpdir(), 'waymark-figures-'));
    const csv = join(dir, 'ecom.csv');
    writeFileSync(csv, gunzipSync(readFileSync(ECOM_EVENTS)));
    const outcome = await figures.importEvents(csv, { channel: 'acquisition_channel' });
    rmSync(dir, { recursive: true, force: true });
    expect(outcome).toContain('31,106 rows read');
    const after = await api.events.summary();
    expect(after.events).toBeGreaterThan(before.events);

    await figures.panel().getByTestId('funnel-chart').waitFor();
    const measured = stages.filter((s) => s.matchers.length > 0).map((s) => s.id);
    const response = await fetch(`${baseUrl}/api/journeys/${journey.id}/figures`);
    expect(response.status).toBe(200);
    const truth = journeyFiguresSchema.parse(await response.json());
    const expected = measured.map((stageId) => {
      const stage = truth.stages.find((s) => s.stageId === stageId);
      return { stageId, users: stage?.users, conversion: stage?.conversionFromPrevious };
    });
    // The panel reloads its figures after the import; wait until it shows the API's numbers exactly.
    await expect.poll(() => figures.stageFigures(), { timeout: 20_000 }).toEqual(expected);
    const shown = await figures.stageFigures();
    expect(shown[0]?.users).toBeGreaterThan(0);
    expect(shown[0]?.conversion).toBeNull();

    const panel = figures.panel();
    for (const id of ['funnel-chart', 'ttc-histogram', 'channel-table', 'sankey']) {
      await panel.getByTestId(id).waitFor({ timeout: 30_000 });
    }
    expect(await panel.locator('[data-testid="sankey"] path.sankey-link').count()).toBeGreaterThan(0);
    expect(await panel.locator('[data-testid="channel-table"] tbody tr').count()).toBeGreaterThan(0);
    expect(await panel.locator('[data-testid="ttc-histogram"] rect.ttc-bar').count()).toBeGreaterThan(0);
    expect(await panel.locator('[data-testid="funnel-chart"] svg title').first().textContent()).toBe(
      'Funnel',
    );
    await session.screenshot('figures-panel');
    const shot = (name: string) => join(ARTIFACTS_DIR, `${name}.png`);
    await panel.locator('.stage-cards').screenshot({ path: shot('figures-stages') });
    for (const id of ['funnel-chart', 'ttc-histogram', 'channel-table', 'sankey']) {
      await panel.getByTestId(id).screenshot({ path: shot(`figures-${id}`) });
    }
  });

  it('reports bad rows of an import with their row and column', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'waymark-e2e-events-'));
    const file = join(dir, 'bad-rows.csv');
    writeFileSync(
      file,
      [
        'user_id,event,timestamp',
        'e2e-bad-1,home,2024-03-01T10:00:00Z',
        'e2e-bad-2,home,not a time',
        'e2e-bad-3,purchase,2024-03-01T11:00:00Z',
      ].join('\n'),
    );
    const { journey } = await api.journeys.create({
      templateId: 'purchase',
      title: 'Bad rows',
      locale: 'en',
    });
    await session.editor.goto(baseUrl, journey.id);
    const figures = new FiguresPanelPage(session.page);
    await figures.open();
    try {
      const outcome = await figures.importEvents(file, {}, 'skip');
      expect(outcome).toContain('2 events imported');
      const rows = session.page.locator('[data-testid="events-import-errors"] tbody tr');
      expect(await rows.count()).toBe(1);
      const cells = await rows.first().locator('td').allTextContents();
      expect(cells.slice(0, 3)).toEqual(['2', 'timestamp', 'not a time']);
      await session.screenshot('figures-import-errors');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
