import type { JourneyIndex } from '../journey-index';
import type { GroupMasks } from './scope';
import { stepMaskOf } from './scope';
import { FloatList } from './stats';
import { checkpoint } from '../deadline';

/**
 * What the fused default-mode funnel pass found.
 * Trap: `times` are views of a buffer the next `fastFunnel` call overwrites; use them before that.
 */
export interface FastFunnelTally {
  /** Sequences that reached at least step `s + 1`, per step. */
  readonly users: Float64Array;
  /** Seconds from step `s` to step `s + 1` of each counted attempt, at index `s + 1` (index 0 empty). */
  readonly times: FloatList[];
}

/**
 * The default ordered funnel (ClickHouse `windowFunnel` without modes or exclusions) over every
 * sequence in one fused pass: the same answers as `FunnelWalker` in that configuration, without a call
 * or allocation per sequence. Per level it keeps the chain's start time and rows in small reused typed
 * arrays (levels as bits of one integer); a sequence with no first-step event costs one mask lookup per
 * row. `levels` (optional, per user) receives the deepest step of each user's best sequence.
 */
export function fastFunnel(
  index: JourneyIndex,
  masks: GroupMasks,
  n: number,
  windowMs: number,
  bounds: Int32Array,
  levels: Int32Array | null,
): FastFunnelTally {
  const sequences = bounds.length - 1;
  // Step k's times go to `scratch[k * sequences ..]`: at most one per sequence, no growth checks.
  if (scratch.length < n * sequences) scratch = new Float64Array(n * sequences);
  const durations = scratch;
  const filled = new Int32Array(n);
  const reached = new Float64Array(n + 1);
  const codes = index.eventCodes;
  const timestamps = index.timestamps;
  const offsets = index.userOffsets;
  const codeMasks = masks.codeMasks;
  const rowMasks = masks.rowMasks;
  const stepMask = stepMaskOf(n);
  const last = n - 1;
  const start = new Float64Array(n);
  /** `chain[k * n + j]`: row of step `j` in the chain that reached level `k`. */
  const chain = new Int32Array(n * n);
  let user = 0;
  for (let s = 0; s < sequences; s++) {
    checkpoint();
    const from = bounds[s] ?? 0;
    const to = bounds[s + 1] ?? 0;
    let has = 0;
    for (let row = from; row < to; row++) {
      let steps = (rowMasks !== null ? (rowMasks[row] ?? 0) : (codeMasks[codes[row] ?? 0] ?? 0)) & stepMask;
      if (steps === 0) continue;
      const ts = timestamps[row] ?? 0;
      while (steps !== 0) {
        const bit = steps & -steps;
        steps ^= bit;
        const k = 31 - Math.clz32(bit);
        if (k === 0) {
          has |= 1;
          start[0] = ts;
          chain[0] = row;
        } else if (((has >>> (k - 1)) & 1) === 1) {
          const chainStart = start[k - 1] ?? 0;
          if (ts <= chainStart + windowMs) {
            has |= bit;
            start[k] = chainStart;
            const below = (k - 1) * n;
            const here = k * n;
            for (let j = 0; j < k; j++) chain[here + j] = chain[below + j] ?? 0;
            chain[here + k] = row;
          }
        }
      }
      if (((has >>> last) & 1) === 1) break;
    }
    if (has === 0) continue;
    const level = 32 - Math.clz32(has);
    reached[level]! += 1;
    const here = (level - 1) * n;
    let previous = timestamps[chain[here] ?? 0] ?? 0;
    for (let k = 1; k < level; k++) {
      const ts = timestamps[chain[here + k] ?? 0] ?? 0;
      durations[k * sequences + filled[k]!++] = (ts - previous) / 1000;
      previous = ts;
    }
    if (levels !== null) {
      while ((offsets[user + 1] ?? 0) <= from) user++;
      if (level > (levels[user] ?? 0)) levels[user] = level;
    }
  }
  const users = new Float64Array(n);
  let deeper = 0;
  for (let k = n - 1; k >= 0; k--) {
    deeper += reached[k + 1] ?? 0;
    users[k] = deeper;
  }
  const times = Array.from({ length: n }, (_, k) =>
    FloatList.of(durations.subarray(k * sequences, k * sequences + (k === 0 ? 0 : (filled[k] ?? 0)))),
  );
  return { users, times };
}

/** Reused buffer of conversion times (grows, never shrinks; one query at a time). */
let scratch = new Float64Array(0);
