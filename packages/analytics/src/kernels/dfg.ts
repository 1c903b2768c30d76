import type { JourneyIndex } from '../journey-index';
import type { DfgQuery, VariantsQuery } from '../query';
import type { DfgEdge, DfgResult, VariantsResult } from '../results';
import { compareText } from './funnel';
import { SMALL_DFG_LIMIT, smallDfg } from './dfg-small';
import { medianOf } from './select';
import { forEachSequence, sequenceBounds } from './sessions';
import { round } from './stats';
import { checkpoint } from '../deadline';

/** Largest event dictionary for which edges are counted in a dense matrix (larger ones use a map). */
const DENSE_LIMIT = 2048;

/** Orders a name -> count record by count (descending), then name. */
export function sortedCounts(counts: Float64Array, names: readonly string[]): Record<string, number> {
  const entries: [string, number][] = [];
  counts.forEach((count, code) => {
    if (count > 0) entries.push([names[code] ?? '', count]);
  });
  entries.sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]));
  return Object.fromEntries(entries);
}

/** A reusable scratch buffer for transition durations (grows, never shrinks; one query at a time). */
let scratch = new Float64Array(0);

/**
 * Directly-follows graph: one pass (`smallDfg`) for dictionaries of at most 64 names; otherwise two
 * passes over the index without callbacks or allocation per event.
 * Pass one counts edges (dense matrix of event codes, or a map for huge dictionaries); pass two drops
 * each transition's duration into its edge's bucket; medians come from bucketed selection (`medianOf`).
 */
export function runDfg(index: JourneyIndex, query: DfgQuery): DfgResult {
  const names = index.eventNames;
  const e = names.length;
  const starts = new Float64Array(e);
  const ends = new Float64Array(e);
  const codes = index.eventCodes;
  const timestamps = index.timestamps;
  const bounds = sequenceBounds(index, query.by === 'session', query.sessionIdleSeconds * 1000);
  if (e <= SMALL_DFG_LIMIT) {
    const small = smallDfg(index, bounds);
    return finishDfg(small.edges, small.starts, small.ends, names);
  }
  const sequences = bounds.length - 1;
  const dense = e <= DENSE_LIMIT;
  const edgeCount = new Int32Array(dense ? e * e : 0);
  const sparse = new Map<number, number>();
  let transitions = 0;
  for (let s = 0; s < sequences; s++) {
    checkpoint();
    const from = bounds[s] ?? 0;
    const to = bounds[s + 1] ?? 0;
    if (from === to) continue;
    starts[codes[from] ?? 0]! += 1;
    ends[codes[to - 1] ?? 0]! += 1;
    let previous = codes[from] ?? 0;
    for (let row = from + 1; row < to; row++) {
      const code = codes[row] ?? 0;
      const id = previous * e + code;
      if (dense) edgeCount[id]! += 1;
      else sparse.set(id, (sparse.get(id) ?? 0) + 1);
      previous = code;
    }
    transitions += to - from - 1;
  }
  // Edge ids in ascending order, and each edge's bucket in the durations buffer.
  const ids: number[] = [];
  if (dense) {
    for (let id = 0; id < edgeCount.length; id++) if ((edgeCount[id] ?? 0) > 0) ids.push(id);
  } else ids.push(...[...sparse.keys()].sort((a, b) => a - b));
  const countOf = (id: number): number => (dense ? (edgeCount[id] ?? 0) : (sparse.get(id) ?? 0));
  const offsets = new Int32Array(ids.length + 1);
  ids.forEach((id, i) => {
    offsets[i + 1] = (offsets[i] ?? 0) + countOf(id);
  });
  // Dense: reuse the count matrix as the fill cursor of each edge's bucket.
  const cursor = dense ? edgeCount : null;
  const slot = new Map<number, number>();
  ids.forEach((id, i) => {
    if (cursor !== null) cursor[id] = offsets[i] ?? 0;
    else slot.set(id, offsets[i] ?? 0);
  });
  if (scratch.length < transitions) scratch = new Float64Array(transitions);
  const durations = scratch;
  for (let s = 0; s < sequences; s++) {
    checkpoint();
    const from = bounds[s] ?? 0;
    const to = bounds[s + 1] ?? 0;
    let previous = codes[from] ?? 0;
    let previousTs = timestamps[from] ?? 0;
    for (let row = from + 1; row < to; row++) {
      const code = codes[row] ?? 0;
      const ts = timestamps[row] ?? 0;
      const id = previous * e + code;
      let at: number;
      if (cursor !== null) at = cursor[id]!++;
      else {
        at = slot.get(id) ?? 0;
        slot.set(id, at + 1);
      }
      durations[at] = ts - previousTs;
      previous = code;
      previousTs = ts;
    }
  }
  const edges: DfgEdge[] = ids.map((id, i) => {
    const from = offsets[i] ?? 0;
    const to = offsets[i + 1] ?? 0;
    return {
      from: names[Math.floor(id / e)] ?? '',
      to: names[id % e] ?? '',
      count: to - from,
      medianSeconds: round(medianOf(durations, from, to) / 1000),
    };
  });
  return finishDfg(edges, starts, ends, names);
}

/** Sorts the edges (count descending, then names) and the start and end counts. */
function finishDfg(
  edges: DfgEdge[],
  starts: Float64Array,
  ends: Float64Array,
  names: readonly string[],
): DfgResult {
  edges.sort((a, b) => b.count - a.count || compareText(a.from, b.from) || compareText(a.to, b.to));
  return { edges, start: sortedCounts(starts, names), end: sortedCounts(ends, names) };
}

/** Variants: distinct event-name sequences (per user or session), most frequent first, ties by sequence text. */
export function runVariants(index: JourneyIndex, query: VariantsQuery): VariantsResult {
  const counts = new Map<string, number>();
  const codes = index.eventCodes;
  let total = 0;
  forEachSequence(index, query.by === 'session', query.sessionIdleSeconds * 1000, (from, to) => {
    let key = '';
    for (let row = from; row < to; row++) key += `${codes[row] ?? 0},`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    total++;
  });
  const variants = [...counts.entries()].map(([key, count]) => ({
    events: key
      .slice(0, -1)
      .split(',')
      .map((code) => index.eventNames[Number(code)] ?? ''),
    count,
  }));
  variants.sort((a, b) => b.count - a.count || compareText(a.events.join('\u0000'), b.events.join('\u0000')));
  return { variants: variants.slice(0, query.top), total };
}
