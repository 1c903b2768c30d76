import type { Journey, Lane, LaneInput } from '../schema';
import { applyPatch, assertFreshId, checkIndex, commit, dropItems, indexOfId, insertAt } from './commit';
import type { Patch } from './commit';

/** A new journey with `lane` inserted at `index` (default: last). Throws a `DomainError` if invalid. */
export function addLane(journey: Journey, lane: LaneInput, index = journey.lanes.length): Journey {
  assertFreshId(journey, lane.id, 'addLane');
  checkIndex(index, journey.lanes.length, 'addLane');
  return commit({ ...journey, lanes: insertAt(journey.lanes, index, lane) }, 'addLane');
}

/**
 * A new journey with lane `id` updated (name, kind, icon, colour). Changing the kind of an emotions
 * lane that holds emotion points is refused: remove the points first.
 */
export function updateLane(journey: Journey, id: string, patch: Patch<Lane>): Journey {
  const index = indexOfId(journey.lanes, id, 'lane');
  const lanes = journey.lanes.map((l, i) => (i === index ? applyPatch(l, patch, 'updateLane') : l));
  return commit({ ...journey, lanes }, 'updateLane');
}

/** A new journey with lane `id` moved to position `toIndex` (0-based, in the final order). */
export function moveLane(journey: Journey, id: string, toIndex: number): Journey {
  const index = indexOfId(journey.lanes, id, 'lane');
  checkIndex(toIndex, journey.lanes.length - 1, 'moveLane');
  const lane = journey.lanes[index];
  if (!lane) return journey;
  const rest = journey.lanes.filter((_, i) => i !== index);
  return commit({ ...journey, lanes: insertAt(rest, toIndex, lane) }, 'moveLane');
}

/**
 * A new journey without lane `id`, its items (emotion points included, opportunity links to its
 * pain points dropped) and the blueprint dividers drawn under it.
 */
export function removeLane(journey: Journey, id: string): Journey {
  indexOfId(journey.lanes, id, 'lane');
  return commit(
    {
      ...journey,
      lanes: journey.lanes.filter((l) => l.id !== id),
      items: dropItems(journey.items, (it) => it.laneId === id),
      dividers: journey.dividers.filter((d) => d.afterLaneId !== id),
    },
    'removeLane',
  );
}
