import type { JourneyIndex } from '../journey-index';
import type { DfgEdge } from '../results';
import { medianOf } from './select';
import { round } from './stats';

/** Largest event dictionary handled by `smallDfg` (its per-edge buffers number codes²). */
export const SMALL_DFG_LIMIT = 64;

/** Per-edge duration buffers, reused across queries (they grow, never shrink; one query at a time). */
const buffers: Float64Array[] = [];

/** What one pass of `smallDfg` found; `edges` are unsorted. */
export interface SmallDfg {
  readonly edges: DfgEdge[];
  readonly starts: Float64Array;
  readonly ends: Float64Array;
}

/**
 * Directly-follows graph for a small event dictionary (at most `SMALL_DFG_LIMIT` names) in one pass
 * over the index: each transition's duration is appended straight to its edge's buffer (edge id =
 * from code * names + to code), so there is no counting pass and no scatter; medians come from
 * bucketed selection on each buffer (`medianOf`). Same answers as the two-pass kernel.
 */
export function smallDfg(index: JourneyIndex, bounds: Int32Array): SmallDfg {
  const names = index.eventNames;
  const e = names.length;
  const edgeCount = e * e;
  const starts = new Float64Array(e);
  const ends = new Float64Array(e);
  const counts = new Int32Array(edgeCount);
  const codes = index.eventCodes;
  const timestamps = index.timestamps;
  for (let id = buffers.length; id < edgeCount; id++) buffers.push(new Float64Array(1024));
  const sequences = bounds.length - 1;
  for (let s = 0; s < sequences; s++) {
    const from = bounds[s] ?? 0;
    const to = bounds[s + 1] ?? 0;
    if (from === to) continue;
    let previous = codes[from] ?? 0;
    let previousTs = timestamps[from] ?? 0;
    starts[previous]! += 1;
    ends[codes[to - 1] ?? 0]! += 1;
    for (let row = from + 1; row < to; row++) {
      const code = codes[row] ?? 0;
      const ts = timestamps[row] ?? 0;
      const id = previous * e + code;
      const at = counts[id] ?? 0;
      let buffer = buffers[id] ?? grow(id, 0);
      if (at === buffer.length) buffer = grow(id, at);
      buffer[at] = ts - previousTs;
      counts[id] = at + 1;
      previous = code;
      previousTs = ts;
    }
  }
  const edges: DfgEdge[] = [];
  for (let id = 0; id < edgeCount; id++) {
    const count = counts[id] ?? 0;
    if (count === 0) continue;
    edges.push({
      from: names[Math.floor(id / e)] ?? '',
      to: names[id % e] ?? '',
      count,
      medianSeconds: round(medianOf(buffers[id] ?? new Float64Array(0), 0, count) / 1000),
    });
  }
  return { edges, starts, ends };
}

/** Doubles the buffer of edge `id`, keeping its first `used` values; returns the new buffer. */
function grow(id: number, used: number): Float64Array {
  const old = buffers[id] ?? new Float64Array(0);
  const next = new Float64Array(Math.max(1024, old.length * 2));
  next.set(old.subarray(0, used));
  buffers[id] = next;
  return next;
}
