import { z } from 'zod';

/**
 * How a map is printed to PDF: the one description the renderer, the HTTP export and the CLI share.
 * Print options are not part of the journey document; they live here because every layer that names
 * them may import the domain.
 */

/** `poster`: one page exactly the map's size. `a4`, `a3`, `letter`: that paper. */
export const pdfPageSchema = z.enum(['poster', 'a4', 'a3', 'letter']);
export type PdfPage = z.infer<typeof pdfPageSchema>;

/** Paper orientation (the poster has none). */
export const pdfOrientationSchema = z.enum(['landscape', 'portrait']);
export type PdfOrientation = z.infer<typeof pdfOrientationSchema>;

/** On paper: `tiled` over as many sheets as a legible scale needs, or `fit` shrunk onto one. */
export const pdfLayoutSchema = z.enum(['tiled', 'fit']);
export type PdfLayout = z.infer<typeof pdfLayoutSchema>;

/** Options of a PDF export; every field optional: poster, or landscape and tiled on paper. */
export const pdfOptionsSchema = z.strictObject({
  page: pdfPageSchema.optional(),
  orientation: pdfOrientationSchema.optional(),
  layout: pdfLayoutSchema.optional(),
});
export type PdfOptions = z.infer<typeof pdfOptionsSchema>;
