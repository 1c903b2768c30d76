/**
 * Font embedding for exported SVG (node only: import it as `@waymark/render/fonts`; it reads font
 * files and runs HarfBuzz in WebAssembly).
 */
export { embedFonts, embeddedName } from './fonts/embed-fonts';
export { EMBEDDED_FAMILIES } from './fonts/faces';
export type { FontFamily, FaceFile, Variant } from './fonts/faces';
