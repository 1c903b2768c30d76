import type { JourneyIndex } from '../journey-index';
import type { GroupMasks } from './scope';
import { maskAt, stepMaskOf } from './scope';

/** What the strict-once walker needs of a funnel (the parsed query's settings). */
export interface StrictOnceSettings {
  readonly steps: number;
  readonly windowMs: number;
  readonly strictOrder: boolean;
  readonly strictDedup: boolean;
  readonly strictIncrease: boolean;
  /** Per exclusion: [first, last] level index cleared when it occurs. */
  readonly exclusionRanges: Int32Array;
}

/**
 * The `strict_once` funnel walk, as ClickHouse's `windowFunnel` does it: every level keeps a list of
 * chains (start time, last time, the row used for each step), because one event may match several steps
 * but may be used only once per chain, and which chain will go furthest is not known in advance.
 * A step event extends every chain of the level below that is within the window and does not already
 * use that event; chains out of the window are dropped while the level keeps at least one.
 * A chain that would repeat another chain's start and last time on the same level is not added
 * (it cannot do anything the existing one cannot), which bounds the lists.
 *
 * Storage is a pool reset per walk; it grows (doubling) only for sequences with many open chains.
 */
export class StrictOnceWalker {
  /** Deepest step reached by the last walk (0..n). */
  level = 0;
  private readonly n: number;
  private capacity = 64;
  private used = 0;
  private first = new Float64Array(64);
  private last = new Float64Array(64);
  private rows: Int32Array;
  /** Chain ids per level, in the order they were added. */
  private readonly lists: number[][];
  /** Chain id of the counted attempt (the latest chain on the deepest level), or -1. */
  private counted = -1;

  constructor(
    private readonly settings: StrictOnceSettings,
    private readonly index: JourneyIndex,
    private readonly masks: GroupMasks,
  ) {
    this.n = settings.steps;
    this.rows = new Int32Array(64 * this.n);
    this.lists = Array.from({ length: this.n }, () => []);
  }

  /** Number of valid rows of the counted attempt (its level). */
  chainLength(): number {
    return this.counted === -1 ? 0 : this.level;
  }

  /** Row of step `s` (0-based) of the counted attempt. */
  chainRow(s: number): number {
    return this.rows[this.counted * this.n + s] ?? -1;
  }

  private grow(): void {
    this.capacity *= 2;
    const first = new Float64Array(this.capacity);
    first.set(this.first);
    this.first = first;
    const last = new Float64Array(this.capacity);
    last.set(this.last);
    this.last = last;
    const rows = new Int32Array(this.capacity * this.n);
    rows.set(this.rows);
    this.rows = rows;
  }

  /** Adds a chain on `level` copying the first `level` rows of `from` (or none when -1). */
  private add(level: number, from: number, start: number, ts: number, row: number): number {
    const list = this.lists[level] ?? [];
    for (const id of list) {
      if (this.first[id] === start && this.last[id] === ts) return id;
    }
    if (this.used === this.capacity) this.grow();
    const id = this.used++;
    const n = this.n;
    this.first[id] = start;
    this.last[id] = ts;
    if (from !== -1) this.rows.copyWithin(id * n, from * n, from * n + level);
    this.rows[id * n + level] = row;
    list.push(id);
    return id;
  }

  private finish(level: number): void {
    this.level = level;
    const list = level > 0 ? this.lists[level - 1] : undefined;
    this.counted = list && list.length > 0 ? (list[list.length - 1] ?? -1) : -1;
  }

  private deepest(): number {
    let level = this.n;
    while (level > 0 && (this.lists[level - 1]?.length ?? 0) === 0) level--;
    return level;
  }

  /** Walks rows `[from, to)` and sets `level` and the counted attempt. */
  walk(from: number, to: number): void {
    const { n, lists, settings } = this;
    const { windowMs, strictOrder, strictDedup, strictIncrease, exclusionRanges } = settings;
    const stepMask = stepMaskOf(n);
    const timestamps = this.index.timestamps;
    for (const list of lists) list.length = 0;
    this.used = 0;
    let hasFirst = false;
    for (let row = from; row < to; row++) {
      const mask = maskAt(this.masks, this.index, row);
      const exclusions = mask >>> n;
      for (let j = 0; exclusions !== 0 && 2 * j < exclusionRanges.length; j++) {
        if (((exclusions >>> j) & 1) === 0) continue;
        const high = exclusionRanges[2 * j + 1] ?? -1;
        for (let k = exclusionRanges[2 * j] ?? 0; k <= high; k++) (lists[k] ?? []).length = 0;
      }
      const steps = mask & stepMask;
      if (steps === 0) {
        if (strictOrder && hasFirst) break;
        continue;
      }
      const ts = timestamps[row] ?? 0;
      for (let k = 0; k < n; k++) {
        if (((steps >>> k) & 1) === 0) continue;
        if (k === 0) {
          this.add(0, -1, ts, ts, row);
          hasFirst = true;
          continue;
        }
        const below = lists[k - 1] ?? [];
        if (strictDedup && (lists[k]?.length ?? 0) > 0) return this.finish(this.deepest());
        if (strictOrder && hasFirst && below.length === 0) {
          let empty = 0;
          while (empty < n && (lists[empty]?.length ?? 0) > 0) empty++;
          return this.finish(empty);
        }
        let write = 0;
        const count = below.length;
        for (let read = 0; read < count; read++) {
          const id = below[read] ?? 0;
          const start = this.first[id] ?? 0;
          const inWindow = ts <= start + windowMs;
          if (!inWindow && count - (read - write) > 1) continue;
          below[write++] = id;
          if (!inWindow) continue;
          if (strictIncrease && !((this.last[id] ?? 0) < ts)) continue;
          if (this.usesRow(id, k, row)) continue;
          const added = this.add(k, id, start, ts, row);
          if (k === n - 1) {
            this.level = n;
            this.counted = added;
            return;
          }
        }
        below.length = write;
      }
    }
    this.finish(this.deepest());
  }

  /** Whether chain `id` already uses `row` for one of its first `level` steps. */
  private usesRow(id: number, level: number, row: number): boolean {
    const base = id * this.n;
    for (let s = 0; s < level; s++) if (this.rows[base + s] === row) return true;
    return false;
  }
}
