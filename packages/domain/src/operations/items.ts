import type { ItemInput, ItemType, Journey } from '../schema';
import { itemSchema } from '../schema';
import { DomainError } from '../validation/errors';
import { applyPatch, assertFreshId, checkIndex, commit, dropItems, indexOfId } from './commit';
import type { ItemPatch } from './patch-schemas';

/** The fields each item type has, from the schema. */
const FIELDS_BY_TYPE = new Map<ItemType, ReadonlySet<string>>(
  itemSchema.options.map((o) => [o.shape.type.value, new Set(Object.keys(o.shape))]),
);

/** Where an item goes: a cell, and a position among that cell's items (default: last). */
export interface CellTarget {
  stageId: string;
  laneId: string;
  index?: number;
}

/**
 * Where in `journey.items` to insert so the item lands at `index` among the items of the cell
 * (stageId, laneId), skipping `skipId` (the item being moved). Cell order is `journey.items` order.
 */
function insertionPoint(
  items: readonly { id: string; stageId: string; laneId: string }[],
  target: CellTarget,
  skipId?: string,
): number {
  const cell = items.flatMap((it, i) =>
    it.id !== skipId && it.stageId === target.stageId && it.laneId === target.laneId ? [i] : [],
  );
  const index = target.index ?? cell.length;
  checkIndex(index, cell.length, 'item position in its cell');
  if (cell.length === 0) return items.length;
  const before = cell[index];
  if (before !== undefined) return before;
  return (cell[cell.length - 1] ?? items.length - 1) + 1;
}

/**
 * A new journey with `item` in its cell at position `index` among that cell's items (default:
 * last). Throws a `DomainError` if the cell does not exist, the id is taken or the item is invalid.
 */
export function addItem(journey: Journey, item: ItemInput, index?: number): Journey {
  assertFreshId(journey, item.id, 'addItem');
  const at = insertionPoint(journey.items, {
    stageId: item.stageId,
    laneId: item.laneId,
    ...(index === undefined ? {} : { index }),
  });
  const items: unknown[] = [...journey.items.slice(0, at), item, ...journey.items.slice(at)];
  return commit({ ...journey, items }, 'addItem');
}

/**
 * A new journey with item `id` updated field by field (`null` clears optional fields). The type
 * cannot change: make a new item instead. Fields of other item types are refused. Changing
 * stageId/laneId here keeps the item's place in document order; use `moveItem` to choose a position.
 */
export function updateItem(journey: Journey, id: string, patch: ItemPatch): Journey {
  const index = indexOfId(journey.items, id, 'item');
  const current = journey.items[index];
  if (!current) return journey;
  if (patch.type !== undefined && patch.type !== current.type) {
    throw new DomainError(
      `updateItem: the type of item ${JSON.stringify(id)} cannot change from ${current.type} to ${patch.type}`,
      'invalid',
    );
  }
  const allowed = FIELDS_BY_TYPE.get(current.type);
  const foreign = Object.keys(patch).filter((k) => Reflect.get(patch, k) !== undefined && !allowed?.has(k));
  if (foreign.length > 0) {
    throw new DomainError(
      `updateItem: a ${current.type} has no field ${foreign.map((k) => JSON.stringify(k)).join(', ')}`,
      'invalid',
    );
  }
  const items: unknown[] = journey.items.map((it, i) =>
    i === index ? applyPatch(it, patch, 'updateItem') : it,
  );
  return commit({ ...journey, items }, 'updateItem');
}

/**
 * A new journey with item `id` moved to cell (stageId, laneId) at position `index` among that
 * cell's other items (default: last). Works within a cell too, to reorder.
 */
export function moveItem(journey: Journey, id: string, target: CellTarget): Journey {
  const index = indexOfId(journey.items, id, 'item');
  const item = journey.items[index];
  if (!item) return journey;
  indexOfId(journey.stages, target.stageId, 'stage');
  indexOfId(journey.lanes, target.laneId, 'lane');
  const rest = journey.items.filter((_, i) => i !== index);
  const at = insertionPoint(rest, target);
  const moved = { ...item, stageId: target.stageId, laneId: target.laneId };
  return commit({ ...journey, items: [...rest.slice(0, at), moved, ...rest.slice(at)] }, 'moveItem');
}

/** A new journey without item `id`; a removed pain point is also unlinked from opportunities. */
export function removeItem(journey: Journey, id: string): Journey {
  indexOfId(journey.items, id, 'item');
  return commit({ ...journey, items: dropItems(journey.items, (it) => it.id === id) }, 'removeItem');
}
