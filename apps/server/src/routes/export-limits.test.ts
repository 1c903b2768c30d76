import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MAX_SIDE,
  PNG_MAX_PIXELS,
  PNG_MAX_SIDE,
  RenderLimitError,
  pngScaleFor,
  svgSize,
  svgToPng,
} from '@waymark/render/chromium';
import { renderJourneySvg } from '@waymark/render';
import { errorOf, openTestApp } from '../test/harness';
import type { TestApp } from '../test/harness';

/**
 * PNG and PDF exports of a map larger than the renderer draws are a 422 with one line naming the
 * size, the limit and what to export instead, answered before Chromium starts; SVG still exports.
 */

let t: TestApp;
let wideId: string;
let width: number;

beforeAll(async () => {
  t = await openTestApp();
  const stored = await t.client.journeys.get('demo-purchase');
  const [stage] = stored.journey.stages;
  if (!stage) throw new Error('the demo map has no stage');
  const stages = Array.from({ length: 160 }, (_, i) => ({
    ...stage,
    id: `stg_wide_${i}`,
    name: `Stage ${i}`,
  }));
  const copy = await t.client.journeys.duplicate('demo-purchase', { title: 'Very wide map' });
  const journey = { ...copy.journey, stages, items: [], dividers: [] };
  const saved = await t.client.journeys.save(copy.journey.id, { journey, baseRevision: copy.revision });
  wideId = saved.journey.id;
  const svg = renderJourneySvg({ journey: saved.journey, personas: [] });
  width = Number(/<svg\b[^>]*\swidth="([^"]+)"/.exec(svg)?.[1]);
}, 120_000);
afterAll(async () => {
  await t.close();
});

describe('exports over the renderer limits', () => {
  it('builds a map wider than the renderer limit', () => {
    expect(width).toBeGreaterThan(MAX_SIDE);
    expect(() => svgSize(`<svg width="${width}" height="900">`)).toThrow(RenderLimitError);
  });

  it.each(['png', 'pdf'])('answers 422 to %s with one line, quickly', async (format) => {
    const started = Date.now();
    const res = await t.app.request(`http://localhost/api/journeys/${wideId}/export/${format}`);
    expect(res.status).toBe(422);
    const error = await errorOf(res);
    expect(error).toMatchObject({ code: 'too_large_to_render', path: 'params.format' });
    expect(error.message).toMatch(
      /^the map is [\d,]+ px × [\d,]+ px, over the 32,000 px a side the PNG and PDF renderer draws: export SVG, or PDF on paper \(page a4, a3 or letter\)$/,
    );
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('still exports the map as SVG', async () => {
    const res = await t.app.request(`http://localhost/api/journeys/${wideId}/export/svg`);
    expect(res.status).toBe(200);
  });

  it('lowers the PNG scale for a large map, and refuses a PNG over its limits before rendering', async () => {
    expect(pngScaleFor({ width: 2000, height: 1000 }, 2)).toBe(2);
    expect(pngScaleFor({ width: 10_000, height: 1000 }, 2)).toBeCloseTo(PNG_MAX_SIDE / 10_000);
    expect(pngScaleFor({ width: 10_000, height: 10_000 }, 2)).toBeCloseTo(Math.sqrt(PNG_MAX_PIXELS) / 10_000);
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="20000" height="500"></svg>';
    await expect(svgToPng(svg, { scale: 1 })).rejects.toThrow(RenderLimitError);
    await expect(svgToPng(svg, { scale: 1 })).rejects.toThrow(
      'the map is 20,000 px × 500 px, over the PNG limits at scale 1 (16,384 px a side, 64 million pixels): export SVG, or PDF on paper (page a4, a3 or letter)',
    );
  });
});
