import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiClient } from '@waymark/api';
import {
  journeyAttributionQuery,
  journeyFiguresSchema,
  journeyTimeToConvertQuery,
  measuredStages,
} from '@waymark/domain';
import type { WaymarkTestServer } from '../scripts/test-servers/waymark';
import { startWaymark } from '../scripts/test-servers/waymark';
import { ARTIFACTS_DIR, launchBrowser } from './fixtures';
import { FiguresPanelPage } from './pages/figures-panel';
import { MapEditorPage } from './pages/map-editor-page';

/** The demo map and the events the server seeds it with (apps/server/src/demo/seed.ts). */
const DEMO_JOURNEY_ID = 'demo-purchase';
const ROOT = join(import.meta.dirname, '..');
const DEMO_EVENTS = join(ROOT, 'apps', 'server', 'demo', 'ecom.csv.gz');
const DEMO_COLUMNS = ['--user', 'user_id', '--channel', 'acquisition_channel', '--session', 'session_id'];

/** Runs the real `waymark` binary; resolves with its stdout, failing on a non-zero exit. */
function waymark(args: readonly string[], dataDir: string, cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [join(ROOT, 'apps', 'cli', 'bin', 'waymark.js'), ...args],
      {
        cwd,
        env: { ...process.env, WAYMARK_DATA: dataDir, DATABASE_URL: '', CLICKHOUSE_URL: '' },
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) =>
        error ? reject(new Error(`${args.join(' ')}: ${stderr}`)) : resolve(stdout),
    );
  });
}

/** The whole numbers in a text as the English UI writes them ("1,234 users ..." → [1234]). */
function numbersIn(text: string): number[] {
  return [...text.matchAll(/\d[\d,]*/g)].map((m) => Number(m[0].replace(/,/g, '')));
}

/**
 * One truth per figure: the demo map on a server of its own (so no other spec's imports are in its
 * store) gives the same figures through the API, the real CLI on the same events file, and the figures
 * panel in Chromium; and every figure that names the last stage ("Advocacy") shows one number.
 */
describe('figures agree across the API, the CLI and the browser', () => {
  let server: WaymarkTestServer;
  let browser: Browser;
  let dir = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'waymark-e2e-agree-'));
    [server, browser] = await Promise.all([startWaymark({ NODE_ENV: 'production' }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it(
    'shows the same stage figures, conversions and attribution everywhere, one number for Advocacy',
    async () => {
      const api = createApiClient(server.url);
      const { journey } = await api.journeys.get(DEMO_JOURNEY_ID);
      const measured = measuredStages(journey);
      expect(measured.at(-1)?.name).toBe('Advocacy');

      // The API: stage figures, time to convert and attribution, from the domain's journey queries.
      const response = await fetch(`${server.url}/api/journeys/${DEMO_JOURNEY_ID}/figures`);
      expect(response.status).toBe(200);
      const figures = journeyFiguresSchema.parse(await response.json());
      const apiUsers = measured.map((stage) => figures.stages.find((s) => s.stageId === stage.id)?.users);
      const ttcQuery = journeyTimeToConvertQuery(journey);
      const attributionQuery = journeyAttributionQuery(journey);
      if (!ttcQuery || !attributionQuery) throw new Error('the demo map measures fewer than two stages');
      const ttc = await api.analytics.timeToConvert(ttcQuery);
      const attribution = await api.analytics.attribution(attributionQuery);
      const advocacy = apiUsers.at(-1) ?? -1;
      expect(advocacy).toBeGreaterThan(0);
      expect(ttc.conversions).toBe(advocacy);
      expect(attribution.conversions).toBe(advocacy);

      // The CLI: the same map (exported from the API, imported into a data directory of its own) on
      // the same events file the server was seeded with.
      const data = join(dir, 'data');
      const exported = await fetch(`${server.url}/api/journeys/${DEMO_JOURNEY_ID}/export/json`);
      writeFileSync(join(dir, 'demo.json'), await exported.text());
      await waymark(['import', 'demo.json'], data, dir);
      const cliJourney = JSON.parse(
        await waymark(
          ['analyze', 'journey', DEMO_JOURNEY_ID, '--events', DEMO_EVENTS, ...DEMO_COLUMNS, '--json'],
          data,
          dir,
        ),
      ) as {
        users: number;
        converted: number;
        stages: { stageId: string; users: number; measured: boolean }[];
      };
      const cliAttribution = JSON.parse(
        await waymark(
          [
            'analyze',
            'attribution',
            '--journey',
            DEMO_JOURNEY_ID,
            '--events',
            DEMO_EVENTS,
            ...DEMO_COLUMNS,
            '--json',
          ],
          data,
          dir,
        ),
      ) as { conversions: number; unattributed: number; channels: { channel: string; linear: number }[] };
      expect(measured.map((stage) => cliJourney.stages.find((s) => s.stageId === stage.id)?.users)).toEqual(
        apiUsers,
      );
      expect(cliJourney.users).toBe(figures.totalUsers);
      expect(cliJourney.converted).toBe(advocacy);
      expect(cliAttribution.conversions).toBe(attribution.conversions);
      expect(cliAttribution.unattributed).toBe(attribution.unattributed);
      expect(cliAttribution.channels.map((c) => c.channel)).toEqual(
        attribution.channels.map((c) => c.channel),
      );
      for (const [i, row] of cliAttribution.channels.entries()) {
        expect(row.linear).toBeCloseTo(attribution.channels[i]?.linear ?? -1, 9);
      }

      // The browser: the figures panel of the demo map in Chromium.
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
      try {
        const page = await context.newPage();
        const editor = new MapEditorPage(page);
        await editor.goto(server.url, DEMO_JOURNEY_ID);
        await expect
          .poll(() => editor.headerFigures().then((f) => f.length), { timeout: 30_000 })
          .toBe(measured.length);
        expect((await editor.headerFigures()).map((f) => f.users)).toEqual(apiUsers);
        const panel = new FiguresPanelPage(page);
        await panel.open();
        await expect
          .poll(() => panel.stageFigures().then((f) => f.map((s) => s.users)), { timeout: 30_000 })
          .toEqual(apiUsers);
        const root = panel.panel();
        for (const id of ['funnel-chart', 'ttc-histogram', 'channel-table']) {
          await root.getByTestId(id).waitFor({ timeout: 30_000 });
        }
        const funnelCaption = await root.locator('[data-testid="funnel-chart"] figcaption').innerText();
        const ttcCaption = await root.locator('[data-testid="ttc-histogram"] figcaption').innerText();
        const channelCaption = await root.locator('[data-testid="channel-table"] caption').innerText();
        // "{first} users entered the journey and {last} reached its last stage (…)."
        expect(numbersIn(funnelCaption).slice(0, 2)).toEqual([apiUsers[0], advocacy]);
        // "{conversions} conversions from … to Advocacy; …"
        expect(numbersIn(ttcCaption)[0]).toBe(advocacy);
        // "{conversions} users completed the journey, {unattributed} of them without a channel touch …"
        expect(numbersIn(channelCaption).slice(0, 2)).toEqual([advocacy, attribution.unattributed]);
        expect(channelCaption).toContain('users completed the journey');
        const shownChannels = await root
          .locator('[data-testid="channel-table"] tbody th[scope="row"]')
          .allInnerTexts();
        expect(shownChannels.sort()).toEqual(attribution.channels.map((c) => c.channel).sort());
        mkdirSync(ARTIFACTS_DIR, { recursive: true });
        await page.screenshot({ path: join(ARTIFACTS_DIR, 'figures-agree.png'), fullPage: true });
      } finally {
        await context.close();
      }
    },
    // A server, the CLI twice and a browser: minutes on a busy machine.
    600_000,
  );
});
