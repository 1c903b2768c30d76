import { z } from 'zod';
import { RenderLimitError, checkParsed, fontsReady, px, svgSize, withOfflinePage } from './browser';

/** Longest side of a PNG, in device pixels (Chromium's screenshot limit). */
export const PNG_MAX_SIDE = 16_384;
/** Most pixels of a PNG (64 million: 256 MB of RGBA while it is captured). */
export const PNG_MAX_PIXELS = 64_000_000;

/**
 * The largest scale, at most `wanted`, at which a map of `size` fits the PNG limits (it may be
 * under 1: `svgToPng` then refuses the map).
 */
export function pngScaleFor(size: { width: number; height: number }, wanted: number): number {
  const bySide = PNG_MAX_SIDE / Math.max(size.width, size.height);
  const byArea = Math.sqrt(PNG_MAX_PIXELS / (size.width * size.height));
  return Math.min(wanted, bySide, byArea);
}

/** Options of `svgToPng`. */
export const pngOptionsSchema = z.object({
  /** Device pixel ratio: 2 gives a PNG twice the SVG's size in each direction (0.25..4, default 1). */
  scale: z.number().min(0.25).max(4).optional(),
});
export type PngOptions = z.infer<typeof pngOptionsSchema>;

/**
 * Rasterises an SVG document to PNG bytes at `scale` times its pixel size; throws
 * `RenderLimitError` past `PNG_MAX_SIDE` or `PNG_MAX_PIXELS` (see `pngScaleFor`). The SVG is parsed as XML
 * (a malformed document is an error, not a silently repaired one).
 */
export async function svgToPng(svg: string, options: PngOptions = {}): Promise<Buffer> {
  const { scale = 1 } = pngOptionsSchema.parse(options);
  const size = svgSize(svg);
  if (pngScaleFor(size, scale) < scale) {
    throw new RenderLimitError(
      `the map is ${px(size.width)} × ${px(size.height)}, over the PNG limits at scale ${scale} (${px(PNG_MAX_SIDE)} a side, ${PNG_MAX_PIXELS / 1e6} million pixels): export SVG, or PDF on paper (page a4, a3 or letter)`,
    );
  }
  return withOfflinePage(size, scale, '', async (page) => {
    checkParsed(
      await page.evaluate((source) => {
        const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
        const problem = doc.getElementsByTagName('parsererror')[0];
        if (problem !== undefined) return problem.textContent ?? 'parse error';
        document.body.appendChild(document.importNode(doc.documentElement, true));
        return null;
      }, svg),
    );
    await fontsReady(page);
    return page.screenshot({ type: 'png', clip: { x: 0, y: 0, ...size }, omitBackground: false });
  });
}
