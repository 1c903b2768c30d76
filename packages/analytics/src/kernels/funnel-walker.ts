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
 * `strict_once` and `strict_increase` keep a list of chains per level instead (see `StrictOnceWalker`):
 * with them the chain that goes furthest is not always the one with the latest start.
 * `strict_order` (without `allow_reentry`) is one attempt whose events follow each other with nothing
 * in between (see `walkConsecutive`). docs/cli.md, "Funnel modes", states each mode's rule.
 */
export class FunnelWalker {
  /** Deepest step reached by the last walk (0..n). */
  level = 0;
  /** Level index (0-based) whose chain is the counted attempt, or -1. Rows are `chainRow(k)`. */
  chainLevel = -1;
  private readonly n: number;
  private readonly windowMs: number;
  /** `strict_order` with `allow_reentry`: the older reading, inside the per-level walk. */
  private readonly strictOrder: boolean;
  /** `strict_order` without `allow_reentry`: one attempt, walked by `walkConsecutive`. */
  private readonly consecutive: boolean;
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
  /** Unordered walks: the row holding each step in the current window's matching, or -1. */
  private readonly stepRow: Int32Array;
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
    const strictOrder = query.modes.includes('strict_order');
    const reentry = query.modes.includes('allow_reentry');
    this.strictOrder = strictOrder && reentry;
    this.consecutive = strictOrder && !reentry;
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
    this.stepRow = new Int32Array(n);
    this.levelNode = new Int32Array(n);
    this.once =
      !this.consecutive && (query.modes.includes('strict_once') || this.strictIncrease)
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
    } else if (this.consecutive) this.walkConsecutive(from, to);
    else if (this.ordered) this.walkOrdered(from, to);
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
        if (strictOrder && firstEvent) break;
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
          // A repeated step ends the walk at the deepest step reached so far (ClickHouse #37177 fixed
          // the older answer, the step of the previous event).
          return this.finish(this.deepest());
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
      }
    }
    this.finish(this.deepest());
  }

  /** The deepest level with a chain (levels may have gaps after an exclusion). */
  private deepest(): number {
    let level = this.n;
    while (level > 0 && this.has[level - 1] === 0) level--;
    return level;
  }

  /**
   * `strict_order` (without `allow_reentry`): one attempt. Events before the first first-step event
   * are ignored; from it on, each event must be the attempt's next step, within the window (and later
   * than the previous step with `strict_increase`), or the walk ends there. Each event is one step
   * (as with `strict_once`: consecutive events are consecutive steps). An exclusion event that drops
   * the attempt ends the walk at the steps before the exclusion's `fromStep`. `strict_deduplication`
   * adds nothing: a repeated step is not the next step.
   */
  private walkConsecutive(from: number, to: number): void {
    const { n, has, levelNode, windowMs, stepMask, exclusionRanges, strictIncrease } = this;
    this.reserve(n + 1);
    const nodeRow = this.nodeRow;
    const nodeParent = this.nodeParent;
    const timestamps = this.index.timestamps;
    for (let k = 0; k < n; k++) has[k] = 0;
    let level = 0;
    let start = 0;
    let last = 0;
    for (let row = from; row < to; row++) {
      const mask = maskAt(this.masks, this.index, row);
      const exclusions = mask >>> n;
      if (exclusions !== 0 && level > 0) {
        for (let j = 0; 2 * j < exclusionRanges.length; j++) {
          if (((exclusions >>> j) & 1) === 0) continue;
          const high = exclusionRanges[2 * j + 1] ?? -1;
          for (let k = exclusionRanges[2 * j] ?? 0; k <= high; k++) has[k] = 0;
        }
        if (has[level - 1] === 0) return this.finish(this.deepest());
      }
      const steps = mask & stepMask;
      const ts = timestamps[row] ?? 0;
      if (level === 0) {
        if ((steps & 1) === 0) continue;
        start = ts;
      } else if (((steps >>> level) & 1) === 0 || ts > start + windowMs || (strictIncrease && !(last < ts))) {
        return this.finish(level);
      }
      has[level] = 1;
      nodeRow[level] = row;
      nodeParent[level] = level - 1;
      levelNode[level] = level;
      level++;
      last = ts;
      if (level === n) return this.finish(n);
    }
    this.finish(level);
  }

  /**
   * Unordered: for each event matching a step, the window `[t, t + window]` from it is matched to the
   * steps: each step is taken by at most one event, each event takes at most one step it matches, and
   * the assignment reaching the most steps wins (a maximum bipartite matching, so the answer does not
   * depend on the order of events that share steps). The deepest window wins, the earliest on ties.
   * The attempt's rows are kept in time order as chain level `level - 1`.
   *
   * Each window starts from first fit (each event takes its lowest free step), which is already
   * maximum in the common case; only when it leaves steps free is it improved by augmenting paths.
   */
  private walkUnordered(from: number, to: number): void {
    const { n, rows, windowMs, stepMask, masks, index, stepRow } = this;
    const timestamps = index.timestamps;
    const best = n - 1;
    let bestLevel = 0;
    for (let first = from; first < to && bestLevel < n; first++) {
      if ((maskAt(masks, index, first) & stepMask) === 0) continue;
      const limit = (timestamps[first] ?? 0) + windowMs;
      let end = first;
      while (end < to && (timestamps[end] ?? 0) <= limit) end++;
      stepRow.fill(-1);
      let taken = 0;
      let count = 0;
      for (let row = first; row < end && count < n; row++) {
        const free = maskAt(masks, index, row) & stepMask & ~taken;
        if (free === 0) continue;
        const bit = free & -free;
        taken |= bit;
        stepRow[31 - Math.clz32(bit)] = row;
        count++;
      }
      if (count < n && count > 0) count += this.augment(first, end, count);
      if (count > bestLevel) {
        let c = 0;
        for (let k = 0; k < n; k++) if ((stepRow[k] ?? -1) >= 0) rows[best * n + c++] = stepRow[k] ?? -1;
        rows.subarray(best * n, best * n + c).sort();
        bestLevel = count;
      }
    }
    this.level = bestLevel;
    this.chainLevel = bestLevel > 0 ? best : -1;
    this.unorderedLevel = bestLevel;
  }

  /**
   * Grows the matching in `stepRow` of rows `[first, end)` with augmenting paths from each unmatched
   * row (Kuhn's algorithm; a row that found no path will never find one later). Returns how many steps
   * it added. `dead` collects steps whose rows cannot move: a row matching only those is skipped.
   */
  private augment(first: number, end: number, count: number): number {
    const { n, stepMask, masks, index } = this;
    let added = 0;
    let dead = 0;
    for (let row = first; row < end && count + added < n; row++) {
      const mask = maskAt(masks, index, row) & stepMask;
      if (mask === 0 || (mask & ~dead) === 0 || this.holdsStep(row)) continue;
      this.visited = 0;
      if (this.tryRow(row)) {
        added++;
        dead = 0;
      } else dead |= this.visited;
    }
    return added;
  }

  /** Steps visited by the current augmenting search. */
  private visited = 0;

  /** Whether `row` holds a step in the current matching. */
  private holdsStep(row: number): boolean {
    for (let k = 0; k < this.n; k++) if (this.stepRow[k] === row) return true;
    return false;
  }

  /** One augmenting search from `row` (depth at most the step count). */
  private tryRow(row: number): boolean {
    let steps = maskAt(this.masks, this.index, row) & this.stepMask & ~this.visited;
    while (steps !== 0) {
      const bit = steps & -steps;
      steps ^= bit;
      if ((this.visited & bit) !== 0) continue;
      this.visited |= bit;
      const k = 31 - Math.clz32(bit);
      const holder = this.stepRow[k] ?? -1;
      if (holder === -1 || this.tryRow(holder)) {
        this.stepRow[k] = row;
        return true;
      }
    }
    return false;
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
