import type { JourneyIndex } from '../journey-index';
import type { FunnelQuery, TimeToConvertQuery } from '../query';
import { StrictOnceWalker } from './funnel-strict-once';
import type { GroupMasks } from './scope';
import { maskAt, stepMaskOf } from './scope';

/**
 * Walks one sequence (a user's rows, or a session's) through a funnel and finds the deepest step
 * reached and the rows of the attempt that got there. Preallocated state, no allocation per sequence.
 *
 * Ordered funnels follow ClickHouse `windowFunnel`: one chain per level, a new first-step event
 * restarts level 1 with its own start time, chains further along keep theirs; a step advances the
 * chain one level below it when within `window` (inclusive) of that chain's first step. The steps an
 * event matches are tried from the first to the last (so one event may advance a chain twice).
 * `strict_once` keeps a list of chains per level instead (see `StrictOnceWalker`).
 */
export class FunnelWalker {
  /** Deepest step reached by the last walk (0..n). */
  level = 0;
  /** Level index (0-based) whose chain is the counted attempt, or -1. Rows are `chainRow(k)`. */
  chainLevel = -1;
  private readonly n: number;
  private readonly windowMs: number;
  private readonly strictOrder: boolean;
  private readonly strictDedup: boolean;
  private readonly strictIncrease: boolean;
  /** Set when the funnel uses `strict_once`; walks are then delegated to it. */
  private readonly once: StrictOnceWalker | null;
  private readonly ordered: boolean;
  private readonly stepMask: number;
  /** Per exclusion: [first, last] level index cleared when it occurs. */
  private readonly exclusionRanges: Int32Array;
  private readonly has: Uint8Array;
  private readonly start: Float64Array;
  private readonly last: Float64Array;
  /** Unordered walks: the rows of the best attempt at `rows[(n - 1) * n + c]`. */
  private readonly rows: Int32Array;
  /** Ordered walks: the chain node of each level, and the node pool (row, parent node). */
  private readonly levelNode: Int32Array;
  private nodeRow = new Int32Array(256);
  private nodeParent = new Int32Array(256);

  constructor(
    query: FunnelQuery | TimeToConvertQuery,
    private readonly index: JourneyIndex,
    private readonly masks: GroupMasks,
  ) {
    const n = query.steps.length;
    this.n = n;
    this.windowMs = query.windowSeconds * 1000;
    this.strictOrder = query.modes.includes('strict_order');
    this.strictDedup = query.modes.includes('strict_deduplication');
    this.strictIncrease = query.modes.includes('strict_increase');
    this.ordered = query.ordered;
    this.stepMask = stepMaskOf(n);
    this.exclusionRanges = new Int32Array(query.exclusions.length * 2);
    query.exclusions.forEach((exclusion, j) => {
      if (exclusion.toStep > n)
        throw new RangeError(`exclusion toStep ${exclusion.toStep} is past the last step (${n})`);
      this.exclusionRanges[2 * j] = exclusion.fromStep - 1;
      this.exclusionRanges[2 * j + 1] = exclusion.toStep - 2;
    });
    this.has = new Uint8Array(n);
    this.start = new Float64Array(n);
    this.last = new Float64Array(n);
    this.rows = new Int32Array(n * n);
    this.levelNode = new Int32Array(n);
    this.once = query.modes.includes('strict_once')
      ? new StrictOnceWalker(
          {
            steps: n,
            windowMs: this.windowMs,
            strictOrder: this.strictOrder,
            strictDedup: this.strictDedup,
            strictIncrease: this.strictIncrease,
            exclusionRanges: this.exclusionRanges,
          },
          index,
          masks,
        )
      : null;
  }

  /** Row of step `s` (0-based) of the counted attempt; valid for `s <= chainLevel`. */
  chainRow(s: number): number {
    if (this.once !== null) return this.once.chainRow(s);
    if (!this.ordered) return this.rows[this.chainLevel * this.n + s] ?? -1;
    let node = this.levelNode[this.chainLevel] ?? -1;
    for (let level = this.chainLevel; level > s && node >= 0; level--) node = this.nodeParent[node] ?? -1;
    return node >= 0 ? (this.nodeRow[node] ?? -1) : -1;
  }

  /**
   * Writes the rows of the counted attempt into `out[0 .. chainLength() - 1]` (one walk up the chain;
   * cheaper than `chainRow` per step). Returns the chain length.
   */
  fillChain(out: Int32Array): number {
    const length = this.chainLength();
    if (this.once !== null || !this.ordered) {
      for (let s = 0; s < length; s++) out[s] = this.chainRow(s);
      return length;
    }
    let node = this.levelNode[this.chainLevel] ?? -1;
    for (let s = length - 1; s >= 0 && node >= 0; s--) {
      out[s] = this.nodeRow[node] ?? -1;
      node = this.nodeParent[node] ?? -1;
    }
    return length;
  }

  /** Walks rows `[from, to)` and sets `level` and `chainLevel`. */
  walk(from: number, to: number): void {
    if (this.once !== null) {
      this.once.walk(from, to);
      this.level = this.once.level;
      this.chainLevel = this.level - 1;
    } else if (this.ordered) this.walkOrdered(from, to);
    else this.walkUnordered(from, to);
  }

  private finish(level: number): void {
    this.level = level;
    let k = Math.min(level, this.n) - 1;
    while (k >= 0 && this.has[k] === 0) k--;
    this.chainLevel = k;
  }

  /** Makes room for `needed` chain nodes (the pool only grows). */
  private reserve(needed: number): void {
    if (this.nodeRow.length >= needed) return;
    const size = Math.max(needed, this.nodeRow.length * 2);
    this.nodeRow = new Int32Array(size);
    this.nodeParent = new Int32Array(size);
  }

  /**
   * The ordered walk. Hot loop: no calls, no allocation. Only the set bits of an event's step mask are
   * visited (lowest first). A chain's rows are immutable nodes (row, parent node), so extending a
   * chain is two writes instead of a copy; the pool is reused across sequences.
   */
  private walkOrdered(from: number, to: number): void {
    const { n, has, start, last, levelNode, windowMs, stepMask, exclusionRanges } = this;
    const { strictOrder, strictDedup, strictIncrease } = this;
    if (this.nodeRow.length < (to - from) * n + 1) this.reserve((to - from) * n + 1);
    const nodeRow = this.nodeRow;
    const nodeParent = this.nodeParent;
    const timestamps = this.index.timestamps;
    const codes = this.index.eventCodes;
    const codeMasks = this.masks.codeMasks;
    const rowMasks = this.masks.rowMasks;
    const hasExclusions = exclusionRanges.length > 0;
    for (let k = 0; k < n; k++) has[k] = 0;
    let used = 0;
    let firstEvent = false;
    let previousStep = 0;
    for (let row = from; row < to; row++) {
      const mask = rowMasks !== null ? (rowMasks[row] ?? 0) : (codeMasks[codes[row] ?? 0] ?? 0);
      if (hasExclusions) {
        const exclusions = mask >>> n;
        for (let j = 0; exclusions !== 0 && 2 * j < exclusionRanges.length; j++) {
          if (((exclusions >>> j) & 1) === 0) continue;
          const high = exclusionRanges[2 * j + 1] ?? -1;
          for (let k = exclusionRanges[2 * j] ?? 0; k <= high; k++) has[k] = 0;
        }
      }
      let steps = mask & stepMask;
      if (steps === 0) {
        if (strictOrder) {
          if (firstEvent) break;
          previousStep = 0;
        }
        continue;
      }
      const ts = timestamps[row] ?? 0;
      while (steps !== 0) {
        const bit = steps & -steps;
        steps ^= bit;
        const k = 31 - Math.clz32(bit);
        if (k === 0) {
          has[0] = 1;
          start[0] = ts;
          last[0] = ts;
          nodeRow[used] = row;
          nodeParent[used] = -1;
          levelNode[0] = used++;
          firstEvent = true;
        } else if (strictDedup && has[k] === 1) {
          return this.finish(previousStep);
        } else if (strictOrder && firstEvent && has[k - 1] === 0) {
          let empty = 0;
          while (empty < n && has[empty] === 1) empty++;
          return this.finish(empty);
        } else if (has[k - 1] === 1) {
          const chainStart = start[k - 1] ?? 0;
          if (ts <= chainStart + windowMs && (!strictIncrease || (last[k - 1] ?? 0) < ts)) {
            has[k] = 1;
            start[k] = chainStart;
            last[k] = ts;
            nodeRow[used] = row;
            nodeParent[used] = levelNode[k - 1] ?? -1;
            levelNode[k] = used++;
            if (k === n - 1) return this.finish(n);
          }
        }
        previousStep = k + 1;
      }
    }
    let level = n;
    while (level > 0 && has[level - 1] === 0) level--;
    this.finish(level);
  }

  /**
   * Unordered: for each event matching a step, the window `[t, t + window]` is scanned and each event
   * takes the first step it matches that is not taken yet; the deepest count wins (the earliest on ties).
   * The attempt's rows are kept in time order as chain level `level - 1`.
   */
  private walkUnordered(from: number, to: number): void {
    const { n, rows, windowMs, stepMask, masks, index } = this;
    const timestamps = index.timestamps;
    const best = n - 1;
    let bestLevel = 0;
    for (let first = from; first < to && bestLevel < n; first++) {
      if ((maskAt(masks, index, first) & stepMask) === 0) continue;
      const limit = (timestamps[first] ?? 0) + windowMs;
      let taken = 0;
      let count = 0;
      for (let row = first; row < to && (timestamps[row] ?? 0) <= limit && count < n; row++) {
        const free = maskAt(masks, index, row) & stepMask & ~taken;
        if (free === 0) continue;
        taken |= free & -free;
        count++;
      }
      if (count > bestLevel) {
        // Walk the window again to record the rows of this better attempt.
        taken = 0;
        let c = 0;
        for (let row = first; row < to && (timestamps[row] ?? 0) <= limit && c < count; row++) {
          const free = maskAt(masks, index, row) & stepMask & ~taken;
          if (free === 0) continue;
          taken |= free & -free;
          rows[best * n + c] = row;
          c++;
        }
        bestLevel = count;
      }
    }
    this.level = bestLevel;
    this.chainLevel = bestLevel > 0 ? best : -1;
    this.unorderedLevel = bestLevel;
  }

  /** Number of rows in the unordered attempt (chain rows `0 .. unorderedLevel - 1`). */
  unorderedLevel = 0;

  /** Number of valid chain rows of the counted attempt. */
  chainLength(): number {
    if (this.once !== null) return this.once.chainLength();
    if (this.chainLevel < 0) return 0;
    return this.ordered ? this.chainLevel + 1 : this.unorderedLevel;
  }
}
