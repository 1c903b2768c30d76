import { describe, expect, it } from 'vitest';
import { classTfIdf, findThemes } from './themes';

const options = { maxThemes: 10, minThemeReviews: 2, quotesPerTheme: 3 };

describe('themes', () => {
  it('computes c-TF-IDF as tf(t, c) / |c| · log(1 + A / f(t))', () => {
    const docs = [
      new Map([
        ['a', 2],
        ['b', 1],
      ]),
      new Map([
        ['a', 1],
        ['c', 1],
      ]),
      new Map([['c', 3]]),
    ];
    const [first, second] = classTfIdf(docs, [[0, 1], [2]]);
    // Class sizes 5 and 3, A = 4; f(a) = 3, f(b) = 1, f(c) = 4.
    expect(first!.get('a')).toBeCloseTo((3 / 5) * Math.log(1 + 4 / 3), 12);
    expect(first!.get('b')).toBeCloseTo((1 / 5) * Math.log(1 + 4 / 1), 12);
    expect(first!.get('c')).toBeCloseTo((1 / 5) * Math.log(2), 12);
    expect(second!.get('c')).toBeCloseTo(Math.log(2), 12);
    expect(second!.has('a')).toBe(false);
  });

  it('puts each review in one theme at most, needs enough reviews, and is deterministic', () => {
    const inputs = [
      { rating: 1, title: '', text: 'Delivery was late. Support never answered.' },
      { rating: 2, title: 'Late delivery', text: 'The parcel came a week late.' },
      { rating: 1, title: '', text: 'Support never answered my emails.' },
      { rating: 5, title: '', text: 'Great prices and great support.' },
      { rating: 5, title: '', text: 'Great prices!' },
      { rating: 3, title: '', text: 'Okay.' },
    ];
    const themes = findThemes(inputs, 'en', options);
    expect(findThemes([...inputs], 'en', options)).toEqual(themes);
    expect(themes.reduce((sum, t) => sum + t.reviews, 0)).toBeLessThanOrEqual(inputs.length);
    for (const theme of themes) expect(theme.reviews).toBeGreaterThanOrEqual(2);
    const labels = themes.map((t) => t.label);
    expect(labels).toEqual(expect.arrayContaining(['great prices']));
    expect(themes.find((t) => t.label === 'great prices')).toMatchObject({ reviews: 2, meanRating: 5 });
    expect(findThemes(inputs, 'en', { ...options, maxThemes: 1 })).toHaveLength(1);
    expect(findThemes(inputs, 'en', { ...options, minThemeReviews: 4 })).toEqual([]);
  });

  it('drops the words of most reviews in a language without a stop-word list', () => {
    const inputs = Array.from({ length: 12 }, (_, i) => ({
      rating: i < 6 ? 1 : 5,
      title: '',
      text: i < 6 ? `das paket kam zu spät ${i}` : `das paket war schnell da ${i}`,
    }));
    const labels = findThemes(inputs, 'de', options).map((t) => t.label);
    expect(labels).not.toContain('das');
    expect(labels).not.toContain('paket');
  });
});
