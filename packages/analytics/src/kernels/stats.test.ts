import { describe, expect, it } from 'vitest';
import { seededRandom } from './test-store';
import { conversionTimes, FloatList, histogram, median, quantile, round } from './stats';

describe('conversion time statistics', () => {
  it('gives the same answers by selection as on sorted values', () => {
    const random = seededRandom(7);
    for (const n of [1, 2, 3, 10, 11, 257, 1000]) {
      const list = new FloatList(4);
      for (let i = 0; i < n; i++) list.push(Math.floor(random() * (i % 3 === 0 ? 50 : 5000)));
      const sorted = list.sorted();
      const times = conversionTimes(list, 7);
      expect(times.medianSeconds).toBe(round(median(sorted) ?? NaN));
      expect(times.p90Seconds).toBe(round(quantile(sorted, 0.9) ?? NaN));
      expect(times.histogram).toEqual(histogram(sorted, 7));
    }
  });

  it('knows the median and p90 of a small list by hand', () => {
    const list = new FloatList();
    for (const value of [50, 10, 40, 20, 30]) list.push(value);
    // Sorted 10 20 30 40 50: median 30; p90 at rank 3.6 -> 40 + 0.6 * 10 = 46.
    expect(conversionTimes(list, 2)).toMatchObject({ medianSeconds: 30, p90Seconds: 46, averageSeconds: 30 });
    expect(conversionTimes(new FloatList(), 2)).toEqual({
      medianSeconds: null,
      p90Seconds: null,
      averageSeconds: null,
      histogram: [],
    });
  });
});
