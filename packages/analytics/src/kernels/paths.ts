import type { JourneyIndex } from '../journey-index';
import type { CleaningRule, PathsQuery } from '../query';
import type { PathsResult, SankeyEdge, SankeyNode } from '../results';
import { compareText } from './funnel';
import type { PreparedQuery } from './scope';
import { groupMasks, maskAt } from './scope';
import { forEachSequence } from './sessions';

/** Compiles a cleaning pattern: `*` matches any run of characters, everything else is literal. */
export function compilePattern(pattern: string): RegExp {
  const body = pattern
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}$`, 's');
}

/** Maps every event name to its cleaned name (the first matching rule's alias, else itself). */
export function cleanNames(names: readonly string[], rules: readonly CleaningRule[]): string[] {
  const compiled = rules.map((rule) => ({ test: compilePattern(rule.pattern), alias: rule.alias }));
  return names.map((name) => compiled.find((rule) => rule.test.test(name))?.alias ?? name);
}

/**
 * Paths through sessions (split after `sessionIdleSeconds` without events, or by session id).
 * With a start point a path begins at its first match; with an end point it ends at the first match after
 * the start, keeping the last `maxSteps` events when there is no start point, else the first `maxSteps`.
 * Sankey nodes are keyed by step position (`<step>:<name>`), so cycles draw; edge counts are transitions.
 */
export function runPaths(index: JourneyIndex, query: PathsQuery, prepared: PreparedQuery): PathsResult {
  const masks = groupMasks(index, prepared);
  const cleaned = cleanNames(index.eventNames, query.cleaning);
  const hasStart = query.startPoint !== undefined;
  const hasEnd = query.endPoint !== undefined;
  const counts = new Map<string, { events: string[]; count: number }>();
  let total = 0;
  forEachSequence(index, true, query.sessionIdleSeconds * 1000, (from, to) => {
    let begin = from;
    if (hasStart) {
      while (begin < to && (maskAt(masks, index, begin) & 1) === 0) begin++;
      if (begin === to) return;
    }
    let stop = to;
    if (hasEnd) {
      let row = hasStart ? begin + 1 : begin;
      while (row < to && (maskAt(masks, index, row) & 2) === 0) row++;
      if (row === to) return;
      stop = row + 1;
    }
    const events: string[] = [];
    for (let row = begin; row < stop; row++) {
      const name = cleaned[index.eventCodes[row] ?? 0] ?? '';
      if (query.collapseRepeats && events[events.length - 1] === name) continue;
      events.push(name);
    }
    const path = hasEnd && !hasStart ? events.slice(-query.maxSteps) : events.slice(0, query.maxSteps);
    const key = path.join('\u0000');
    const known = counts.get(key);
    if (known) known.count++;
    else counts.set(key, { events: path, count: 1 });
    total++;
  });
  const all = [...counts.values()].sort(
    (a, b) => b.count - a.count || compareText(a.events.join('\u0000'), b.events.join('\u0000')),
  );
  const nodes = new Map<string, SankeyNode>();
  const edges = new Map<string, SankeyEdge>();
  for (const { events, count } of all) {
    events.forEach((name, i) => {
      const id = `${i + 1}:${name}`;
      const node = nodes.get(id);
      if (node) node.count += count;
      else nodes.set(id, { id, step: i + 1, name, count });
      if (i === 0) return;
      const source = `${i}:${events[i - 1] ?? ''}`;
      const key = `${source}\u0000${id}`;
      const edge = edges.get(key);
      if (edge) edge.count += count;
      else edges.set(key, { source, target: id, count });
    });
  }
  return {
    total,
    paths: all.slice(0, query.topN),
    nodes: [...nodes.values()].sort(
      (a, b) => a.step - b.step || b.count - a.count || compareText(a.name, b.name),
    ),
    edges: [...edges.values()].sort(
      (a, b) => b.count - a.count || compareText(a.source, b.source) || compareText(a.target, b.target),
    ),
  };
}
