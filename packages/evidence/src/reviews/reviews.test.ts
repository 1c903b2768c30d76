import { describe, expect, it } from 'vitest';
import { collect, csvFile, fixture, textFile } from '../test-inputs';
import { readReviews } from './read-reviews';
import type { Review, ReviewSummary } from './schema';
import { reviewReport } from './schema';
import { analyzeReviews } from './summarize';

const reviewsOf = async (name: string): Promise<Review[]> =>
  collect((await readReviews(fixture(name))).reviews);

/** Every quote of every theme is a verbatim piece of one of the file's reviews. */
async function expectVerbatimQuotes(name: string, summary: ReviewSummary): Promise<void> {
  const texts = (await reviewsOf(name)).map((r) => `${r.title}\n${r.text}`);
  for (const theme of summary.themes)
    for (const quote of theme.quotes)
      expect(
        texts.some((text) => text.includes(quote)),
        quote,
      ).toBe(true);
}

describe('review exports', () => {
  it('reads the Google Play UTF-16LE CSV: Thai, Chinese, Vietnamese, Persian and English verbatim', async () => {
    const reviews = await reviewsOf('google-play.csv');
    expect(reviews).toHaveLength(27);
    expect(reviews[0]).toEqual({
      row: 2,
      id: 'http://play.google.com/console/developers/5550001/app/4970000001/user-feedback/review-details?reviewId=gp:AOqpTOF000&corpus=PUBLIC_REVIEWS',
      rating: 1,
      title: '',
      text: 'ส่งของช้ามาก รอสามวัน',
      language: 'th',
      declaredLanguage: 'th',
      date: '2026-03-01T00:00:00Z',
      appVersion: '3.0.0',
    });
    expect(reviews[5]).toMatchObject({
      text: '送貨太慢了，等了一個星期。',
      language: 'zh',
      declaredLanguage: 'zh_TW',
    });
    expect(reviews[10]).toMatchObject({ text: 'Giao hàng chậm quá, chờ cả tuần.', language: 'vi' });
    expect(reviews[16]).toMatchObject({
      text: 'برنامه کند است و پشتیبانی پاسخ نمی\u200cدهد.',
      language: 'fa',
    });
    expect(reviews[20]).toMatchObject({ title: 'Late delivery', rating: 1, language: 'en' });
    expect(reviews[24]!.text).toBe('App crashes every time I open it.\nPlease fix!');
    expect(reviews[25]!.text).toBe('The "Buy now" button does nothing when the app crashes.');
    // Declared English, written in Thai: the text decides.
    expect(reviews[4]).toMatchObject({ text: 'ใช้งานง่าย ราคาดี', language: 'th', declaredLanguage: 'en' });
    // A rating without text keeps its declared language.
    expect(reviews[26]).toMatchObject({ text: '', rating: 3, language: 'en' });
  });

  it('summarizes the Google Play file: counts, mean rating, languages and themes per language', async () => {
    const summary = await analyzeReviews(fixture('google-play.csv'));
    const report = reviewReport(summary);
    // Ratings: th 1 2 5 1 4, zh 1 2 5 1 4, vi 1 2 5 4 1, fa 1 2 5 4 1, en 1 2 5 5 1 2 3 → 71 / 27.
    expect(report).toMatchObject({ format: 'google-play', reviews: 27, meanRating: 71 / 27 });
    expect(report.languages).toEqual({ en: 7, fa: 5, th: 5, vi: 5, zh: 5 });
    expect(summary.ratings).toEqual({ '1': 10, '2': 6, '3': 1, '4': 4, '5': 6 });
    expect(new Set(report.themes.map((t) => t.language))).toEqual(new Set(['en', 'fa', 'th', 'vi', 'zh']));
    const theme = (language: string, label: string) =>
      report.themes.find((t) => t.language === language && t.label === label);
    // "crashes" is in three English reviews rated 2, 1 and 2; "app crashes" is in all three.
    expect(theme('en', 'app crashes')).toMatchObject({ reviews: 3, meanRating: 5 / 3 });
    expect(theme('vi', 'giao hàng chậm')).toMatchObject({ reviews: 2, meanRating: 1.5 });
    expect(theme('zh', '送貨太慢')).toMatchObject({ reviews: 2, meanRating: 1.5 });
    expect(theme('th', 'แอปช้า')).toMatchObject({ reviews: 2, meanRating: 1.5 });
    expect(theme('fa', 'پرداخت آسان')).toMatchObject({ reviews: 2, meanRating: 4.5 });
    for (const t of report.themes) {
      expect(t.terms[0]).toBe(t.label);
      expect(t.quotes.length).toBeGreaterThan(0);
    }
    await expectVerbatimQuotes('google-play.csv', summary);
  });

  it('reads App Store Connect customer reviews JSON with territories', async () => {
    const reviews = await reviewsOf('app-store.json');
    expect(reviews[0]).toEqual({
      row: 1,
      id: '00000031-a4b9-0000-8c2d-7f1e5a9b0000',
      rating: 1,
      title: 'ช้ามาก',
      text: 'แอปช้ามาก ส่งของช้า',
      language: 'th',
      date: '2026-03-01T10:20:00-07:00',
      territory: 'THA',
    });
    const summary = await analyzeReviews(fixture('app-store.json'));
    // 1 2 5 4 1 2 5 4 1 2 5 → 32 / 11.
    expect(reviewReport(summary)).toMatchObject({
      format: 'app-store',
      reviews: 11,
      meanRating: 32 / 11,
      languages: { en: 3, fa: 2, th: 2, vi: 2, zh: 2 },
    });
    await expectVerbatimQuotes('app-store.json', summary);
  });

  it('reads a Trustpilot export and a plain CSV', async () => {
    const trustpilot = reviewReport(await analyzeReviews(fixture('trustpilot.csv')));
    // 5 1 2 4 1 5 → 3.
    expect(trustpilot).toMatchObject({
      format: 'trustpilot',
      reviews: 6,
      meanRating: 3,
      languages: { en: 5, vi: 1 },
    });
    expect(trustpilot.themes[0]).toMatchObject({
      language: 'en',
      label: 'support',
      reviews: 3,
      meanRating: 4 / 3,
    });
    const plain = reviewReport(await analyzeReviews(fixture('plain-reviews.csv')));
    expect(plain).toMatchObject({ format: 'csv', reviews: 3, meanRating: 11 / 3, languages: { en: 3 } });
    expect(plain.themes).toEqual([
      {
        language: 'en',
        label: 'slow delivery',
        terms: expect.arrayContaining(['slow delivery', 'slow', 'delivery']),
        reviews: 2,
        meanRating: 3,
        quotes: ['Good value, slow delivery', 'Delivery was slow'],
      },
    ]);
  });

  it('reports an empty file with no reviews and no mean', async () => {
    const report = reviewReport(await analyzeReviews(csvFile([['rating', 'text']])));
    expect(report).toEqual({ format: 'csv', reviews: 0, meanRating: null, languages: {}, themes: [] });
  });
});

describe('bad review files', () => {
  it('names the row and column of a rating that is not 1-5', async () => {
    await expect(
      analyzeReviews(
        csvFile(
          [
            ['rating', 'text'],
            [4, 'ok'],
            ['six', 'bad'],
          ],
          { name: 'r.csv' },
        ),
      ),
    ).rejects.toThrow('r.csv: row 3, column 1 ("rating"): expected a star rating 1-5 (got "six")');
    await expect(
      analyzeReviews(
        csvFile(
          [
            ['text', 'rating'],
            ['fine', '4.5'],
          ],
          { name: 'r.csv' },
        ),
      ),
    ).rejects.toThrow('r.csv: row 2, column 2 ("rating"): expected a star rating 1-5 (got "4.5")');
  });

  it('names the column a layout needs when it is missing', async () => {
    await expect(
      analyzeReviews(
        csvFile(
          [
            ['stars', 'notes'],
            [5, 'x'],
          ],
          { name: 'r.csv' },
        ),
      ),
    ).rejects.toThrow(
      'r.csv: row 1: no text column for a csv review file: expected a column named "text" or "review" or',
    );
    await expect(analyzeReviews(fixture('trustpilot.csv'), { format: 'google-play' })).rejects.toThrow(
      'trustpilot.csv: row 1: no rating column for a google-play review file: expected a column named "star rating"',
    );
  });

  it('names the place of a JSON syntax error and of a review without a rating', async () => {
    await expect(
      analyzeReviews(textFile('{"data": [\n  {"attributes": {"rating": 5}},\n]}', { name: 'a.json' })),
    ).rejects.toThrow(/^a\.json: line 3, column 1: not valid JSON: /);
    const noRating = JSON.stringify({
      data: [{ attributes: { rating: 5 } }, { attributes: { rating: 0, body: 'x' } }],
    });
    await expect(analyzeReviews(textFile(noRating, { name: 'a.json' }))).rejects.toThrow(
      'a.json: $.data[1].attributes.rating: expected an App Store customer review with a rating 1-5 (got 0)',
    );
  });
});
