import { deepEqual, type Journey } from '@waymark/domain';

function shareList<T extends { id: string }>(previous: T[], next: T[]): T[] {
  const byId = new Map(previous.map((e) => [e.id, e]));
  const shared = next.map((e) => {
    const old = byId.get(e.id);
    return old && deepEqual(old, e) ? old : e;
  });
  const unchanged = shared.length === previous.length && shared.every((e, i) => e === previous[i]);
  return unchanged ? previous : shared;
}

/**
 * `next` with every stage, lane and item that equals its counterpart in `previous` replaced by that
 * very object. Domain operations return fresh copies; sharing lets memoised cells and cards skip
 * re-rendering, and keeps undo snapshots small. Returns `previous` itself when nothing changed.
 */
export function shareStructure(previous: Journey, next: Journey): Journey {
  if (previous === next) return previous;
  const stages = shareList(previous.stages, next.stages);
  const lanes = shareList(previous.lanes, next.lanes);
  const items = shareList(previous.items, next.items);
  const shared: Journey = { ...next, stages, lanes, items };
  return deepEqual(previous, shared) ? previous : shared;
}
