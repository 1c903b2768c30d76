import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Locale } from '@waymark/domain';
import { closeRenderer, svgSize, svgToPdf, svgToPng } from './chromium';
import { renderJourneySvg } from './svg/render-journey-svg';
import { buildFigures, buildJourney, buildPersonas } from './test-support/journey-factory';

const dir = mkdtempSync(join(tmpdir(), 'waymark-render-'));

afterAll(async () => {
  await closeRenderer();
  rmSync(dir, { recursive: true, force: true });
});

function svgFor(locale: Locale): string {
  const journey = buildJourney(locale);
  return renderJourneySvg({ journey, personas: buildPersonas(), figures: buildFigures(journey) });
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

function pdfText(pdf: Buffer, name: string): string {
  const file = join(dir, name);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

describe('svgToPng', () => {
  it('renders a valid PNG of the SVG size, scaled on request', async () => {
    const svg = svgFor('th');
    const size = svgSize(svg);
    expect(pngSize(await svgToPng(svg))).toEqual(size);
    expect(pngSize(await svgToPng(svg, { scale: 2 }))).toEqual({
      width: size.width * 2,
      height: size.height * 2,
    });
  });

  it('refuses malformed SVG and SVG without a size', async () => {
    await expect(
      svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><g></svg>'),
    ).rejects.toThrow(/well-formed/);
    await expect(svgToPng('<svg xmlns="http://www.w3.org/2000/svg"></svg>')).rejects.toThrow(/numeric width/);
    await expect(svgToPng('<svg/>', { scale: 9 })).rejects.toThrow(/scale/);
  });

  it('relaunches the browser after closeRenderer', async () => {
    await closeRenderer();
    const png = await svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"/>');
    expect(pngSize(png)).toEqual({ width: 20, height: 10 });
  });
});

describe('svgToPdf', () => {
  it('keeps Thai, Chinese and Persian as extractable text', async () => {
    const thai = pdfText(await svgToPdf(svgFor('th')), 'th.pdf');
    expect(thai).toContain('ร้านค้าออนไลน์');
    expect(thai).toContain('ค่าจัดส่ง');
    const chinese = pdfText(await svgToPdf(svgFor('zh-TW')), 'zh.pdf');
    expect(chinese).toContain('線上商店');
    expect(chinese).toContain('服務藍圖');
    const persian = pdfText(await svgToPdf(svgFor('fa')), 'fa.pdf');
    expect(persian).toContain('فروشگاه');
    expect(persian).toContain('پرداخت');
  });

  it('makes one page the size of the map, or a paper page when asked', async () => {
    const svg = svgFor('en');
    const size = svgSize(svg);
    const mapFile = join(dir, 'map.pdf');
    writeFileSync(mapFile, await svgToPdf(svg));
    const info = execFileSync('pdfinfo', [mapFile], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+1\n/);
    const pts = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
    // Chromium rounds the page to whole points.
    expect(Math.abs(Number(pts?.[1]) - size.width * 0.75)).toBeLessThanOrEqual(1);
    expect(Math.abs(Number(pts?.[2]) - size.height * 0.75)).toBeLessThanOrEqual(1);
    const a4File = join(dir, 'a4.pdf');
    writeFileSync(a4File, await svgToPdf(svg, { pageSize: 'A4' }));
    const a4 = execFileSync('pdfinfo', [a4File], { encoding: 'utf8' });
    expect(a4).toMatch(/Pages:\s+1\n/);
    // The sample map is taller than wide, so the page is portrait.
    expect(a4).toMatch(/Page size:\s+595\.\d* x 842\.\d* pts/);
    expect(pdfText(await svgToPdf(svg, { pageSize: 'A4' }), 'a4-text.pdf')).toContain('Online store');
  });
});
