import { deepEqual, shortText } from '../diff/compare';
import { keyedDividers } from '../diff/diff-journeys';
import { commit } from '../operations/commit';
import type { Divider, Item, Journey, Lane, Stage } from '../schema';
import { DomainError } from '../validation/errors';
import type { MergeChoices, MergeConflict, MergeSide } from './conflict';
import type { Three } from './elements';
import { byKey, itemKey, survivors, touches } from './elements';
import type { Draft } from './fields';
import { ConflictLog, mergeRecord, mergeValue } from './fields';
import { mergeOrder } from './sequence';

/**
 * The three-way merge of journeys: `base` (what both sides started from), `theirs` (the newer
 * stored version) and `mine` (the local or imported one). Elements are matched by id (emotion
 * points by cell). The rules, each tested in `merge.test.ts` and by the properties in
 * `merge.property.test.ts`:
 *
 * - A field changed on one side takes that change; changed to the same value on both, that value;
 *   changed differently on both, a `field` conflict. Lists inside a field (tags, matchers, linked
 *   pain points) are one value.
 * - Added on either side: kept. Deleted on one side and untouched on the other: deleted. Deleted on
 *   one side and changed on the other: a `removed` conflict. Deleted on one side and only moved on
 *   the other: deleted.
 * - A stage or lane deleted on one side while the other added or changed cards in it (or drew a
 *   blueprint line under the lane) is one `removed` conflict for the stage or lane; so is a persona
 *   taken off the map while the other side changed its emotion points, and an emotions lane turned
 *   into another kind while the other side changed points in it. Keeping it keeps everything it
 *   held; deleting it deletes its cards too.
 * - Order: see `sequence.ts`. An element both sides moved to different places is a `position`
 *   conflict; an item both sides moved to different cells is a conflict of `stageId`/`laneId`.
 * - Links from opportunities to pain points that no longer exist are dropped, as deleting a pain
 *   point does.
 * The result is always a valid journey (`commit` validates it).
 */

/** What `mergeJourneys` returns. */
export interface JourneyMerge {
  /** The merged journey; each conflict is settled by its choice, or else the fallback side. */
  journey: Journey;
  /** Every conflict, in a fixed order: journey fields, presence, fields, then positions. */
  conflicts: MergeConflict[];
  /** The inputs, so `resolveMerge` can settle the conflicts with a person's choices. */
  base: Journey;
  theirs: Journey;
  mine: Journey;
}

/** Options of `mergeJourneys`. */
export interface MergeOptions {
  /** The side chosen per conflict key. */
  choices?: MergeChoices;
  /** The side a conflict without a choice takes (default `theirs`: the stored version stays). */
  fallback?: MergeSide;
  /** Persona names for conflict messages (a journey holds only persona ids). */
  personaName?(id: string): string | undefined;
}

const EMOTIONS = 'emotions';
const cell = (x: { stageId?: unknown; laneId?: unknown }): string =>
  `${String(x.stageId)}:${String(x.laneId)}`;
const text = (x: unknown): string | undefined =>
  typeof x === 'string' && x.trim() !== '' ? shortText(x) : undefined;
const asString = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);
const laneGone = (j: Journey, d: Divider): boolean => !j.lanes.some((l) => l.id === d.afterLaneId);

/** Index of `key` among the keys of `list` whose item is in the same cell as `item`. */
function cellIndex(list: readonly Item[], item: Item): number {
  return list.filter((it) => cell(it) === cell(item)).findIndex((it) => itemKey(it) === itemKey(item));
}

/** Three-way merge of journeys; see the module comment for the rules. */
export function mergeJourneys(
  base: Journey,
  theirs: Journey,
  mine: Journey,
  options: MergeOptions = {},
): JourneyMerge {
  if (theirs.id !== base.id || mine.id !== base.id) {
    throw new DomainError(
      `mergeJourneys: expected three versions of one map (got ${[base.id, theirs.id, mine.id].join(', ')})`,
      'invalid',
    );
  }
  const log = new ConflictLog(options.choices ?? {}, options.fallback ?? 'theirs');
  const personaName = options.personaName ?? (() => undefined);

  const fields = mergeRecord(
    base,
    theirs,
    mine,
    { entity: 'journey', id: base.id, name: theirs.title },
    log,
    ['id', 'stages', 'lanes', 'items', 'dividers', 'personaIds'],
  );

  const stages = byKey(base.stages, theirs.stages, mine.stages, (s) => s.id);
  const lanes = byKey(base.lanes, theirs.lanes, mine.lanes, (l) => l.id);
  const personas = byKey(base.personaIds, theirs.personaIds, mine.personaIds, (p) => p);
  const items = byKey(base.items, theirs.items, mine.items, itemKey);
  const keyed = (j: Journey) => keyedDividers(j.dividers);
  const dividers = byKey(keyed(base), keyed(theirs), keyed(mine), (d) => d.id);
  const dividerLanes = new Map(
    [...dividers].map(([k, v]) => [
      k,
      { base: v.base?.afterLaneId, theirs: v.theirs?.afterLaneId, mine: v.mine?.afterLaneId },
    ]),
  );
  const touched = {
    theirs: touches(items, dividerLanes, 'theirs'),
    mine: touches(items, dividerLanes, 'mine'),
  };
  const changed = (a: object, b: object): boolean => !deepEqual(a, b);
  const touchedBy = (what: 'stages' | 'lanes' | 'personas') => ({
    theirs: touched.theirs[what],
    mine: touched.mine[what],
  });
  const named = <T extends { name: string }>(entity: 'stage' | 'lane', what: 'stages' | 'lanes') => ({
    entity,
    name: (v: Three<T>) => (v.theirs ?? v.mine ?? v.base)?.name,
    changed,
    touched: touchedBy(what),
  });

  const keptPersonas = survivors(
    personas,
    {
      entity: 'persona',
      name: (v) => personaName(v.base ?? v.theirs ?? v.mine ?? ''),
      changed: () => false,
      touched: touchedBy('personas'),
    },
    log,
  );
  const keptStages = survivors<Stage>(stages, named('stage', 'stages'), log);
  const keptLanes = survivors<Lane>(lanes, named('lane', 'lanes'), log);

  const laneValues = new Map<string, Draft>();
  for (const id of keptLanes) {
    const v = lanes.get(id);
    if (v) laneValues.set(id, mergeLane(id, v, touched, log));
  }
  const stageValues = new Map<string, Draft>();
  for (const id of keptStages) {
    const v = stages.get(id);
    const name = (v?.theirs ?? v?.mine ?? v?.base)?.name;
    if (v?.theirs && v.mine)
      stageValues.set(id, mergeRecord(v.base, v.theirs, v.mine, { entity: 'stage', id, name }, log));
    else if (v) stageValues.set(id, { ...(v.theirs ?? v.mine) });
  }

  const laneKind = (laneId: string): unknown => laneValues.get(laneId)?.kind;
  /** True when the side dropped the element's stage, lane or persona, or retyped its emotions lane. */
  const droppedContainer = (side: 'theirs' | 'mine', item: Item): boolean => {
    const j = side === 'theirs' ? theirs : mine;
    const lane = j.lanes.find((l) => l.id === item.laneId);
    if (!lane || !j.stages.some((s) => s.id === item.stageId)) return true;
    return (
      item.type === 'emotion_point' && (lane.kind !== EMOTIONS || !j.personaIds.includes(item.personaId))
    );
  };
  /** True when the merged map still has the cell (and, for an emotion point, its persona and lane kind). */
  const cellKept = (x: Draft | Item): boolean =>
    keptStages.has(String(x.stageId)) &&
    keptLanes.has(String(x.laneId)) &&
    (x.type !== 'emotion_point' ||
      (keptPersonas.has(String(x.personaId)) && laneKind(String(x.laneId)) === EMOTIONS));

  const stageName = (id: string): string | undefined => asString(stageValues.get(id)?.name) ?? id;
  const itemValues = new Map<string, Draft>();
  for (const [key, v] of items) {
    const three: Three<Item> = { ...v };
    const b = three.base;
    if (b && !cellKept(b) && (!three.theirs || !three.mine)) {
      // The cell went (with a side that dropped it); its cards go with it.
      if ((!three.theirs && droppedContainer('theirs', b)) || (!three.mine && droppedContainer('mine', b)))
        continue;
    }
    if (b && !three.theirs && droppedContainer('theirs', b)) three.theirs = b;
    if (b && !three.mine && droppedContainer('mine', b)) three.mine = b;
    const sample = three.theirs ?? three.mine ?? b;
    if (!sample) continue;
    const name =
      sample.type === 'emotion_point'
        ? `${stageName(sample.stageId) ?? sample.stageId} · ${personaName(sample.personaId) ?? sample.personaId}`
        : text(sample.text);
    const value = mergeItem(key, three, { entity: 'item', id: sample.id, name }, log);
    if (value && cellKept(value)) itemValues.set(key, value);
  }

  const dividerValues = new Map<string, Draft>();
  for (const [key, v] of dividers) {
    const three = { ...v };
    const b = three.base;
    if (b && !three.theirs && laneGone(theirs, b)) {
      if (!keptLanes.has(b.afterLaneId)) continue;
      three.theirs = b;
    }
    if (b && !three.mine && laneGone(mine, b)) {
      if (!keptLanes.has(b.afterLaneId)) continue;
      three.mine = b;
    }
    const value = mergePresence(three, { entity: 'divider', id: key, name: undefined }, log, ['id', 'kind']);
    if (value && keptLanes.has(String(value.afterLaneId)))
      dividerValues.set(key, { kind: value.kind, afterLaneId: value.afterLaneId });
  }

  // Orders. A list order is a position conflict when both sides moved an element differently.
  type Lists = { base: readonly string[]; theirs: readonly string[]; mine: readonly string[] };
  const orderOf = (
    entity: MergeConflict['entity'],
    lists: Lists,
    kept: ReadonlySet<string>,
    name: (key: string) => string | undefined,
  ): string[] => {
    const at = (list: readonly string[], key: string): number | undefined => {
      const i = list.indexOf(key);
      return i < 0 ? undefined : i;
    };
    const place = (key: string): MergeSide =>
      log.raise({
        kind: 'position',
        entity,
        id: key,
        name: name(key),
        base: at(lists.base, key),
        theirs: at(lists.theirs, key),
        mine: at(lists.mine, key),
      });
    return mergeOrder({ ...lists, survivors: kept, place });
  };
  const listsOf = <T>(of: (j: Journey) => readonly T[], key: (x: T) => string): Lists => ({
    base: of(base).map(key),
    theirs: of(theirs).map(key),
    mine: of(mine).map(key),
  });
  const stageOrder = orderOf(
    'stage',
    listsOf(
      (j) => j.stages,
      (s) => s.id,
    ),
    keptStages,
    stageName,
  );
  const laneOrder = orderOf(
    'lane',
    listsOf(
      (j) => j.lanes,
      (l) => l.id,
    ),
    keptLanes,
    (id) => asString(laneValues.get(id)?.name),
  );
  const personaOrder = orderOf(
    'persona',
    listsOf(
      (j) => j.personaIds,
      (p) => p,
    ),
    keptPersonas,
    personaName,
  );
  const itemLists = listsOf((j) => j.items, itemKey);
  const itemOrder = mergeOrder({
    ...itemLists,
    survivors: new Set(itemValues.keys()),
    place: (key) => {
      const v = items.get(key);
      const t = v?.theirs;
      const m = v?.mine;
      const r = itemValues.get(key);
      if (!t || !m || !r) return 'theirs';
      if (cell(t) !== cell(m)) {
        if (cell(r) === cell(t)) return 'theirs';
        if (cell(r) === cell(m)) return 'mine';
        return r.stageId === t.stageId ? 'theirs' : 'mine';
      }
      const b = v.base;
      return log.raise({
        kind: 'position',
        entity: 'item',
        id: t.id,
        name: text(t.text),
        ...(b && cell(b) === cell(t) ? { base: cellIndex(base.items, b) } : {}),
        theirs: cellIndex(theirs.items, t),
        mine: cellIndex(mine.items, m),
      });
    },
  });
  const dividerLists = listsOf(keyed, (d) => d.id);
  // A blueprint line's place in the list means nothing: no conflict, and the same either way round.
  const dividerOrder = mergeOrder({
    ...dividerLists,
    survivors: new Set(dividerValues.keys()),
    place: (key) => (dividerLists.theirs.indexOf(key) <= dividerLists.mine.indexOf(key) ? 'theirs' : 'mine'),
  });

  const pick = (order: readonly string[], values: ReadonlyMap<string, Draft>): Draft[] =>
    order.flatMap((k) => {
      const value = values.get(k);
      return value ? [value] : [];
    });
  const mergedItems = pick(itemOrder, itemValues);
  const painPoints = new Set(mergedItems.filter((it) => it.type === 'pain_point').map((it) => it.id));
  const candidate = {
    ...fields,
    id: base.id,
    personaIds: personaOrder,
    stages: pick(stageOrder, stageValues),
    lanes: pick(laneOrder, laneValues),
    items: mergedItems.map((it) =>
      it.type === 'opportunity' && Array.isArray(it.painPointIds)
        ? { ...it, painPointIds: it.painPointIds.filter((id) => painPoints.has(id)) }
        : it,
    ),
    dividers: pick(dividerOrder, dividerValues),
  };
  return { journey: commit(candidate, 'mergeJourneys'), conflicts: log.conflicts, base, theirs, mine };
}

/**
 * The merged journey with a person's choices (a side per conflict key); conflicts without a choice
 * take the merge's fallback side (`theirs` unless given).
 */
export function resolveMerge(
  merge: JourneyMerge,
  choices: MergeChoices,
  fallback: MergeSide = 'theirs',
): Journey {
  return mergeJourneys(merge.base, merge.theirs, merge.mine, { choices, fallback }).journey;
}

/**
 * One lane: fields merged, and the emotions rule: if one side turned an emotions lane into another
 * kind while the other changed emotion points in it, that is a `removed` conflict of the lane
 * (field `kind`); keeping it keeps it an emotions lane.
 */
function mergeLane(
  id: string,
  v: Three<Lane>,
  touched: Record<MergeSide, { emotionLanes: ReadonlyMap<string, number> }>,
  log: ConflictLog,
): Draft {
  const { base: b, theirs: t, mine: m } = v;
  const name = (t ?? m ?? b)?.name;
  if (!t || !m) return { ...(t ?? m) };
  const merged = mergeRecord(b, t, m, { entity: 'lane', id, name }, log);
  if (!b || b.kind !== EMOTIONS) return merged;
  for (const [retyper, keeper] of [
    [t, 'mine'],
    [m, 'theirs'],
  ] as const) {
    const kept = keeper === 'mine' ? m : t;
    const contents = touched[keeper].emotionLanes.get(id) ?? 0;
    if (retyper.kind === EMOTIONS || kept.kind !== EMOTIONS || contents === 0) continue;
    const side = log.raise({
      kind: 'removed',
      entity: 'lane',
      id,
      name,
      field: 'kind',
      removedBy: keeper === 'mine' ? 'theirs' : 'mine',
      contents,
      base: b,
      theirs: t,
      mine: m,
    });
    return side === keeper ? { ...merged, kind: EMOTIONS } : merged;
  }
  return merged;
}

/**
 * An element that may be missing on a side: both have it → fields merged; one has it → kept if new,
 * deleted if unchanged, else a `removed` conflict. `undefined` when it goes.
 */
function mergePresence<T extends Draft>(
  v: Three<T>,
  ref: { entity: MergeConflict['entity']; id: string; name: string | undefined },
  log: ConflictLog,
  skip?: readonly string[],
): Draft | undefined {
  const { base: b, theirs: t, mine: m } = v;
  if (t && m) return mergeRecord(b, t, m, ref, log, skip);
  const kept = t ?? m;
  if (!kept) return undefined;
  if (!b) return { ...kept };
  if (deepEqual(b, kept)) return undefined;
  const keeper: MergeSide = t ? 'theirs' : 'mine';
  const side = log.raise({
    kind: 'removed',
    ...ref,
    removedBy: keeper === 'theirs' ? 'mine' : 'theirs',
    base: b,
    ...(keeper === 'theirs' ? { theirs: kept } : { mine: kept }),
  });
  return side === keeper ? { ...kept } : undefined;
}

/**
 * One item. Items of different types on the two sides (possible only from imports) merge as one
 * value, conflict field `type`. Emotion points matched by cell may carry different ids: the id
 * follows the side that changed it, or the smaller one.
 */
function mergeItem(
  key: string,
  v: Three<Item>,
  ref: { entity: 'item'; id: string; name: string | undefined },
  log: ConflictLog,
): Draft | undefined {
  const { base: b, theirs: t, mine: m } = v;
  if (t && m && t.type !== m.type) {
    const value = mergeValue(b, t, m, () =>
      log.raise({ kind: 'field', ...ref, field: 'type', base: b, theirs: t, mine: m }),
    );
    return value === m ? { ...m } : { ...t };
  }
  if (!key.startsWith('emotion:') || !t || !m) return mergePresence(v, ref, log);
  const merged = mergeRecord(b, t, m, ref, log);
  const id = t.id === m.id || b?.id === m.id ? t.id : b?.id === t.id ? m.id : t.id < m.id ? t.id : m.id;
  return { ...merged, id };
}
