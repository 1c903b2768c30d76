import { ImportError } from '@waymark/domain';
import { decodeText } from '../text/decode';
import type { InputFile } from '../text/input';
import { inputHead, inputName } from '../text/input';
import { detectLanguage, languageCode } from '../text/language';
import { openTable } from '../text/open-table';
import type { TableRow } from '../text/table';
import { eachRow } from '../text/table';
import { appStoreReviews } from './app-store';
import type { Review, ReviewFormat, ReviewFormatOption } from './schema';
import type { RawReview } from './table-reviews';
import { detectTableReviewFormat, tableReviews } from './table-reviews';

/** An opened review file: its layout and its reviews, streamed (table files) or listed (JSON). */
export interface ReviewFile {
  name: string;
  format: ReviewFormat;
  /** Reviews in file order with their detected language. Iterate once. */
  reviews: AsyncGenerator<Review>;
}

/** The language of App Store territories whose language is not in doubt, used when the text says none. */
const TERRITORY_LANGUAGES: Record<string, string> = {
  THA: 'th',
  TWN: 'zh',
  HKG: 'zh',
  MAC: 'zh',
  CHN: 'zh',
  VNM: 'vi',
  IRN: 'fa',
  USA: 'en',
  GBR: 'en',
  AUS: 'en',
  NZL: 'en',
  IRL: 'en',
};

/** A raw review with its language: detected from title and text, else the declared one, else `und`. */
export function withLanguage(raw: RawReview): Review {
  const declared =
    raw.declaredLanguage ?? (raw.territory ? TERRITORY_LANGUAGES[raw.territory.toUpperCase()] : undefined);
  const text = [raw.title, raw.text].filter((part) => part !== '').join('\n');
  const review: Review = { ...raw, language: detectLanguage(text, declared) };
  if (raw.declaredLanguage !== undefined) {
    const code = languageCode(raw.declaredLanguage);
    if (code === null) delete review.declaredLanguage;
  }
  return review;
}

/** JSON starts with `{` or `[` after a byte-order mark and white space. */
async function looksJson(input: InputFile, fileName: string): Promise<boolean> {
  const head = await inputHead(input, 512);
  async function* one(): AsyncGenerator<Uint8Array> {
    yield head;
  }
  try {
    for await (const text of decodeText(one(), fileName)) {
      const start = text.trimStart();
      if (start !== '') return start.startsWith('{') || start.startsWith('[');
    }
  } catch {
    return false;
  }
  return false;
}

/**
 * Opens a review export: App Store JSON (detected by its first character), or a table (Google Play's
 * UTF-16LE CSV, Trustpilot's CSV, a plain CSV) detected from its header row unless `format` names it.
 * Each review gets its language (`withLanguage`).
 */
export async function readReviews(
  input: InputFile,
  options: { format?: ReviewFormatOption } = {},
): Promise<ReviewFile> {
  const name = inputName(input);
  const wanted = options.format ?? 'auto';
  const json = wanted === 'app-store' || (wanted === 'auto' && (await looksJson(input, name)));
  if (json) {
    const raws = await appStoreReviews(input, name);
    async function* listed(): AsyncGenerator<Review> {
      for (const raw of raws) yield withLanguage(raw);
    }
    return { name, format: 'app-store', reviews: listed() };
  }
  const table = await openTable(input);
  const rowStream = eachRow(table.batches);
  const first = await rowStream.next();
  if (first.done) throw new ImportError(name, '', 'is empty: expected a header row and reviews');
  const header: TableRow = first.value;
  const format = wanted === 'auto' ? detectTableReviewFormat(header.cells) : wanted;
  async function* rows(): AsyncGenerator<TableRow> {
    yield header;
    yield* rowStream;
  }
  async function* reviews(): AsyncGenerator<Review> {
    for await (const raw of tableReviews(rows(), format, name)) yield withLanguage(raw);
  }
  return { name, format, reviews: reviews() };
}
