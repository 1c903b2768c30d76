import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { createApiClient } from '@waymark/api';
import { ARTIFACTS_DIR, suiteSession } from './fixtures';
import { ExportMenuPage } from './pages/export-menu';

const THAI_TITLE = 'แผนที่การเดินทางของลูกค้าออนไลน์';
const HOSTILE = '<img src=x onerror=alert(1)>';
const DOWNLOADS = join(ARTIFACTS_DIR, 'downloads');

/** The text pdftotext finds in a PDF, with whitespace runs collapsed. */
function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

describe('exports', () => {
  const session = suiteSession();
  let journeyId = '';
  const baseUrl = inject('baseUrl');
  const api = createApiClient(baseUrl);

  beforeAll(async () => {
    mkdirSync(DOWNLOADS, { recursive: true });
    const created = await api.journeys.create({ templateId: 'purchase', title: THAI_TITLE, locale: 'th' });
    const { journey } = created;
    const stage = journey.stages[0];
    const lane = journey.lanes.find((l) => l.kind === 'actions');
    if (!stage || !lane) throw new Error('the purchase template has no actions lane');
    const card = {
      type: 'card' as const,
      id: 'itm_hostile',
      stageId: stage.id,
      laneId: lane.id,
      text: HOSTILE,
      tags: [],
      evidence: [],
    };
    await api.journeys.save(journey.id, {
      journey: { ...journey, items: [...journey.items, card] },
      baseRevision: created.revision,
    });
    journeyId = journey.id;
  });

  it('exports a PDF whose text holds the Thai title and the card as literal text', async () => {
    await session.editor.goto(baseUrl, journeyId);
    const menu = new ExportMenuPage(session.page);
    const { path, name } = await menu.download('pdf', DOWNLOADS);
    expect(name).toBe(`${THAI_TITLE}.pdf`);
    expect(readFileSync(path).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(path);
    expect(text).toContain(THAI_TITLE);
    expect(text).toContain(HOSTILE);
    expect(session.dialogs).toEqual([]);
  });

  it('exports an A4 portrait PDF tiled over several labelled sheets from the menu', async () => {
    const created = await api.journeys.create({ templateId: 'purchase', title: 'Tiled on A4' });
    await session.editor.goto(baseUrl, created.journey.id);
    const menu = new ExportMenuPage(session.page);
    await menu.choosePaper('a4', 'portrait', 'tiled');
    await session.screenshot('export-menu-a4');
    const { path, name } = await menu.download('pdf', DOWNLOADS);
    expect(name).toMatch(/^Tiled.on.A4\.pdf$/);
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    expect(pages).toBeGreaterThan(1);
    // A4 portrait: 595 x 842 points, taller than wide.
    expect(info).toMatch(/Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
    const text = pdfText(path);
    for (let page = 1; page <= pages; page++) expect(text).toContain(`Page ${page} of ${pages} · row`);
    expect(text).toContain('Tiled on A4');

    // Back to the poster: one page, no sheet labels.
    await menu.choosePaper('poster');
    const poster = await menu.download('pdf', DOWNLOADS);
    const posterInfo = execFileSync('pdfinfo', [poster.path], { encoding: 'utf8' });
    expect(posterInfo).toMatch(/^Pages:\s+1$/m);
    expect(pdfText(poster.path)).not.toContain('Page 1 of');
  });

  it('exports SVG (server and browser) with the card escaped and no <img element', async () => {
    await session.editor.goto(baseUrl, journeyId);
    const menu = new ExportMenuPage(session.page);
    for (const format of ['svg', 'svg-client']) {
      const { path, name } = await menu.download(format, DOWNLOADS);
      expect(name).toBe(`${THAI_TITLE}.svg`);
      const svg = readFileSync(path, 'utf8');
      expect(svg).toMatch(/^(<\?xml[^>]*>\s*)?<svg[\s>]/);
      expect(svg).toContain(THAI_TITLE);
      expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(svg).not.toMatch(/<img\b/i);
      // No element carries an event handler attribute (the text itself may say "onerror").
      expect(svg).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
    }
    expect(session.dialogs).toEqual([]);
  });

  it('exports a PNG drawn from the same escaped SVG, and the data formats', async () => {
    await session.editor.goto(baseUrl, journeyId);
    const menu = new ExportMenuPage(session.page);
    const png = await menu.download('png', DOWNLOADS);
    expect(png.name).toBe(`${THAI_TITLE}.png`);
    const bytes = readFileSync(png.path);
    expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    // The PNG is the server's SVG rasterised; that SVG carries the card only as escaped text.
    const svg = await (await fetch(`${baseUrl}/api/journeys/${journeyId}/export/svg`)).text();
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(svg).not.toMatch(/<img\b/i);
    // Open the PNG in the browser: it decodes and runs nothing.
    const size = await session.page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      return img.naturalWidth * img.naturalHeight;
    }, bytes.toString('base64'));
    expect(size).toBeGreaterThan(100_000);

    const json = await menu.download('json', DOWNLOADS);
    expect(json.name).toBe(`${THAI_TITLE}.json`);
    expect(readFileSync(json.path, 'utf8')).toContain(JSON.stringify(HOSTILE).slice(1, -1));
    const md = await menu.download('md', DOWNLOADS);
    expect(md.name).toBe(`${THAI_TITLE}.md`);
    const xlsx = await menu.download('xlsx', DOWNLOADS);
    expect(readFileSync(xlsx.path).subarray(0, 2).toString('latin1')).toBe('PK');

    // The card shows as text in the editor too.
    expect(await session.page.getByText(HOSTILE, { exact: true }).count()).toBeGreaterThan(0);
    await session.page.getByTestId('export-button').click();
    await session.screenshot('export-menu');
    expect(session.dialogs).toEqual([]);
  });
});
