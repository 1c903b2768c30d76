import {
  deepEqual,
  mergeJourneys,
  type Journey,
  type MergeChoices,
  type MergeConflict,
} from '@waymark/domain';
import { shareStructure } from './share-structure';
import type { HistoryState } from './use-history';

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
 * the person's choices), and every undo and redo step is its own edits re-applied on `theirs` the
 * same way (a conflict there keeps `theirs`, or the person's choice for that key), so stepping back
 * after a merge undoes this person's edits without taking the other person's changes away. A step
 * that cannot be merged (it never should: merges give valid journeys) is dropped.
 */
export function rebaseHistory(
  state: HistoryState<Journey>,
  sides: MergeSides,
  present: Journey,
  choices: MergeChoices = {},
): HistoryState<Journey> {
  const cache = new Map<Journey, Journey | undefined>();
  const moved = (snapshot: Journey): Journey | undefined => {
    if (cache.has(snapshot)) return cache.get(snapshot);
    let result: Journey | undefined;
    try {
      result = rebaseJourney(sides, snapshot, choices).journey;
    } catch {
      result = undefined;
    }
    cache.set(snapshot, result);
    return result;
  };
  // Steps that became equal to their neighbour (their only difference was taken over by `theirs`)
  // would be undo steps that change nothing: keep one of each run.
  const list = (snapshots: readonly Journey[], next: Journey, order: 'past' | 'future') => {
    const out: Journey[] = [];
    let neighbour = next;
    const walk = order === 'past' ? [...snapshots].reverse() : snapshots;
    for (const snapshot of walk) {
      const rebased = moved(snapshot);
      if (rebased === undefined || deepEqual(rebased, neighbour)) continue;
      out.push(rebased);
      neighbour = rebased;
    }
    return order === 'past' ? out.reverse() : out;
  };
  return { past: list(state.past, present, 'past'), present, future: list(state.future, present, 'future') };
}
