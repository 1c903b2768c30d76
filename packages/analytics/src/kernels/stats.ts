import type { ConversionTimes, HistogramBin } from '../results';

/** A growable Float64 list for collecting values in kernels without boxing. */
export class FloatList {
  private data: Float64Array;
  length = 0;
  constructor(capacity = 64) {
    this.data = new Float64Array(Math.max(4, capacity));
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

/** Median, p90, average and histogram of a list of seconds. */
export function conversionTimes(values: FloatList, bins: number): ConversionTimes {
  const sorted = values.sorted();
  let sum = 0;
  for (const value of sorted) sum += value;
  const med = median(sorted);
  const p90 = quantile(sorted, 0.9);
  return {
    medianSeconds: med === null ? null : round(med),
    p90Seconds: p90 === null ? null : round(p90),
    averageSeconds: sorted.length === 0 ? null : round(sum / sorted.length),
    histogram: histogram(sorted, bins),
  };
}

/** `part / whole`, or 0 when the whole is 0. */
export function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}
