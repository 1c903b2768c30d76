import { describe, expect, it } from 'vitest';
import { medianOf, orderStatistics } from './select';
import { seededRandom } from './test-store';

const shapes: Record<string, (next: () => number, i: number) => number> = {
  uniform: (next) => next() * 1000,
  'few distinct values': (next) => Math.floor(next() * 3),
  'one huge outlier': (next, i) => (i === 7 ? 1e15 : next()),
  'heavy tail': (next) => Math.exp(next() * 40),
  negative: (next) => -next() * 50 + (next() < 0.5 ? 0.25 : 0),
  constant: () => 42,
};

describe('orderStatistics', () => {
  for (const [shape, make] of Object.entries(shapes)) {
    for (const n of [1, 2, 17, 5000, 100_003]) {
      it(`matches sorting on ${n} values (${shape}) without reordering them`, () => {
        const next = seededRandom(n * 31 + shape.length);
        const values = Float64Array.from({ length: n }, (_, i) => make(next, i));
        const before = values.slice();
        const sorted = values.slice().sort();
        const ks = [0, n >> 1, Math.floor((n - 1) * 0.9), n - 1, n >> 1];
        expect(orderStatistics(values, 0, n, ks)).toEqual(ks.map((k) => sorted[k]));
        expect(values).toEqual(before);
      });
    }
  }

  it('answers for a sub-range only', () => {
    const values = Float64Array.from({ length: 10_000 }, (_, i) => (i < 5000 ? 1e9 : i));
    expect(orderStatistics(values, 5000, 10_000, [0, 4999])).toEqual([5000, 9999]);
  });
});

describe('medianOf', () => {
  it('averages the two middle values of an even count and takes the middle of an odd one', () => {
    expect(medianOf(Float64Array.from([4, 1, 3, 2]), 0, 4)).toBe(2.5);
    expect(medianOf(Float64Array.from([5, 1, 3]), 0, 3)).toBe(3);
    expect(medianOf(new Float64Array(0), 0, 0)).toBe(0);
  });
});
