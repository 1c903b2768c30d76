import type { Journey } from '@waymark/domain';

/** Deep equality of plain JSON-like values (what a journey is made of). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((v, i) => deepEqual(v, b[i]));
  }
  const ka = Object.keys(a).filter((k) => Reflect.get(a, k) !== undefined);
  const kb = Object.keys(b).filter((k) => Reflect.get(b, k) !== undefined);
  return ka.length === kb.length && ka.every((k) => deepEqual(Reflect.get(a, k), Reflect.get(b, k)));
}

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
