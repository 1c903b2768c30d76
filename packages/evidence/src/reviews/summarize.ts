import { ImportError } from '@waymark/domain';
import type { InputFile } from '../text/input';
import type { ReviewFile } from './read-reviews';
import { readReviews } from './read-reviews';
import type { ReviewOptionsInput, ReviewSummary } from './schema';
import { reviewOptionsSchema } from './schema';
import type { ThemeInput } from './themes';
import { findThemes } from './themes';

/** Most reviews one summary reads: themes need every review's terms in memory at once. */
export const MAX_REVIEWS = 500_000;

/**
 * Reads every review of an opened file and summarizes it: count, mean rating, reviews per star and
 * per language, and the themes of each language (`findThemes`), languages with the most reviews
 * first. Holds what themes need of each review (rating, title, text), up to `MAX_REVIEWS`.
 */
export async function summarizeReviews(
  file: ReviewFile,
  options: ReviewOptionsInput = {},
): Promise<ReviewSummary> {
  const parsed = reviewOptionsSchema.parse(options);
  const byLanguage = new Map<string, ThemeInput[]>();
  const ratings: Record<string, number> = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };
  let count = 0;
  let sum = 0;
  for await (const review of file.reviews) {
    count++;
    if (count > MAX_REVIEWS)
      throw new ImportError(
        file.name,
        `row ${review.row}`,
        `more than ${MAX_REVIEWS} reviews; split the file`,
      );
    sum += review.rating;
    ratings[String(review.rating)]! += 1;
    const list = byLanguage.get(review.language);
    const input: ThemeInput = { rating: review.rating, title: review.title, text: review.text };
    if (list) list.push(input);
    else byLanguage.set(review.language, [input]);
  }
  const languages = [...byLanguage].sort(([a, x], [b, y]) => y.length - x.length || (a < b ? -1 : 1));
  return {
    format: file.format,
    reviews: count,
    meanRating: count ? sum / count : null,
    ratings,
    languages: Object.fromEntries(languages.map(([language, list]) => [language, list.length])),
    themes: languages
      .filter(([language]) => language !== 'und')
      .flatMap(([language, list]) => findThemes(list, language, parsed)),
  };
}

/** Opens a review file and summarizes it: `readReviews` then `summarizeReviews`. */
export async function analyzeReviews(
  input: InputFile,
  options: ReviewOptionsInput = {},
): Promise<ReviewSummary> {
  const parsed = reviewOptionsSchema.parse(options);
  return summarizeReviews(await readReviews(input, { format: parsed.format }), parsed);
}
