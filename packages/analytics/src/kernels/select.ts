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

/** Ranges at most this long are answered by quickselect on a copy; longer ones are radix-bucketed first. */
const BUCKETING_THRESHOLD = 2048;
/** Bits of the sort key each radix pass buckets on (four passes cover a double's 64 bits). */
const RADIX_BITS = 16;

/**
 * 16 bits of the order-preserving key of a double: its IEEE bits with the sign bit flipped for
 * positive numbers and every bit flipped for negative ones, so unsigned key order is numeric order.
 * `words` views the doubles as 32-bit words (little-endian: word `2i + 1` holds the sign and exponent);
 * `pass` 0 takes the top 16 bits, 3 the lowest.
 */
function keyBits(words: Uint32Array, i: number, pass: number): number {
  const high = words[2 * i + 1] ?? 0;
  const negative = high >>> 31 === 1;
  if (pass < 2) {
    const key = negative ? ~high : high ^ 0x80000000;
    return pass === 0 ? key >>> 16 : key & 0xffff;
  }
  const low = words[2 * i] ?? 0;
  const key = negative ? ~low : low;
  return pass === 2 ? (key >>> 16) & 0xffff : key & 0xffff;
}

/**
 * The `ks`-th smallest values (0-based ranks) of `values[from, to)`, without reordering it. Long ranges
 * go through a most-significant-digit radix selection on the doubles' order-preserving bit keys: one
 * pass counts 65,536 buckets of the top 16 key bits, and only the buckets holding a wanted rank are
 * copied out and searched further (the next 16 bits, or quickselect once small). Time data with a
 * heavy tail spreads over many exponent buckets, so the copies are small: about two linear passes
 * instead of a quickselect's branchy swapping over the whole range. Exact: the same values as sorting
 * and indexing. Ranks must be in [0, to - from).
 */
export function orderStatistics(
  values: Float64Array,
  from: number,
  to: number,
  ks: readonly number[],
): number[] {
  return radixSelect(values.subarray(from, to), 0, ks);
}

/** Bucket counts of each radix pass, reused across calls (a pass finishes with them before recursing). */
const passCounts = Array.from({ length: 4 }, () => new Int32Array(1 << RADIX_BITS));
/** Per bucket of a pass: the index of its copy among the wanted buckets, or -1. */
const passSlots = Array.from({ length: 4 }, () => new Int32Array(1 << RADIX_BITS).fill(-1));

function radixSelect(values: Float64Array, pass: number, ks: readonly number[]): number[] {
  const n = values.length;
  if (n <= BUCKETING_THRESHOLD || pass === 4) return quickselectCopy(values, ks);
  const words = new Uint32Array(values.buffer, values.byteOffset, n * 2);
  const counts = passCounts[pass] ?? new Int32Array(1 << RADIX_BITS);
  const slots = passSlots[pass] ?? new Int32Array(1 << RADIX_BITS).fill(-1);
  counts.fill(0);
  for (let i = 0; i < n; i++) counts[keyBits(words, i, pass)]! += 1;
  // Each rank's bucket and its rank inside the bucket, found in one scan of the running counts.
  const order = ks.map((k, i) => [k, i] as const).sort((a, b) => a[0] - b[0]);
  const bucketOfRank = new Int32Array(ks.length);
  const rankInBucket = new Int32Array(ks.length);
  let bucket = 0;
  let below = 0;
  for (const [k, i] of order) {
    while (below + (counts[bucket] ?? 0) <= k) below += counts[bucket++] ?? 0;
    bucketOfRank[i] = bucket;
    rankInBucket[i] = k - below;
  }
  // Copy the values of every wanted bucket out in one more pass.
  const wanted = [...new Set(bucketOfRank)];
  const copies = wanted.map((w, j) => {
    slots[w] = j;
    return new Float64Array(counts[w] ?? 0);
  });
  const filled = new Int32Array(wanted.length);
  for (let i = 0; i < n; i++) {
    const j = slots[keyBits(words, i, pass)] ?? -1;
    if (j === -1) continue;
    const copy = copies[j];
    if (copy) copy[filled[j]!++] = values[i] ?? 0;
  }
  for (const w of wanted) slots[w] = -1;
  const answers = new Array<number>(ks.length);
  wanted.forEach((w, j) => {
    const asked = ks.flatMap((_, i) => (bucketOfRank[i] === w ? [i] : []));
    const found = radixSelect(
      copies[j] ?? new Float64Array(0),
      pass + 1,
      asked.map((i) => rankInBucket[i] ?? 0),
    );
    asked.forEach((i, m) => {
      answers[i] = found[m] ?? 0;
    });
  });
  return answers;
}

/** Order statistics of a short array by quickselect on a copy (ascending ranks reuse the partitions). */
function quickselectCopy(values: Float64Array, ks: readonly number[]): number[] {
  const copy = values.slice();
  const order = ks.map((k, i) => [k, i] as const).sort((a, b) => a[0] - b[0]);
  const answers = new Array<number>(ks.length);
  let lo = 0;
  for (const [k, i] of order) {
    answers[i] = selectKth(copy, lo, copy.length, k - lo);
    lo = k;
  }
  return answers;
}

/** Exact median of `values[from, to)` (mean of the two middle values for an even count), without reordering. */
export function medianOf(values: Float64Array, from: number, to: number): number {
  const n = to - from;
  if (n <= 0) return 0;
  const mid = n >> 1;
  if (n % 2 === 1) return orderStatistics(values, from, to, [mid])[0] ?? 0;
  const [lower = 0, upper = 0] = orderStatistics(values, from, to, [mid - 1, mid]);
  return (lower + upper) / 2;
}
