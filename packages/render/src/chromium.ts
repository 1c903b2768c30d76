/**
 * PNG and PDF export of rendered SVG maps with headless Chromium (node only: import it as
 * `@waymark/render/chromium`, never from browser code). One browser is launched lazily and reused;
 * call `closeRenderer()` when done, or the process keeps Chromium alive.
 */
export { CHROMIUM_ARGS, MAX_SIDE, RenderLimitError, closeRenderer, svgSize } from './chromium/browser';
export type { SvgSize } from './chromium/browser';
export { PNG_MAX_PIXELS, PNG_MAX_SIDE, pngOptionsSchema, pngScaleFor, svgToPng } from './chromium/png';
export type { PngOptions } from './chromium/png';
export { svgToPdf } from './chromium/pdf';
export { MAX_SHEETS, PrintLayoutError } from './print/sheets';
