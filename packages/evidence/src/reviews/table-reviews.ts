import { ImportError, quoteValue } from '@waymark/domain';
import { cellPlace } from '../errors';
import { answerNumber } from '../text/numbers';
import type { TableRow } from '../text/table';
import type { ReviewFormat } from './schema';

/** A review's fields as they come from a row, before its language is detected. */
export interface RawReview {
  row: number;
  id?: string;
  rating: number;
  title: string;
  text: string;
  declaredLanguage?: string;
  date?: string;
  territory?: string;
  appVersion?: string;
}

type Field = 'rating' | 'text' | 'title' | 'language' | 'date' | 'id' | 'appVersion';

/** Header names (lower case) of each field, per table layout; the first present wins. */
const COLUMNS: Record<Exclude<ReviewFormat, 'app-store'>, Partial<Record<Field, readonly string[]>>> = {
  // Google Play Console's reviews report (reviews_<package>_<yyyymm>.csv, UTF-16LE).
  'google-play': {
    rating: ['star rating'],
    text: ['review text'],
    title: ['review title'],
    language: ['reviewer language'],
    date: ['review submit date and time', 'review last update date and time'],
    id: ['review link'],
    appVersion: ['app version name'],
  },
  // Trustpilot Business's review export.
  trustpilot: {
    rating: ['review stars'],
    text: ['review content'],
    title: ['review title'],
    language: ['review language'],
    date: ['review created (utc)'],
    id: ['review id'],
  },
  // Any CSV with a rating and a text column under a usual name.
  csv: {
    rating: ['rating', 'stars', 'star rating', 'review stars', 'score'],
    text: ['text', 'review', 'review text', 'review content', 'body', 'content', 'comment'],
    title: ['title', 'review title', 'subject'],
    language: ['language', 'lang', 'locale', 'review language', 'reviewer language'],
    date: ['date', 'created', 'created at', 'review date', 'submitted at'],
    id: ['id', 'review id'],
    appVersion: ['version', 'app version'],
  },
};

const REQUIRED: readonly Field[] = ['rating', 'text'];

/** The table layout of a review file from its header row. */
export function detectTableReviewFormat(header: readonly string[]): Exclude<ReviewFormat, 'app-store'> {
  const names = new Set(header.map((cell) => cell.trim().toLowerCase()));
  if (names.has('star rating') && names.has('package name')) return 'google-play';
  if (names.has('review stars') || names.has('review content')) return 'trustpilot';
  return 'csv';
}

/** Reads a star rating cell: a whole number 1–5 (Thai and Persian digits too). */
export function starRating(cell: string, fileName: string, place: string): number {
  const value = answerNumber(cell);
  if (value === null || !Number.isInteger(value) || value < 1 || value > 5)
    throw new ImportError(fileName, place, `expected a star rating 1-5 (got ${quoteValue(cell)})`);
  return value;
}

/**
 * Turns the rows of a table review export into raw reviews, streaming. The header row says where each
 * field is; a file missing the rating or text column is refused naming the names looked for, and a
 * row whose rating is not 1–5 names its row and column.
 */
export async function* tableReviews(
  rows: AsyncGenerator<TableRow>,
  format: Exclude<ReviewFormat, 'app-store'>,
  fileName: string,
): AsyncGenerator<RawReview> {
  const first = await rows.next();
  if (first.done) return;
  const header = first.value.cells;
  const names = header.map((cell) => cell.trim().toLowerCase());
  const at = new Map<Field, number>();
  for (const [field, candidates] of Object.entries(COLUMNS[format]) as [Field, readonly string[]][]) {
    const index = candidates.map((c) => names.indexOf(c)).find((i) => i >= 0);
    if (index !== undefined) at.set(field, index);
    else if (REQUIRED.includes(field))
      throw new ImportError(
        fileName,
        'row 1',
        `no ${field} column for a ${format} review file: expected a column named ${candidates.map((c) => JSON.stringify(c)).join(' or ')}`,
      );
  }
  const ratingColumn = at.get('rating')!;
  for await (const { row, cells } of rows) {
    const cell = (field: Field): string | undefined => {
      const index = at.get(field);
      const value = index === undefined ? '' : (cells[index] ?? '').trim();
      return value === '' ? undefined : value;
    };
    const review: RawReview = {
      row,
      rating: starRating(
        cells[ratingColumn] ?? '',
        fileName,
        cellPlace(row, ratingColumn + 1, header[ratingColumn]),
      ),
      title: cell('title') ?? '',
      text: cell('text') ?? '',
    };
    for (const field of ['id', 'date', 'appVersion'] as const) {
      const value = cell(field);
      if (value !== undefined) review[field] = value;
    }
    const language = cell('language');
    if (language !== undefined) review.declaredLanguage = language;
    yield review;
  }
}
