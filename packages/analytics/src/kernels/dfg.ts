import type { JourneyIndex } from '../journey-index';
import type { DfgQuery, VariantsQuery } from '../query';
import type { DfgEdge, DfgResult, VariantsResult } from '../results';
import { compareText } from './funnel';
import { medianInPlace } from './select';
import { forEachSequence } from './sessions';
import { round } from './stats';

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

/**
 * Directly-follows graph: two passes over the index. Pass one counts edges (dense matrix of event codes),
 * pass two drops each transition's duration into its edge's bucket; medians come from in-place selection.
 */
export function runDfg(index: JourneyIndex, query: DfgQuery): DfgResult {
  const names = index.eventNames;
  const e = names.length;
  const starts = new Float64Array(e);
  const ends = new Float64Array(e);
  const dense = e <= DENSE_LIMIT;
  const codes = index.eventCodes;
  const timestamps = index.timestamps;
  const edgeCount = dense ? new Int32Array(e * e) : null;
  const sparse = dense ? null : new Map<number, number>();
  let transitions = 0;
  const bySession = query.by === 'session';
  const idleMs = query.sessionIdleSeconds * 1000;
  forEachSequence(index, bySession, idleMs, (from, to) => {
    starts[codes[from] ?? 0]! += 1;
    ends[codes[to - 1] ?? 0]! += 1;
    for (let row = from + 1; row < to; row++) {
      const id = (codes[row - 1] ?? 0) * e + (codes[row] ?? 0);
      if (edgeCount !== null) edgeCount[id]! += 1;
      else sparse?.set(id, (sparse.get(id) ?? 0) + 1);
      transitions++;
    }
  });
  // Bucket offsets per edge id, in ascending id order.
  const ids: number[] = [];
  if (edgeCount !== null) {
    for (let id = 0; id < edgeCount.length; id++) if ((edgeCount[id] ?? 0) > 0) ids.push(id);
  } else if (sparse !== null) {
    ids.push(...[...sparse.keys()].sort((a, b) => a - b));
  }
  const slot = new Map<number, number>();
  const offsets = new Int32Array(ids.length + 1);
  ids.forEach((id, i) => {
    slot.set(id, i);
    offsets[i + 1] = (offsets[i] ?? 0) + (edgeCount !== null ? (edgeCount[id] ?? 0) : (sparse?.get(id) ?? 0));
  });
  const denseSlot = edgeCount !== null ? new Int32Array(edgeCount.length).fill(-1) : null;
  if (denseSlot !== null) ids.forEach((id, i) => (denseSlot[id] = i));
  const fill = offsets.slice(0, ids.length);
  const durations = new Float64Array(transitions);
  forEachSequence(index, bySession, idleMs, (from, to) => {
    for (let row = from + 1; row < to; row++) {
      const id = (codes[row - 1] ?? 0) * e + (codes[row] ?? 0);
      const s = denseSlot !== null ? (denseSlot[id] ?? 0) : (slot.get(id) ?? 0);
      durations[fill[s]!++] = (timestamps[row] ?? 0) - (timestamps[row - 1] ?? 0);
    }
  });
  const edges: DfgEdge[] = ids.map((id, i) => {
    const from = offsets[i] ?? 0;
    const to = offsets[i + 1] ?? 0;
    return {
      from: names[Math.floor(id / e)] ?? '',
      to: names[id % e] ?? '',
      count: to - from,
      medianSeconds: round(medianInPlace(durations, from, to) / 1000),
    };
  });
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
