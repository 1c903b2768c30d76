/**
 * PNG and PDF export of rendered SVG maps with headless Chromium (node only: import it as
 * `@waymark/render/chromium`, never from browser code). One browser is launched lazily and reused;
 * call `closeRenderer()` when done, or the process keeps Chromium alive.
 */
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext } from 'playwright-core';
import { z } from 'zod';

/** Chromium flags for a headless, quiet run on a shared machine (also used by the browser tests). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

let browser: Promise<Browser> | undefined;

/** The shared browser, launched on first use from `CHROMIUM_PATH` or /usr/bin/chromium. */
function sharedBrowser(): Promise<Browser> {
  if (browser === undefined) {
    const launching = chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
      headless: true,
    });
    browser = launching;
    launching.then(
      (b) =>
        b.on('disconnected', () => {
          if (browser === launching) browser = undefined;
        }),
      () => {
        if (browser === launching) browser = undefined;
      },
    );
  }
  return browser;
}

/** Closes the shared browser, if one was launched. Safe to call more than once. */
export async function closeRenderer(): Promise<void> {
  const current = browser;
  browser = undefined;
  if (current !== undefined) await (await current).close();
}

/** Pixel size of an SVG document, read from the root element's width and height (or viewBox). */
export interface SvgSize {
  width: number;
  height: number;
}

const MAX_SIDE = 32_000;

/** Reads the size of an SVG from its root element; throws naming what was expected. */
export function svgSize(svg: string): SvgSize {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0];
  if (root === undefined) throw new Error('svg: expected a document with an <svg> root element');
  const attr = (name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(root)?.[1];
  const box = attr('viewBox')
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  const width = Number(attr('width') ?? box?.[2]);
  const height = Number(attr('height') ?? box?.[3]);
  for (const [name, v] of [
    ['width', width],
    ['height', height],
  ] as const) {
    if (!Number.isFinite(v) || v <= 0 || v > MAX_SIDE)
      throw new Error(
        `svg: expected a numeric ${name} in pixels (1..${MAX_SIDE}) on the <svg> element, got ${String(v)}`,
      );
  }
  return { width: Math.ceil(width), height: Math.ceil(height) };
}

/** The empty page the SVG is placed in; `css` is trusted, built here from numbers only. */
function html(css: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>html,body{margin:0;padding:0;background:#fff}svg{display:block}${css}</style></head><body></body></html>`;
}

/**
 * Opens a fresh offline page sized to the SVG, with the SVG parsed as XML (a malformed document is an
 * error, not a silently repaired one) and fonts loaded. No request leaves the page.
 */
async function withPage<T>(
  svg: string,
  scale: number,
  css: string,
  work: (ctx: BrowserContext, size: SvgSize) => Promise<T>,
): Promise<T> {
  const size = svgSize(svg);
  const context = await (
    await sharedBrowser()
  ).newContext({
    viewport: size,
    deviceScaleFactor: scale,
    offline: true,
    javaScriptEnabled: false,
  });
  try {
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    await page.setContent(html(css));
    const error = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
      const problem = doc.getElementsByTagName('parsererror')[0];
      if (problem !== undefined) return problem.textContent ?? 'parse error';
      document.body.appendChild(document.importNode(doc.documentElement, true));
      return null;
    }, svg);
    if (error !== null) throw new Error(`svg: expected well-formed XML: ${error}`);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return await work(context, size);
  } finally {
    await context.close();
  }
}

/** Options of `svgToPng`. */
export const pngOptionsSchema = z.object({
  /** Device pixel ratio: 2 gives a PNG twice the SVG's size in each direction (0.25..4, default 1). */
  scale: z.number().min(0.25).max(4).optional(),
});
export type PngOptions = z.infer<typeof pngOptionsSchema>;

/** Rasterises an SVG document to PNG bytes at `scale` times its pixel size. */
export async function svgToPng(svg: string, options: PngOptions = {}): Promise<Buffer> {
  const { scale = 1 } = pngOptionsSchema.parse(options);
  return withPage(svg, scale, '', async (context, size) => {
    const page = context.pages()[0];
    if (page === undefined) throw new Error('svgToPng: page closed unexpectedly');
    return page.screenshot({ type: 'png', clip: { x: 0, y: 0, ...size }, omitBackground: false });
  });
}

/** Paper sizes in CSS pixels (96 per inch), landscape; turned to portrait for maps taller than wide. */
const PAPER: Record<'A4' | 'A3' | 'Letter', SvgSize> = {
  A4: { width: 1123, height: 794 },
  A3: { width: 1587, height: 1123 },
  Letter: { width: 1056, height: 816 },
};

/** Options of `svgToPdf`. */
export const pdfOptionsSchema = z.object({
  /** `map` (default): one page exactly the map's size. A paper size: the map scaled to fit one page, landscape or portrait after the map's shape. */
  pageSize: z.enum(['map', 'A4', 'A3', 'Letter']).optional(),
});
export type PdfOptions = z.infer<typeof pdfOptionsSchema>;

/**
 * Prints an SVG document to a one-page PDF with vector shapes and real, extractable text (fonts are
 * embedded by Chromium), backgrounds included.
 */
export async function svgToPdf(svg: string, options: PdfOptions = {}): Promise<Buffer> {
  const { pageSize = 'map' } = pdfOptionsSchema.parse(options);
  const size = svgSize(svg);
  const sheet = pageSize === 'map' ? size : PAPER[pageSize];
  const portrait = pageSize !== 'map' && size.height > size.width;
  const paper = portrait ? { width: sheet.height, height: sheet.width } : sheet;
  const fit = Math.min(1, paper.width / size.width, paper.height / size.height);
  const css = `@page{size:${paper.width}px ${paper.height}px;margin:0}`;
  return withPage(svg, 1, css, async (context) => {
    const page = context.pages()[0];
    if (page === undefined) throw new Error('svgToPdf: page closed unexpectedly');
    return page.pdf({
      width: `${paper.width}px`,
      height: `${paper.height}px`,
      printBackground: true,
      pageRanges: '1',
      scale: Math.max(0.1, fit),
      margin: { top: '0', right: '0', bottom: '0', left: '0' },
    });
  });
}
