import { describe, expect, it } from 'vitest';
import { incompleteBeta, logGamma, studentTCdf, studentTQuantile, wilsonInterval } from './stats';

describe('survey statistics', () => {
  it('computes ln Γ and the incomplete beta function', () => {
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
    // I_x(1, 1) = x; I_x(a, 1) = x^a; symmetry I_x(a, b) = 1 − I_{1−x}(b, a).
    expect(incompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 12);
    expect(incompleteBeta(0.6, 3, 1)).toBeCloseTo(0.216, 12);
    expect(incompleteBeta(0.2, 2.5, 4)).toBeCloseTo(1 - incompleteBeta(0.8, 4, 2.5), 12);
  });

  it('matches published two-sided 95% t critical values', () => {
    const table: [number, number][] = [
      [1, 12.7062047],
      [2, 4.30265273],
      [5, 2.57058184],
      [10, 2.22813885],
      [30, 2.04227246],
      [100, 1.98397152],
    ];
    for (const [df, t] of table) expect(studentTQuantile(0.975, df)).toBeCloseTo(t, 6);
    expect(studentTQuantile(0.025, 10)).toBeCloseTo(-2.22813885, 6);
    expect(studentTCdf(0, 7)).toBeCloseTo(0.5, 12);
    expect(studentTQuantile(0.975, 1e6)).toBeCloseTo(1.959966, 5);
  });

  it('gives the Wilson score interval', () => {
    // 8 of 10 at 95%: the textbook (0.4902, 0.9433).
    const interval = wilsonInterval(8, 10)!;
    expect(interval.low).toBeCloseTo(0.4902, 4);
    expect(interval.high).toBeCloseTo(0.9433, 4);
    expect(wilsonInterval(0, 5)!.low).toBe(0);
    expect(wilsonInterval(5, 5)!.high).toBe(1);
    expect(wilsonInterval(0, 0)).toBeNull();
  });
});
