import {
  deepEqual,
  mergeJourneys,
  type Journey,
  type MergeChoices,
  type MergeConflict,
} from '@waymark/domain';
import { shareStructure } from './share-structure';
import { DeferredStep, stepValue, type HistoryState, type HistoryStep } from './use-history';

/**
 * What the editor does when a save meets a newer revision: this person's edits since the revision
 * they started from (`base`) are re-applied on top of the newest stored version (`theirs`) by the
 * domain's three-way merge, never by saving the local snapshot over it. Only true conflicts (both
 * sides changed the same field of the same element, or one deleted what the other changed) wait for
 * the person's choice.
 */

/** The two stored versions a local edit is merged between. */
export interface MergeSides {
  /** The journey as stored at the revision the local edits started from. */
  base: Journey;
  /** The newest stored journey. */
  theirs: Journey;
}

/**
 * `mine` re-applied on top of `sides.theirs`. Conflicts with a choice take it; the others take
 * `theirs` in `journey` and are listed in `open`. A result equal to `theirs` is `theirs` itself
 * (nothing of mine is left to save), and unchanged stages, lanes and items are shared with `mine`.
 */
export function rebaseJourney(
  sides: MergeSides,
  mine: Journey,
  choices: MergeChoices = {},
): { journey: Journey; conflicts: MergeConflict[]; open: MergeConflict[] } {
  const merge = mergeJourneys(sides.base, sides.theirs, mine, { choices, fallback: 'theirs' });
  const journey = deepEqual(merge.journey, sides.theirs) ? sides.theirs : shareStructure(mine, merge.journey);
  const open = merge.conflicts.filter((c) => choices[c.key] === undefined);
  return { journey, conflicts: merge.conflicts, open };
}

/**
 * The undo history moved onto `sides.theirs`: the present becomes `present` (already merged with
 * the person's choices), and every undo and redo step becomes its own edits re-applied on `theirs`
 * the same way (a conflict there keeps `theirs`, or the person's choice for that key), so stepping
 * back after a merge undoes this person's edits without taking the other person's changes away.
 * Steps are merged when Undo or Redo reaches them (`DeferredStep`), not all at once: a merge of a
 * large map takes milliseconds, and the history holds up to 200 steps. A step that cannot be merged
 * (it never should: merges give valid journeys) is skipped.
 */
export function rebaseHistory(
  state: HistoryState<Journey>,
  sides: MergeSides,
  present: Journey,
  choices: MergeChoices = {},
): HistoryState<Journey> {
  const moved = (step: HistoryStep<Journey>) =>
    new DeferredStep<Journey>(() => {
      const snapshot = stepValue(step);
      if (snapshot === undefined) return undefined;
      try {
        return rebaseJourney(sides, snapshot, choices).journey;
      } catch {
        return undefined;
      }
    });
  return { past: state.past.map(moved), present, future: state.future.map(moved) };
}
