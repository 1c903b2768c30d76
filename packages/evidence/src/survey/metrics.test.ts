import { describe, expect, it } from 'vitest';
import { csatOf, meanInterval, metricOf, npsOf, ScaleStats, toEmotionScore } from './metrics';

const statsOf = (...values: number[]): ScaleStats => {
  const stats = new ScaleStats();
  for (const value of values) stats.add(value);
  return stats;
};

describe('survey metrics', () => {
  it('computes NPS as promoters minus detractors with the adjusted-Wald interval', () => {
    // 6 promoters (9-10), 3 passives, 3 detractors (0-6) of 12: 100 × (6 − 3) / 12 = 25.
    const stats = statsOf(10, 9, 9, 10, 8, 7, 6, 3, 10, 9, 0, 8);
    const nps = npsOf(stats)!;
    expect(nps.value).toBe(25);
    // n' = 15, p' = 6.75/15 = 0.45, d' = 3.75/15 = 0.25, NPS' = 0.2, var = (0.7 − 0.04) / 15 = 0.044.
    const half = 1.959963984540054 * Math.sqrt(0.044);
    expect(nps.interval.low).toBeCloseTo(100 * (0.2 - half), 10);
    expect(nps.interval.high).toBeCloseTo(100 * (0.2 + half), 10);
    // All promoters: n' = 6, p' = 0.625, d' = 0.125, half-width 1.96 · √(0.5 / 6) = 0.5658; clamped at 100.
    const all = npsOf(statsOf(10, 10, 10))!;
    expect(all.value).toBe(100);
    expect(all.interval.high).toBe(100);
    expect(all.interval.low).toBeCloseTo(-6.5792, 3);
  });

  it('computes CSAT as the top-two share with the Wilson interval', () => {
    // 7 of 11 answers are 4 or 5: 100 × 7 / 11.
    const csat = csatOf(statsOf(5, 4, 4, 3, 5, 2, 1, 4, 5, 4, 3), { min: 1, max: 5 })!;
    expect(csat.value).toBeCloseTo(63.636363636, 8);
    expect(csat.interval.low).toBeCloseTo(35.3806, 3);
    expect(csat.interval.high).toBeCloseTo(84.8334, 3);
  });

  it('computes CES and means with the t-interval', () => {
    // Mean 58 / 11; s² = 28.1818 / 10; half-width t(0.975, 10) · s / √11.
    const stats = statsOf(7, 6, 5, 7, 4, 3, 2, 6, 7, 5, 6);
    const ces = metricOf('ces', stats, { min: 1, max: 7 })!;
    expect(ces.value).toBe(58 / 11);
    expect(ces.interval!.low).toBeCloseTo(4.14493, 4);
    expect(ces.interval!.high).toBeCloseTo(6.40052, 4);
    expect(meanInterval(statsOf(4))).toBeNull();
    expect(metricOf('mean', new ScaleStats(), { min: 1, max: 5 })).toBeNull();
  });

  it('rescales onto the emotion lane', () => {
    expect(toEmotionScore(0, { min: 0, max: 10 })).toBe(-5);
    expect(toEmotionScore(10, { min: 0, max: 10 })).toBe(5);
    expect(toEmotionScore(3, { min: 1, max: 5 })).toBe(0);
    expect(toEmotionScore(7, { min: 1, max: 7 })).toBe(5);
    expect(toEmotionScore(5.5, { min: 1, max: 10 })).toBe(0);
  });
});
