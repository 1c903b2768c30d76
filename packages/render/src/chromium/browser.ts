import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { decodeXml } from '../svg/escape';

/**
 * The headless Chromium the exports print with: one browser, launched lazily and reused, and fresh
 * offline pages with JavaScript off (Playwright's own calls still run) on which no request leaves.
 */

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

/** Longest side, in CSS pixels, of a map the renderer draws as PNG or PDF. */
export const MAX_SIDE = 32_000;

/**
 * The map is larger than the renderer draws in that format (a side over `MAX_SIDE`, or a PNG over
 * its pixel limits). The message names the size, the limit and what to export instead.
 */
export class RenderLimitError extends Error {
  override readonly name = 'RenderLimitError';
}

/** Formats a pixel count with thousands separators. */
export function px(n: number): string {
  return `${Math.ceil(n).toLocaleString('en-US')} px`;
}

/** The attributes of an SVG document's root element, or an error naming what was expected. */
function rootOf(svg: string): (name: string) => string | undefined {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0];
  if (root === undefined) throw new Error('svg: expected a document with an <svg> root element');
  return (name) => new RegExp(`\\s${name}="([^"]*)"`).exec(root)?.[1];
}

/**
 * Reads the size of an SVG from its root element; throws naming what was expected, or
 * `RenderLimitError` when a side is over `MAX_SIDE`.
 */
export function svgSize(svg: string): SvgSize {
  const attr = rootOf(svg);
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
    if (!Number.isFinite(v) || v <= 0)
      throw new Error(`svg: expected a numeric ${name} in pixels on the <svg> element, got ${String(v)}`);
  }
  if (width > MAX_SIDE || height > MAX_SIDE) {
    throw new RenderLimitError(
      `the map is ${px(width)} × ${px(height)}, over the ${px(MAX_SIDE)} a side the PNG and PDF renderer draws: export SVG, or PDF on paper (page a4, a3 or letter)`,
    );
  }
  return { width: Math.ceil(width), height: Math.ceil(height) };
}

/** An attribute of the SVG's root element with XML character references decoded (`undefined` when absent). */
export function svgRootAttribute(svg: string, name: string): string | undefined {
  const raw = rootOf(svg)(name);
  return raw === undefined ? undefined : decodeXml(raw);
}

/** The empty page a print is built in; `css` is trusted, built by this package from numbers only. */
function html(css: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>html,body{margin:0;padding:0;background:#fff}svg{display:block}${css}</style></head><body></body></html>`;
}

/**
 * Opens a fresh offline page (`viewport`, `scale` device pixels per CSS pixel) with `css`, runs
 * `work` and closes it. No request leaves the page; JavaScript is off for the page's own content.
 */
export async function withOfflinePage<T>(
  viewport: SvgSize,
  scale: number,
  css: string,
  work: (page: Page) => Promise<T>,
): Promise<T> {
  const context = await (
    await sharedBrowser()
  ).newContext({
    viewport: { width: Math.ceil(viewport.width), height: Math.ceil(viewport.height) },
    deviceScaleFactor: scale,
    offline: true,
    javaScriptEnabled: false,
  });
  try {
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    await page.setContent(html(css));
    return await work(page);
  } finally {
    await context.close();
  }
}

/** Throws the parser's message when the in-page SVG parse reported one. */
export function checkParsed(error: string | null): void {
  if (error !== null) throw new Error(`svg: expected well-formed XML: ${error}`);
}

/** Waits until the page's fonts (system or embedded in the SVG) are loaded. */
export async function fontsReady(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}
