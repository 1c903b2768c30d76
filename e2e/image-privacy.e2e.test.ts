import { createServer, type Server } from 'node:http';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApiClient } from '@waymark/api';
import { ARTIFACTS_DIR, suiteSession } from './fixtures';
import { ExportMenuPage } from './pages/export-menu';

const DOWNLOADS = join(ARTIFACTS_DIR, 'downloads');
/** A 1 × 1 PNG, served by the tracker and uploaded to Waymark. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** A second local server standing for a tracker: it counts every request it gets. */
async function startTracker(): Promise<{ origin: string; hits: string[]; close(): Promise<void> }> {
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    res.writeHead(200, { 'content-type': 'image/png', 'access-control-allow-origin': '*' });
    res.end(PNG);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the tracker has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    hits,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe('a map cannot make its viewer request another host', () => {
  const session = suiteSession();
  const baseUrl = inject('baseUrl');
  const api = createApiClient(baseUrl);
  let tracker: Awaited<ReturnType<typeof startTracker>>;
  let journeyId = '';
  const personaId = 'per_privacy';

  beforeAll(async () => {
    mkdirSync(DOWNLOADS, { recursive: true });
    tracker = await startTracker();
  });
  afterAll(async () => {
    await tracker.close();
  });

  it('refuses the tracker URL in every document field that holds an image', async () => {
    const created = await api.journeys.create({ templateId: 'purchase', title: 'Privacy', locale: 'en' });
    journeyId = created.journey.id;
    const stage = created.journey.stages[0];
    const lane = created.journey.lanes[0];
    if (!stage || !lane) throw new Error('the purchase template has no cells');
    const card = {
      type: 'card' as const,
      id: 'itm_pic',
      stageId: stage.id,
      laneId: lane.id,
      text: 'Picture',
    };
    const tracked = [`${tracker.origin}/card.png`, `//127.0.0.1:${new URL(tracker.origin).port}/card.png`];
    const put = (path: string, body: unknown) =>
      fetch(`${baseUrl}${path}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    for (const image of tracked) {
      const journey = { ...created.journey, items: [{ ...card, image }] };
      const saved = await put(`/api/journeys/${journeyId}`, { journey, baseRevision: created.revision });
      expect(saved.status).toBe(400);
      const persona = await put(`/api/personas/${personaId}`, {
        persona: { id: personaId, name: 'Tracked', avatar: image },
      });
      expect(persona.status).toBe(400);
      const form = new FormData();
      const doc = {
        format: 'waymark.journey/v1',
        journey,
        personas: [{ id: 'p_x', name: 'X', avatar: image }],
      };
      form.set('file', new File([JSON.stringify(doc)], 'old.json', { type: 'application/json' }));
      expect((await fetch(`${baseUrl}/api/import`, { method: 'POST', body: form })).status).toBe(400);
    }

    // The same map with uploaded images is accepted: a card image and an avatar from this origin.
    const upload = await api.images.upload(new File([PNG], 'dot.png', { type: 'image/png' }));
    await api.personas.save(personaId, { persona: { id: personaId, name: 'Uploaded' } });
    await api.personas.uploadAvatar(personaId, { file: new File([PNG], 'me.png', { type: 'image/png' }) });
    await api.journeys.save(journeyId, {
      journey: { ...created.journey, personaIds: [personaId], items: [{ ...card, image: upload.url }] },
      baseRevision: created.revision,
    });
  });

  it('opens the editor, the personas page and every export with no request leaving this origin', async () => {
    const { page } = session;
    const foreign: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== new URL(baseUrl).origin && !request.url().startsWith('data:')) {
        foreign.push(request.url());
      }
    });
    await session.editor.goto(baseUrl, journeyId);
    const img = page.getByTestId('item-card').locator('img.item-image').first();
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(1);
    expect(new URL(await img.evaluate((el: HTMLImageElement) => el.src)).origin).toBe(
      new URL(baseUrl).origin,
    );

    const menu = new ExportMenuPage(page);
    for (const format of ['svg', 'svg-client', 'png', 'pdf']) {
      const { path } = await menu.download(format, DOWNLOADS);
      if (format.startsWith('svg')) {
        const svg = readFileSync(path, 'utf8');
        expect(svg).toContain(`data:image/png;base64,${PNG.toString('base64')}`);
        expect(svg).not.toContain('/api/images/');
        expect(svg).not.toContain('127.0.0.1');
      }
    }

    await page.goto(`${baseUrl}/#/personas`);
    const avatar = page.locator(`[data-persona-id="${personaId}"] img.persona-avatar`);
    await expect
      .poll(() => avatar.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth))
      .toBe(1);

    expect(foreign).toEqual([]);
    // The tracker counts what reaches it (checked with one request of our own): nothing else did.
    await fetch(`${tracker.origin}/control`);
    expect(tracker.hits).toEqual(['GET /control']);
  });
});
