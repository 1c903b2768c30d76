/**
 * @waymark/render: journey maps as SVG, pure and DOM-free, for the browser and Node.
 * PNG and PDF export lives in the node-only subpath `@waymark/render/chromium`.
 */
export { renderJourneySvg, renderInputSchema, renderOptionsSchema } from './svg/render-journey-svg';
export type { RenderJourneyInput, RenderOptions } from './svg/render-journey-svg';
export { escapeXml, safeColor, safeImageHref, stripInvalidXmlChars } from './svg/escape';
export { measureText } from './svg/text-measure';
export { wrapText } from './svg/text-wrap';
export type { WrapOptions } from './svg/text-wrap';
export { FONT_FAMILY } from './svg/theme';
export { ICON_PATHS, ICON_STROKE, iconMark } from './svg/icons';
export type { IconMark } from './svg/icons';
