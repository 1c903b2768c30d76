import { orderStatistics } from './select';
import type { ConversionTimes, HistogramBin } from '../results';

/** A growable Float64 list for collecting values in kernels without boxing. */
export class FloatList {
  private data: Float64Array;
  length = 0;
  constructor(capacity = 64) {
    this.data = new Float64Array(Math.max(4, capacity));
  }
  /** A full list over `values` (not copied; a later `push` copies it into a bigger buffer first). */
  static of(values: Float64Array): FloatList {
    const list = new FloatList(0);
    list.data = values;
    list.length = values.length;
    return list;
  }
  /** Appends one value, doubling the buffer when full. */
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
  /** A sorted copy of the values (ascending). */
  sorted(): Float64Array {
    return this.data.slice(0, this.length).sort();
  }
  /** The values in place (a view, not a copy). Trap: order statistics reorder it. */
  view(): Float64Array {
    return this.data.subarray(0, this.length);
  }
}

/** Median of sorted values: the mean of the two middle values for an even count; null when empty. */
export function median(sorted: Float64Array): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const mid = n >> 1;
  return n % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Quantile `q` of sorted values by linear interpolation between closest ranks (numpy's default); null when empty. */
export function quantile(sorted: Float64Array, q: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const position = (n - 1) * q;
  const low = Math.floor(position);
  const high = Math.min(n - 1, low + 1);
  const lowValue = sorted[low] ?? 0;
  return lowValue + ((sorted[high] ?? 0) - lowValue) * (position - low);
}

/** Equal-width histogram from the smallest to the largest value; the last bin includes its upper edge. */
export function histogram(sorted: Float64Array, bins: number): HistogramBin[] {
  const n = sorted.length;
  if (n === 0) return [];
  const min = sorted[0] ?? 0;
  const max = sorted[n - 1] ?? 0;
  if (max === min) return [{ fromSeconds: min, toSeconds: max, count: n }];
  const width = (max - min) / bins;
  const counts = new Array<number>(bins).fill(0);
  for (const value of sorted) {
    const bin = Math.min(bins - 1, Math.floor((value - min) / width));
    counts[bin] = (counts[bin] ?? 0) + 1;
  }
  return counts.map((count, bin) => ({
    fromSeconds: round(min + bin * width),
    toSeconds: round(bin === bins - 1 ? max : min + (bin + 1) * width),
    count,
  }));
}

/** Rounds to milliseconds' precision, so seconds computed from integer milliseconds print cleanly. */
export function round(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}

/**
 * Median, p90, average and histogram of a list of seconds, in linear time: exact order statistics by
 * bucketed selection (`orderStatistics`, no sort), the histogram from one pass. Same answers as `median`/`quantile`/`histogram`
 * on the sorted values.
 */
export function conversionTimes(values: FloatList, bins: number): ConversionTimes {
  const data = values.view();
  const n = data.length;
  if (n === 0) return { medianSeconds: null, p90Seconds: null, averageSeconds: null, histogram: [] };
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const value = data[i] ?? 0;
    sum += value;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  const mid = n >> 1;
  const position = (n - 1) * 0.9;
  const low = Math.floor(position);
  const high = Math.min(n - 1, low + 1);
  const [lower = 0, upper = 0, lowValue = 0, highValue = 0] = orderStatistics(data, 0, n, [
    n % 2 === 0 ? mid - 1 : mid,
    mid,
    low,
    high,
  ]);
  const med = (lower + upper) / 2;
  const p90 = lowValue + (highValue - lowValue) * (position - low);
  return {
    medianSeconds: round(med),
    p90Seconds: round(p90),
    averageSeconds: round(sum / n),
    histogram: histogramOf(data, n, min, max, bins),
  };
}

/** Equal-width histogram of unsorted values with known bounds (see `histogram`). */
function histogramOf(data: Float64Array, n: number, min: number, max: number, bins: number): HistogramBin[] {
  if (max === min) return [{ fromSeconds: min, toSeconds: max, count: n }];
  const width = (max - min) / bins;
  const counts = new Float64Array(bins);
  for (let i = 0; i < n; i++) {
    const bin = Math.min(bins - 1, Math.floor(((data[i] ?? 0) - min) / width));
    counts[bin] = (counts[bin] ?? 0) + 1;
  }
  return Array.from(counts, (count, bin) => ({
    fromSeconds: round(min + bin * width),
    toSeconds: round(bin === bins - 1 ? max : min + (bin + 1) * width),
    count,
  }));
}

/** `part / whole`, or 0 when the whole is 0. */
export function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}
