import type { Journey, Stage, StageInput } from '../schema';
import { applyPatch, assertFreshId, checkIndex, commit, dropItems, indexOfId, insertAt } from './commit';
import type { Patch } from './commit';

/**
 * A new journey with `stage` inserted at `index` (default: last). Throws a `DomainError` when the
 * index is out of range or the stage is invalid (bad name, id already used).
 */
export function addStage(journey: Journey, stage: StageInput, index = journey.stages.length): Journey {
  assertFreshId(journey, stage.id, 'addStage');
  checkIndex(index, journey.stages.length, 'addStage');
  return commit({ ...journey, stages: insertAt(journey.stages, index, stage) }, 'addStage');
}

/**
 * A new journey with stage `id` updated: rename, recolour, icon, description, goal, matchers.
 * `null` clears an optional field. Throws a `DomainError` if the stage is missing or the result invalid.
 */
export function updateStage(journey: Journey, id: string, patch: Patch<Stage>): Journey {
  const index = indexOfId(journey.stages, id, 'stage');
  const stages = journey.stages.map((s, i) => (i === index ? applyPatch(s, patch, 'updateStage') : s));
  return commit({ ...journey, stages }, 'updateStage');
}

/** A new journey with stage `id` moved to position `toIndex` (0-based, in the final order). */
export function moveStage(journey: Journey, id: string, toIndex: number): Journey {
  const index = indexOfId(journey.stages, id, 'stage');
  checkIndex(toIndex, journey.stages.length - 1, 'moveStage');
  const rest = journey.stages.filter((_, i) => i !== index);
  const stage = journey.stages[index];
  if (!stage) return journey;
  return commit({ ...journey, stages: insertAt(rest, toIndex, stage) }, 'moveStage');
}

/** A new journey without stage `id` and without the items in it (their opportunity links go too). */
export function removeStage(journey: Journey, id: string): Journey {
  indexOfId(journey.stages, id, 'stage');
  return commit(
    {
      ...journey,
      stages: journey.stages.filter((s) => s.id !== id),
      items: dropItems(journey.items, (it) => it.stageId === id),
    },
    'removeStage',
  );
}
