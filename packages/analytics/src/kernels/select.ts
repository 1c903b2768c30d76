/**
 * In-place selection on a Float64Array range, used for exact medians without sorting whole buckets.
 * Trap: reorders the range.
 */
export function selectKth(values: Float64Array, from: number, to: number, k: number): number {
  let lo = from;
  let hi = to - 1;
  const target = from + k;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1] ?? 0;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] ?? 0) < pivot) i++;
      while ((values[j] ?? 0) > pivot) j--;
      if (i <= j) {
        const swap = values[i] ?? 0;
        values[i] = values[j] ?? 0;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return values[target] ?? 0;
}

/** Exact median of `values[from, to)` (mean of the two middle values for an even count). Reorders the range. */
export function medianInPlace(values: Float64Array, from: number, to: number): number {
  const n = to - from;
  if (n <= 0) return 0;
  const upper = selectKth(values, from, to, n >> 1);
  if (n % 2 === 1) return upper;
  let lower = -Infinity;
  for (let i = from; i < from + (n >> 1); i++) lower = Math.max(lower, values[i] ?? 0);
  return (lower + upper) / 2;
}
