import { EMOTION_MAX, EMOTION_MIN } from '@waymark/domain';
import type { Interval, MetricKind, Scale } from './schema';
import { studentTQuantile, wilsonInterval, Z_95 } from './stats';

/** The scale each standard metric is defined on; `mean` works on any scale. */
export const METRIC_SCALES: Record<Exclude<MetricKind, 'mean'>, Scale> = {
  nps: { min: 0, max: 10 },
  csat: { min: 1, max: 5 },
  ces: { min: 1, max: 7 },
};

/** True when two scales are the same range. */
export function sameScale(a: Scale, b: Scale): boolean {
  return a.min === b.min && a.max === b.max;
}

/** `0-10`: a scale as the CLI and messages write it. */
export function scaleText(scale: Scale): string {
  return `${scale.min}-${scale.max}`;
}

/**
 * Running figures of the answers on one scale: count and sum (the mean is their quotient, exact for
 * integer answers), squared deviations by Welford's method (stable over millions of answers) and the
 * count of each distinct value. Feed answers with `add`.
 */
export class ScaleStats {
  n = 0;
  private sum = 0;
  private running = 0;
  private m2 = 0;
  /** Answers by value; at most `MAX_DISTINCT` values, after which `counts` stops growing. */
  readonly counts = new Map<number, number>();
  overflowed = false;
  static readonly MAX_DISTINCT = 1000;

  add(value: number): void {
    this.n++;
    this.sum += value;
    const delta = value - this.running;
    this.running += delta / this.n;
    this.m2 += delta * (value - this.running);
    const count = this.counts.get(value);
    if (count !== undefined) this.counts.set(value, count + 1);
    else if (this.counts.size < ScaleStats.MAX_DISTINCT) this.counts.set(value, 1);
    else this.overflowed = true;
  }

  /** The mean of the answers; NaN without answers. */
  get mean(): number {
    return this.sum / this.n;
  }

  /** The sample standard deviation (n − 1 in the denominator); NaN below two answers. */
  get standardDeviation(): number {
    return this.n < 2 ? Number.NaN : Math.sqrt(this.m2 / (this.n - 1));
  }

  /** How many answers lie in `low..high` (inclusive). Needs `counts` complete (`overflowed` false). */
  countBetween(low: number, high: number): number {
    let total = 0;
    for (const [value, count] of this.counts) if (value >= low && value <= high) total += count;
    return total;
  }
}

/** The mean's 95% t-interval: mean ± t(0.975, n − 1) · s / √n. Null below two answers. */
export function meanInterval(stats: ScaleStats): Interval | null {
  if (stats.n < 2) return null;
  const half = studentTQuantile(0.975, stats.n - 1) * (stats.standardDeviation / Math.sqrt(stats.n));
  return { low: stats.mean - half, high: stats.mean + half, method: 't' };
}

/**
 * Net Promoter Score on a 0–10 scale: 100 × (share of 9–10 − share of 0–6), in −100..100, with its
 * 95% adjusted-Wald interval: add 3/4 of a promoter and 3/4 of a detractor (and 3/2 of a passive, so
 * n + 3), then NPS′ ± z · √((p′ + d′ − NPS′²) / (n + 3)), the variance of a difference of two
 * proportions of one trinomial sample, clamped to −100..100.
 */
export function npsOf(stats: ScaleStats): { value: number; interval: Interval } | null {
  if (stats.n === 0) return null;
  const promoters = stats.countBetween(9, 10);
  const detractors = stats.countBetween(0, 6);
  const value = (100 * (promoters - detractors)) / stats.n;
  const n = stats.n + 3;
  const p = (promoters + 0.75) / n;
  const d = (detractors + 0.75) / n;
  const centre = p - d;
  const half = Z_95 * Math.sqrt((p + d - centre * centre) / n);
  const clamp = (x: number): number => Math.min(100, Math.max(-100, 100 * x));
  return {
    value,
    interval: { low: clamp(centre - half), high: clamp(centre + half), method: 'adjusted-wald' },
  };
}

/**
 * Customer satisfaction on a 1–5 scale: 100 × the share of answers on the top two points (4 and 5),
 * with the 95% Wilson score interval of that share.
 */
export function csatOf(stats: ScaleStats, scale: Scale): { value: number; interval: Interval } | null {
  if (stats.n === 0) return null;
  const top = stats.countBetween(scale.max - 1, scale.max);
  const wilson = wilsonInterval(top, stats.n);
  const interval: Interval = {
    low: 100 * (wilson?.low ?? 0),
    high: 100 * (wilson?.high ?? 0),
    method: 'wilson',
  };
  return { value: (100 * top) / stats.n, interval };
}

/**
 * The value of a question's metric and its 95% interval: NPS and CSAT as above, CES (the mean on a
 * 1–7 scale) and mean with the t-interval. Null when there are no answers; the interval is null when
 * it cannot be computed (one answer for a mean).
 */
export function metricOf(
  metric: MetricKind,
  stats: ScaleStats,
  scale: Scale,
): { value: number; interval: Interval | null } | null {
  if (stats.n === 0) return null;
  // Shares need every answer's value; past MAX_DISTINCT values (fine decimals) they are not kept.
  if ((metric === 'nps' || metric === 'csat') && stats.overflowed) return null;
  if (metric === 'nps') return npsOf(stats);
  if (metric === 'csat') return csatOf(stats, scale);
  return { value: stats.mean, interval: meanInterval(stats) };
}

/**
 * Rescales a value on `scale` linearly onto the emotion lane's −5..+5 (the scale's minimum to −5, its
 * maximum to +5): how a stage's measured answers sit beside the hand-drawn emotion curve.
 */
export function toEmotionScore(value: number, scale: Scale): number {
  const share = (value - scale.min) / (scale.max - scale.min);
  return EMOTION_MIN + share * (EMOTION_MAX - EMOTION_MIN);
}

/** Whether `metric` may be computed on `scale`: its own scale for NPS, CSAT and CES, any for mean. */
export function metricFitsScale(metric: MetricKind, scale: Scale): boolean {
  return metric === 'mean' || sameScale(METRIC_SCALES[metric], scale);
}

/** The standard scales an observed range is rounded up to, smallest first. */
export const STANDARD_SCALES: readonly Scale[] = [
  { min: 1, max: 5 },
  { min: 1, max: 7 },
  { min: 1, max: 10 },
  { min: 0, max: 10 },
  { min: 0, max: 100 },
];

const SCALE_TEXT = /^\s*(-?\d+(?:\.\d+)?)\s*(?:-|–|\.\.)\s*(-?\d+(?:\.\d+)?)\s*$/;

/** Reads a scale written `MIN-MAX` (`0-10`, `1–5`, `-3-3`, `1..7`); null when it is not one. */
export function parseScale(text: string): Scale | null {
  const match = SCALE_TEXT.exec(text);
  if (!match) return null;
  const min = Number(match[1]);
  const max = Number(match[2]);
  return min < max ? { min, max } : null;
}
