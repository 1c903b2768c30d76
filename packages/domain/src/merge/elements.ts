import { deepEqual } from '../diff/compare';
import type { Item } from '../schema';
import type { MergeConflict, MergeSide } from './conflict';
import type { ConflictLog } from './fields';

/** One element on the three sides; a missing side does not have it. */
export interface Three<T> {
  base?: T;
  theirs?: T;
  mine?: T;
}

/** The three sides' elements by key, in order of first appearance (base, then theirs, then mine). */
export function byKey<T>(
  base: readonly T[],
  theirs: readonly T[],
  mine: readonly T[],
  key: (value: T) => string,
): Map<string, Three<T>> {
  const out = new Map<string, Three<T>>();
  const put = (list: readonly T[], side: keyof Three<T>): void => {
    for (const value of list) {
      const k = key(value);
      const entry = out.get(k) ?? {};
      entry[side] = value;
      out.set(k, entry);
    }
  };
  put(base, 'base');
  put(theirs, 'theirs');
  put(mine, 'mine');
  return out;
}

/** The other side. */
export function other(side: MergeSide): MergeSide {
  return side === 'theirs' ? 'mine' : 'theirs';
}

/**
 * The key an item is matched by: its id, except for emotion points, which are matched by their
 * cell (stage, lane, persona): there is at most one per cell, and two people setting the same
 * feeling create two points with different ids.
 */
export function itemKey(item: Item): string {
  return item.type === 'emotion_point'
    ? `emotion:${item.stageId}:${item.laneId}:${item.personaId}`
    : `item:${item.id}`;
}

/** How many changed cards or points each container holds, per container id. */
export interface Touches {
  stages: Map<string, number>;
  lanes: Map<string, number>;
  personas: Map<string, number>;
  /** Emotion points changed in each lane. */
  emotionLanes: Map<string, number>;
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/**
 * What one side changed inside each stage, lane and persona: items it added or changed (in the
 * cell they were in or are in now) and dividers it drew under a lane. Pure moves and deletions do
 * not count: deleting a stage wins over reordering or deleting its cards.
 */
export function touches(
  items: ReadonlyMap<string, Three<Item>>,
  dividerLanes: ReadonlyMap<string, Three<string>>,
  side: MergeSide,
): Touches {
  const out: Touches = { stages: new Map(), lanes: new Map(), personas: new Map(), emotionLanes: new Map() };
  for (const v of items.values()) {
    const x = v[side];
    const b = v.base;
    if (!x || (b && deepEqual(b, x))) continue;
    bump(out.stages, x.stageId);
    bump(out.lanes, x.laneId);
    if (b && b.stageId !== x.stageId) bump(out.stages, b.stageId);
    if (b && b.laneId !== x.laneId) bump(out.lanes, b.laneId);
    if (x.type === 'emotion_point') {
      bump(out.personas, x.personaId);
      bump(out.emotionLanes, x.laneId);
    }
  }
  for (const v of dividerLanes.values()) {
    const x = v[side];
    if (x !== undefined && x !== v.base) bump(out.lanes, x);
  }
  return out;
}

/** How `survivors` treats one kind of container. */
export interface ContainerRules<T> {
  entity: MergeConflict['entity'];
  name(v: Three<T>): string | undefined;
  /** True when the side's element differs from base (beyond its position). */
  changed(base: T, side: T): boolean;
  touched: Record<MergeSide, ReadonlyMap<string, number>>;
}

/**
 * The keys of a stage, lane or persona list that the merge keeps. An element deleted on one side
 * goes, unless the other side changed it or what it holds: then that is a `removed` conflict and the
 * choice decides. New elements stay.
 */
export function survivors<T>(
  table: ReadonlyMap<string, Three<T>>,
  rules: ContainerRules<T>,
  log: ConflictLog,
): Set<string> {
  const kept = new Set<string>();
  for (const [id, v] of table) {
    if (!v.base || (v.theirs && v.mine)) {
      kept.add(id);
      continue;
    }
    if (!v.theirs && !v.mine) continue;
    const keeper: MergeSide = v.theirs ? 'theirs' : 'mine';
    const value = v[keeper];
    const contents = rules.touched[keeper].get(id) ?? 0;
    if (value === undefined || (!rules.changed(v.base, value) && contents === 0)) continue;
    const side = log.raise({
      kind: 'removed',
      entity: rules.entity,
      id,
      name: rules.name(v),
      removedBy: other(keeper),
      ...(contents > 0 ? { contents } : {}),
      base: v.base,
      ...(keeper === 'theirs' ? { theirs: value } : { mine: value }),
    });
    if (side === keeper) kept.add(id);
  }
  return kept;
}
