import { z } from 'zod';

/**
 * The review records of this package as zod schemas, every type derived with `z.infer`: formats, one
 * review, themes, the summary and the CLI contract.
 */

/** The review export layouts the reader knows; also the `format` the CLI reports. */
export const reviewFormatSchema = z.enum(['google-play', 'app-store', 'trustpilot', 'csv']);
export type ReviewFormat = z.infer<typeof reviewFormatSchema>;

/** `--format`: a layout, or `auto` to detect it (JSON is App Store, else from the header row). */
export const reviewFormatOptionSchema = z.enum(['auto', ...reviewFormatSchema.options]);
export type ReviewFormatOption = z.infer<typeof reviewFormatOptionSchema>;

/** A star rating, 1 to 5: the sentiment signal of a review. */
export const starRatingSchema = z.number().int().min(1).max(5);

/** One review as read from an export. */
export const reviewSchema = z.strictObject({
  /** Row in the file (header is row 1), or the 1-based position in a JSON file. */
  row: z.number().int().min(1),
  id: z.string().optional(),
  rating: starRatingSchema,
  title: z.string(),
  text: z.string(),
  /** ISO 639-1 code detected from the title and text (`zh` for Chinese), or `und`. */
  language: z.string(),
  /** The language the export states (Google Play's Reviewer Language, Trustpilot's Review Language). */
  declaredLanguage: z.string().optional(),
  /** When the review was written, as the export writes it. */
  date: z.string().optional(),
  /** App Store territory (ISO 3166-1 alpha-3, e.g. `THA`). */
  territory: z.string().optional(),
  appVersion: z.string().optional(),
});
export type Review = z.infer<typeof reviewSchema>;

/** A theme found in the reviews of one language. */
export const themeSchema = z.strictObject({
  language: z.string(),
  /** The term that defines the theme (every review of the theme contains it), or a pair containing it. */
  label: z.string(),
  /** The theme's top terms by c-TF-IDF, label first. */
  terms: z.array(z.string()),
  /** Reviews in the theme (each review belongs to at most one theme). */
  reviews: z.number().int().min(1),
  meanRating: z.number(),
  /** Verbatim sentences of the theme's reviews that contain its term. */
  quotes: z.array(z.string()),
});
export type Theme = z.infer<typeof themeSchema>;

/** Options of the review summary. */
export const reviewOptionsSchema = z.strictObject({
  format: reviewFormatOptionSchema.default('auto'),
  /** Most themes reported per language. */
  maxThemes: z.number().int().min(0).max(100).default(10),
  /** Fewest reviews a theme must gather. */
  minThemeReviews: z.number().int().min(1).max(1000).default(2),
  quotesPerTheme: z.number().int().min(0).max(20).default(3),
});
export type ReviewOptions = z.infer<typeof reviewOptionsSchema>;
export type ReviewOptionsInput = z.input<typeof reviewOptionsSchema>;

/** The summary of a review file. */
export const reviewSummarySchema = z.strictObject({
  format: reviewFormatSchema,
  reviews: z.number().int().min(0),
  /** Mean star rating of all reviews; null for a file without reviews. */
  meanRating: z.number().nullable(),
  /** Reviews per star, `1` to `5`. */
  ratings: z.record(z.string(), z.number().int().min(0)),
  /** Reviews per language code. */
  languages: z.record(z.string(), z.number().int().min(1)),
  themes: z.array(themeSchema),
});
export type ReviewSummary = z.infer<typeof reviewSummarySchema>;

/** `waymark evidence reviews --json`: the stable contract other tools read. */
export const reviewReportSchema = z.strictObject({
  format: reviewFormatSchema,
  reviews: z.number().int().min(0),
  meanRating: z.number().nullable(),
  languages: z.record(z.string(), z.number().int().min(1)),
  themes: z.array(themeSchema),
});
export type ReviewReport = z.infer<typeof reviewReportSchema>;

/** The CLI contract's shape of a summary (exactly its fields, nothing more). */
export function reviewReport(summary: ReviewSummary): ReviewReport {
  const { format, reviews, meanRating, languages, themes } = summary;
  return reviewReportSchema.parse({ format, reviews, meanRating, languages, themes });
}
