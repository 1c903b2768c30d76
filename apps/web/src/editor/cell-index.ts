import type { Item, Journey } from '@waymark/domain';

/** Items grouped by cell key (`stageId` + `laneId`), in document order. */
export type CellIndex = ReadonlyMap<string, readonly Item[]>;

const EMPTY: readonly Item[] = [];

/** The key of the cell at `stageId` x `laneId`. */
export function cellKey(stageId: string, laneId: string): string {
  return `${stageId}\u0000${laneId}`;
}

function sameItems(a: readonly Item[], b: readonly Item[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/**
 * Groups a journey's items by cell, reusing the arrays of `previous` for cells whose items are
 * the same objects. Memoised cells then skip re-rendering when an edit touched another cell.
 */
export function indexCells(journey: Journey, previous?: CellIndex): CellIndex {
  const next = new Map<string, Item[]>();
  for (const item of journey.items) {
    const key = cellKey(item.stageId, item.laneId);
    const list = next.get(key);
    if (list) list.push(item);
    else next.set(key, [item]);
  }
  const result = new Map<string, readonly Item[]>();
  for (const [key, items] of next) {
    const old = previous?.get(key);
    result.set(key, old && sameItems(old, items) ? old : items);
  }
  return result;
}

/** The items of one cell (a shared empty array when there are none, so memo comparisons hold). */
export function itemsAt(index: CellIndex, stageId: string, laneId: string): readonly Item[] {
  return index.get(cellKey(stageId, laneId)) ?? EMPTY;
}

/** How many cards (items other than emotion points) each stage and each lane holds. */
export interface CardCounts {
  byStage: ReadonlyMap<string, number>;
  byLane: ReadonlyMap<string, number>;
}

/** Counts the cards of every stage and lane, for "remove it and its cards?" questions. */
export function cardCounts(journey: Journey): CardCounts {
  const byStage = new Map<string, number>();
  const byLane = new Map<string, number>();
  for (const item of journey.items) {
    if (item.type === 'emotion_point') continue;
    byStage.set(item.stageId, (byStage.get(item.stageId) ?? 0) + 1);
    byLane.set(item.laneId, (byLane.get(item.laneId) ?? 0) + 1);
  }
  return { byStage, byLane };
}
