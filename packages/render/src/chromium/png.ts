import { z } from 'zod';
import { checkParsed, fontsReady, svgSize, withOfflinePage } from './browser';

/** Options of `svgToPng`. */
export const pngOptionsSchema = z.object({
  /** Device pixel ratio: 2 gives a PNG twice the SVG's size in each direction (0.25..4, default 1). */
  scale: z.number().min(0.25).max(4).optional(),
});
export type PngOptions = z.infer<typeof pngOptionsSchema>;

/**
 * Rasterises an SVG document to PNG bytes at `scale` times its pixel size. The SVG is parsed as XML
 * (a malformed document is an error, not a silently repaired one).
 */
export async function svgToPng(svg: string, options: PngOptions = {}): Promise<Buffer> {
  const { scale = 1 } = pngOptionsSchema.parse(options);
  const size = svgSize(svg);
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
