import type { Divider, Item, Journey } from '../schema';
import { dividerSchema, itemSchema, journeySchema, laneSchema, stageSchema } from '../schema';
import type { Change, Diff } from './change';
import { movedIds, shortText } from './compare';
import { diffFields, diffList } from './diff-list';

/** Item fields in schema order: the shared fields, then each type's own. */
const ITEM_FIELDS = [...new Set(itemSchema.options.flatMap((o) => Object.keys(o.shape)))];

const cellOf = (item: Item): string => `${item.stageId}\u0000${item.laneId}`;

/** Items that stayed in their cell but changed place among the items of that cell. */
function movedItems(before: readonly Item[], after: readonly Item[]): Set<string> {
  const oldCell = new Map(before.map((it) => [it.id, cellOf(it)]));
  const stayed = (it: Item): boolean => oldCell.get(it.id) === cellOf(it);
  const byCell = (items: readonly Item[], keep: (it: Item) => boolean): Map<string, string[]> => {
    const cells = new Map<string, string[]>();
    for (const it of items) {
      if (!keep(it)) continue;
      const list = cells.get(cellOf(it)) ?? [];
      list.push(it.id);
      cells.set(cellOf(it), list);
    }
    return cells;
  };
  const newCell = new Map(after.map((it) => [it.id, cellOf(it)]));
  const oldCells = byCell(before, (it) => newCell.get(it.id) === cellOf(it));
  const newCells = byCell(after, stayed);
  const moved = new Set<string>();
  for (const [cell, ids] of newCells) {
    for (const id of movedIds(oldCells.get(cell) ?? [], ids)) moved.add(id);
  }
  return moved;
}

/** The position of an item among the items of its cell. */
function cellPosition(item: Item, items: readonly Item[]): number {
  return items.filter((it) => cellOf(it) === cellOf(item)).indexOf(item);
}

/** Dividers keyed by kind (and occurrence, if a kind repeats), as diffs and merges match them. */
export function keyedDividers(dividers: readonly Divider[]): (Divider & { id: string })[] {
  const count = new Map<string, number>();
  return dividers.map((d) => {
    const n = (count.get(d.kind) ?? 0) + 1;
    count.set(d.kind, n);
    return { ...d, id: n === 1 ? d.kind : `${d.kind}#${n}` };
  });
}

/**
 * What changed from journey `a` to journey `b`, field by field, in a fixed order: journey fields,
 * persona ids, stages, lanes, items, dividers; within each, removed first, then added, changed and
 * moved in `b`'s order. Editing one card's text gives exactly one change. Both must be valid
 * journeys (parsed, defaults applied), or defaults show up as changes.
 */
export function diffJourneys(a: Journey, b: Journey): Diff {
  const changes: Change[] = [
    ...diffFields(
      'journey',
      b.id,
      a,
      b,
      ['stages', 'lanes', 'items', 'dividers', 'personaIds'],
      Object.keys(journeySchema.shape),
    ),
    ...diffList(
      a.personaIds.map((id) => ({ id })),
      b.personaIds.map((id) => ({ id })),
      { entity: 'persona', name: () => undefined },
    ),
    ...diffList(a.stages, b.stages, {
      entity: 'stage',
      name: (s) => s.name,
      fields: Object.keys(stageSchema.shape),
    }),
    ...diffList(a.lanes, b.lanes, {
      entity: 'lane',
      name: (l) => l.name,
      fields: Object.keys(laneSchema.shape),
    }),
    ...diffList(a.items, b.items, {
      entity: 'item',
      name: (it) => (it.text ? shortText(it.text) : undefined),
      fields: ITEM_FIELDS,
      moved: movedItems(a.items, b.items),
      position: cellPosition,
    }),
    ...diffList(keyedDividers(a.dividers), keyedDividers(b.dividers), {
      entity: 'divider',
      name: () => undefined,
      fields: Object.keys(dividerSchema.shape),
    }).filter((c) => c.field !== 'kind'),
  ];
  return { changes };
}
