import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Locale } from '@waymark/domain';
import { closeRenderer, svgSize, svgToPdf, svgToPng } from './chromium';
import { layoutPrint } from './print/sheets';
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

/** The text of a PDF (of one page when given), extracted by poppler's pdftotext. */
function pdfText(pdf: Buffer, name: string, page?: number): string {
  const file = join(dir, name);
  writeFileSync(file, pdf);
  const pages = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', ['-enc', 'UTF-8', ...pages, file, '-'], { encoding: 'utf8' });
}

/** Page count and the first page's size in whole points, from poppler's pdfinfo. */
function pdfInfo(pdf: Buffer, name: string): { pages: number; width: number; height: number } {
  const file = join(dir, name);
  writeFileSync(file, pdf);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]),
    width: Math.round(Number(size?.[1])),
    height: Math.round(Number(size?.[2])),
  };
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

  it('makes one page the size of the map, or one fitted paper page when asked', async () => {
    const svg = svgFor('en');
    const size = svgSize(svg);
    const poster = pdfInfo(await svgToPdf(svg), 'map.pdf');
    expect(poster.pages).toBe(1);
    // Chromium rounds the page to whole points.
    expect(Math.abs(poster.width - size.width * 0.75)).toBeLessThanOrEqual(1);
    expect(Math.abs(poster.height - size.height * 0.75)).toBeLessThanOrEqual(1);
    const fitted = await svgToPdf(svg, { page: 'a4', orientation: 'portrait', layout: 'fit' });
    expect(pdfInfo(fitted, 'a4-fit.pdf')).toMatchObject({ pages: 1, width: 595, height: 842 });
    expect(pdfText(fitted, 'a4-fit-text.pdf')).toContain('Online store');
  });

  it('tiles a map over A4 and A3 sheets in either orientation, labelled, every card on some sheet', async () => {
    const journey = buildJourney('en', { title: 'Wide store' });
    const wide = renderJourneySvg({ journey, personas: buildPersonas(), options: { stageWidth: 560 } });
    const size = svgSize(wide);
    for (const [page, orientation, width, height] of [
      ['a4', 'landscape', 842, 595],
      ['a4', 'portrait', 595, 842],
      ['a3', 'landscape', 1191, 842],
    ] as const) {
      const pdf = await svgToPdf(wide, { page, orientation });
      const expected = layoutPrint({ map: size, page, orientation });
      const info = pdfInfo(pdf, `${page}-${orientation}.pdf`);
      expect(info).toMatchObject({ pages: expected.sheets.length, width, height });
      expect(expected.sheets.length).toBeGreaterThan(1);
      const first = pdfText(pdf, `${page}-${orientation}.pdf`, 1);
      expect(first).toContain(`Wide store — Page 1 of ${expected.sheets.length} · row 1, column 1`);
      // Tiles may cut a card at their edge (the overlap repeats it); these words sit whole on some sheet.
      const all = pdfText(pdf, `${page}-${orientation}-all.pdf`);
      for (const words of ['Sees an ad', 'Warehouse picks', 'Chat agent', 'Line of internal interaction'])
        expect(all, words).toContain(words);
    }
  });

  it('labels tiles in the map language and numbers right-to-left maps from the right', async () => {
    const journey = buildJourney('fa');
    const svg = renderJourneySvg({ journey, personas: buildPersonas(), options: { stageWidth: 560 } });
    const pdf = await svgToPdf(svg, { page: 'a4' });
    const first = pdfText(pdf, 'fa-tiles.pdf', 1);
    expect(first).toContain('ردیف');
    expect(first).toContain('۱');
    // The lane names stand at the map's right edge, where a right-to-left map starts: on sheet 1 only.
    expect(first).toContain('اقدامات');
    expect(pdfText(pdf, 'fa-tiles.pdf', 2)).not.toContain('اقدامات');
  });

  it('refuses unknown options', async () => {
    await expect(svgToPdf(svgFor('en'), { page: 'a5' } as never)).rejects.toThrow(/page/);
    await expect(svgToPdf(svgFor('en'), { pageSize: 'A4' } as never)).rejects.toThrow(/pageSize/);
  });
});
