import { movedIds } from '../diff/compare';
import type { MergeSide } from './conflict';

/**
 * The three-way merge of an order (stages, lanes, personas, items, dividers), by key.
 *
 * Elements that neither side moved keep their base order and form the skeleton. Every other
 * surviving element is placed by the side that added or moved it (or, if only one side still has
 * it, by that side): right after the skeleton element it follows on that side, keeping that
 * side's order. Where both sides put new or moved elements after the same skeleton element, the
 * two runs are interleaved at the elements they share, and between those the run whose first key
 * sorts first goes first, so the merge does not depend on which side is called theirs.
 * An element both sides moved is placed by both when it follows the same element on both sides;
 * otherwise `place` decides (and records a position conflict).
 */

/** Inputs of `mergeOrder`: the three orders and which keys the merged result keeps. */
export interface OrderInput {
  base: readonly string[];
  theirs: readonly string[];
  mine: readonly string[];
  /** Keys the merge keeps; others are dropped wherever they appear. */
  survivors: ReadonlySet<string>;
  /** Which side places an element both sides moved to different places. */
  place(key: string): MergeSide;
}

const START = '\u0000start';

/** Where each key of `list` sits: the key before it and the last skeleton key before it. */
function places(list: readonly string[], skeleton: ReadonlySet<string>): Map<string, string> {
  const out = new Map<string, string>();
  let anchor = START;
  list.forEach((key, i) => {
    out.set(key, `${anchor}\u0000${i === 0 ? START : (list[i - 1] ?? START)}`);
    if (skeleton.has(key)) anchor = key;
  });
  return out;
}

/** Interleaves two runs of one gap (see the module comment). */
function interleave(a: readonly string[], b: readonly string[]): string[] {
  const inA = new Set(a);
  const inB = new Set(b);
  const sharedA = a.filter((k) => inB.has(k));
  const sharedB = b.filter((k) => inA.has(k));
  // Shared keys out of order on the two sides (only after a position conflict was settled for
  // another key) are kept where `a` has them.
  const outOfOrder = movedIds(sharedA, sharedB);
  const common = sharedA.filter((k) => !outOfOrder.has(k));
  const onlyB = b.filter((k) => !outOfOrder.has(k));
  const out: string[] = [];
  let i = 0;
  let j = 0;
  for (const sync of [...common, undefined]) {
    const segA: string[] = [];
    const segB: string[] = [];
    while (i < a.length && a[i] !== sync) segA.push(a[i++] ?? '');
    while (j < onlyB.length && onlyB[j] !== sync) segB.push(onlyB[j++] ?? '');
    const first = (segA[0] ?? '\uffff') <= (segB[0] ?? '\uffff');
    out.push(...(first ? [...segA, ...segB] : [...segB, ...segA]));
    if (sync !== undefined) {
      out.push(sync);
      i++;
      j++;
    }
  }
  return out;
}

/** The merged order of the surviving keys (see the module comment). */
export function mergeOrder(input: OrderInput): string[] {
  const { base, theirs, mine, survivors } = input;
  const inBase = new Set(base);
  const inTheirs = new Set(theirs);
  const inMine = new Set(mine);
  const movedTheirs = movedIds(base, theirs);
  const movedMine = movedIds(base, mine);
  const skeleton = base.filter(
    (k) => survivors.has(k) && inTheirs.has(k) && inMine.has(k) && !movedTheirs.has(k) && !movedMine.has(k),
  );
  const inSkeleton = new Set(skeleton);
  const placeTheirs = places(theirs, inSkeleton);
  const placeMine = places(mine, inSkeleton);

  const decided = new Map<string, { theirs: boolean; mine: boolean }>();
  /** Which sides place a surviving key outside the skeleton (asks `place` at most once per key). */
  const placers = (key: string): { theirs: boolean; mine: boolean } => {
    const known = decided.get(key);
    if (known) return known;
    const t = inTheirs.has(key);
    const m = inMine.has(key);
    let out = { theirs: t, mine: m };
    if (t && m) {
      const byT = movedTheirs.has(key) || !inBase.has(key);
      const byM = movedMine.has(key) || !inBase.has(key);
      out = { theirs: byT, mine: byM };
      if (byT && byM && placeTheirs.get(key) !== placeMine.get(key)) {
        const side = input.place(key);
        out = { theirs: side === 'theirs', mine: side === 'mine' };
      }
    }
    decided.set(key, out);
    return out;
  };

  const runs = (list: readonly string[], side: MergeSide): Map<string, string[]> => {
    const out = new Map<string, string[]>();
    let anchor = START;
    for (const key of list) {
      if (inSkeleton.has(key)) {
        anchor = key;
        continue;
      }
      if (!survivors.has(key) || !placers(key)[side]) continue;
      const run = out.get(anchor) ?? [];
      run.push(key);
      out.set(anchor, run);
    }
    return out;
  };
  const runsTheirs = runs(theirs, 'theirs');
  const runsMine = runs(mine, 'mine');
  const result = new Set<string>();
  for (const anchor of [START, ...skeleton]) {
    if (anchor !== START) result.add(anchor);
    for (const key of interleave(runsTheirs.get(anchor) ?? [], runsMine.get(anchor) ?? [])) result.add(key);
  }
  return [...result];
}
