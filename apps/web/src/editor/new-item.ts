import { ID_PREFIX, newId, type Item, type LaneKind } from '@waymark/domain';

/** Item types a person can add to a cell (emotion points are drawn on the curve instead). */
export type AddableItemType = Exclude<Item['type'], 'emotion_point'>;

/** Addable item types in menu order. */
export const ADDABLE_TYPES: readonly AddableItemType[] = ['card', 'touchpoint', 'pain_point', 'opportunity'];

/** The item type a lane suggests: touchpoints in touchpoint/channel lanes, and so on. */
export function defaultItemType(kind: LaneKind): AddableItemType {
  switch (kind) {
    case 'touchpoints':
    case 'channels':
      return 'touchpoint';
    case 'pain_points':
      return 'pain_point';
    case 'opportunities':
      return 'opportunity';
    default:
      return 'card';
  }
}

/** A new, schema-valid item of `type` in the cell, with a fresh id and mid-scale ratings. */
export function newItem(type: AddableItemType, stageId: string, laneId: string, text: string): Item {
  const base = { id: newId(ID_PREFIX.item), stageId, laneId, text, tags: [], evidence: [] };
  switch (type) {
    case 'card':
      return { type, ...base };
    case 'touchpoint':
      return { type, ...base, matchers: [] };
    case 'pain_point':
      return { type, ...base, severity: 3 };
    case 'opportunity':
      return { type, ...base, impact: 3, feasibility: 3, status: 'idea', painPointIds: [] };
  }
}

let pendingEdit: string | undefined;

/** Marks a just-added item or stage so its text opens in edit mode when it mounts. */
export function requestEdit(id: string): void {
  pendingEdit = id;
}

/** True once for the item or stage marked by `requestEdit`. */
export function consumeEdit(id: string): boolean {
  if (pendingEdit !== id) return false;
  pendingEdit = undefined;
  return true;
}
