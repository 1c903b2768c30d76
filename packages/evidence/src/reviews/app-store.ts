import { z } from 'zod';
import { ImportError, findJsonSyntaxProblem } from '@waymark/domain';
import { decodeAll } from '../text/decode';
import type { InputFile } from '../text/input';
import { inputBytes } from '../text/input';
import { starRatingSchema } from './schema';
import type { RawReview } from './table-reviews';

/** Largest App Store JSON file read (it is parsed whole). */
export const MAX_JSON_BYTES = 256 << 20;

/** A `customerReviews` resource of the App Store Connect API. */
const customerReviewSchema = z.object({
  type: z.literal('customerReviews').optional(),
  id: z.string().optional(),
  attributes: z.object({
    rating: starRatingSchema,
    title: z.string().nullish(),
    body: z.string().nullish(),
    reviewerNickname: z.string().nullish(),
    createdDate: z.string().nullish(),
    territory: z.string().nullish(),
  }),
});

/** Resources of one API page (`{"data": [...]}`), a list of pages, a list of resources, or JSON Lines. */
function resources(value: unknown, path: string): { value: unknown; path: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => resources(item, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null && 'data' in value && Array.isArray(value.data))
    return value.data.map((item: unknown, i: number) => ({ value: item, path: `${path}.data[${i}]` }));
  return [{ value, path }];
}

function parseJson(text: string, fileName: string): unknown[] {
  try {
    return [JSON.parse(text)];
  } catch (whole) {
    // JSON Lines: one page or one resource per line.
    const lines = text.split('\n');
    if (lines.filter((l) => l.trim() !== '').length > 1) {
      try {
        return lines.filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as unknown);
      } catch {
        // fall through to the whole-document error, which is the likelier mistake
      }
    }
    const problem = findJsonSyntaxProblem(text);
    const place = problem ? `line ${problem.line}, column ${problem.column}` : '';
    const reason = problem?.message ?? (whole instanceof Error ? whole.message : String(whole));
    throw new ImportError(fileName, place, `not valid JSON: ${reason}`);
  }
}

/**
 * Reads App Store Connect customer reviews JSON (`GET /v1/apps/{id}/customerReviews`: `data[]` of
 * `customerReviews` with `attributes.rating`, `title`, `body`, `territory`, `createdDate`): one
 * response, an array of responses (pages) or of resources, or JSON Lines. The file is parsed whole,
 * up to `MAX_JSON_BYTES`; a resource without a 1–5 rating is refused with its JSON path.
 */
export async function appStoreReviews(input: InputFile, fileName: string): Promise<RawReview[]> {
  const bytes = await inputBytes(
    input,
    MAX_JSON_BYTES,
    (size) =>
      new ImportError(
        fileName,
        '',
        `is ${size} bytes; App Store files up to ${MAX_JSON_BYTES} bytes are read`,
      ),
  );
  const text = await decodeAll(bytes, fileName);
  const documents = parseJson(text, fileName);
  const found = documents.flatMap((doc, i) =>
    resources(doc, documents.length > 1 ? `$[line ${i + 1}]` : '$'),
  );
  return found.map(({ value, path }, i) => {
    const parsed = customerReviewSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = [
        path,
        ...(issue?.path ?? []).map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)),
      ].join('');
      const got = issue?.path.reduce<unknown>(
        (v, key) => (v as Record<PropertyKey, unknown> | undefined)?.[key as PropertyKey],
        value,
      );
      throw new ImportError(
        fileName,
        where,
        `expected an App Store customer review with a rating 1-5 (got ${JSON.stringify(got) ?? 'nothing'})`,
      );
    }
    const { id, attributes } = parsed.data;
    const review: RawReview = {
      row: i + 1,
      rating: attributes.rating,
      title: attributes.title ?? '',
      text: attributes.body ?? '',
    };
    if (id) review.id = id;
    if (attributes.createdDate) review.date = attributes.createdDate;
    if (attributes.territory) review.territory = attributes.territory;
    return review;
  });
}
