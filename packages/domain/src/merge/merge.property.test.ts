import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepEqual, movedIds } from '../diff/compare';
import { keyedDividers } from '../diff/diff-journeys';
import { updateItem } from '../operations/items';
import { updateStage } from '../operations/stages';
import type { Journey } from '../schema';
import { applyEdits, editsArbitrary, journeyArbitrary } from '../testing/journey-arbitraries';
import { validateJourney } from '../validation/validate';
import type { MergeConflict } from './conflict';
import { itemKey } from './elements';
import { mergeJourneys, resolveMerge } from './merge-journeys';

/** Seeded, so a failure reproduces; raise `numRuns` locally to search harder. */
const runs = { seed: 7, numRuns: 200 };

/** A base and two edit sessions on it. */
const sides = fc
  .record({ base: journeyArbitrary, t: editsArbitrary, m: editsArbitrary })
  .map(({ base, t, m }) => ({ base, theirs: applyEdits(base, t, 'tt'), mine: applyEdits(base, m, 'mm') }));

/** Every element of a journey with fields, keyed `entity/id` (emotion points by cell). */
function elements(j: Journey): Map<string, object> {
  const out = new Map<string, object>([[`journey/${j.id}`, j]]);
  for (const s of j.stages) out.set(`stage/${s.id}`, s);
  for (const l of j.lanes) out.set(`lane/${l.id}`, l);
  for (const it of j.items) out.set(itemKey(it), it);
  for (const d of keyedDividers(j.dividers)) out.set(`divider/${d.id}`, d);
  return out;
}
const SKIP = new Set(['id', 'stages', 'lanes', 'items', 'dividers', 'personaIds']);
const fieldsOf = (...xs: object[]): string[] =>
  [...new Set(xs.flatMap((x) => Object.keys(x)))].filter((k) => !SKIP.has(k));

describe('mergeJourneys properties', () => {
  it('merge(base, x, base) = x and merge(base, base, y) = y, without conflicts', () => {
    fc.assert(
      fc.property(sides, ({ base, theirs, mine }) => {
        const a = mergeJourneys(base, theirs, base);
        const b = mergeJourneys(base, base, mine);
        expect(a.conflicts).toEqual([]);
        expect(b.conflicts).toEqual([]);
        expect(a.journey).toEqual(theirs);
        expect(b.journey).toEqual(mine);
      }),
      runs,
    );
  });

  it('is idempotent: merge(base, x, x) = x', () => {
    fc.assert(
      fc.property(sides, ({ base, theirs }) => {
        const merge = mergeJourneys(base, theirs, theirs);
        expect(merge.conflicts).toEqual([]);
        expect(merge.journey).toEqual(theirs);
      }),
      runs,
    );
  });

  it('always gives a valid journey, whichever sides the conflicts take', () => {
    fc.assert(
      fc.property(sides, fc.func(fc.constantFrom('theirs' as const, 'mine' as const)), (s, choose) => {
        const merge = mergeJourneys(s.base, s.theirs, s.mine);
        const choices = Object.fromEntries(merge.conflicts.map((c) => [c.key, choose(c.key)]));
        for (const journey of [merge.journey, resolveMerge(merge, choices), resolveMerge(merge, {}, 'mine')])
          expect(validateJourney(journey).ok).toBe(true);
      }),
      runs,
    );
  });

  it('is commutative up to the side conflicts take', () => {
    fc.assert(
      fc.property(sides, ({ base, theirs, mine }) => {
        const tm = mergeJourneys(base, theirs, mine, { fallback: 'theirs' });
        const mt = mergeJourneys(base, mine, theirs, { fallback: 'mine' });
        expect(mt.journey).toEqual(tm.journey);
        const flip = (c: MergeConflict) => [
          c.kind,
          c.entity,
          c.field,
          c.removedBy === 'mine' ? 'theirs' : c.removedBy === 'theirs' ? 'mine' : undefined,
        ];
        expect(mt.conflicts.map(flip).sort()).toEqual(
          tm.conflicts.map((c) => [c.kind, c.entity, c.field, c.removedBy]).sort(),
        );
      }),
      runs,
    );
  });

  it('reports a field conflict exactly where both sides changed the same field differently', () => {
    fc.assert(
      fc.property(sides, ({ base, theirs, mine }) => {
        const { conflicts } = mergeJourneys(base, theirs, mine);
        const [b, t, m] = [elements(base), elements(theirs), elements(mine)];
        const expected: string[] = [];
        for (const [key, te] of t) {
          const me = m.get(key);
          const be = b.get(key) ?? {};
          if (!me || Reflect.get(te, 'type') !== Reflect.get(me, 'type')) continue;
          if (!b.has(key) && !key.startsWith('emotion:') && !key.startsWith('divider/')) continue;
          for (const f of fieldsOf(be, te, me)) {
            if (f === 'kind' && key.startsWith('divider/')) continue;
            const [bv, tv, mv] = [be, te, me].map((x) => Reflect.get(x, f));
            if (!deepEqual(tv, bv) && !deepEqual(mv, bv) && !deepEqual(tv, mv)) expected.push(`${key}/${f}`);
          }
        }
        const reported = conflicts
          .filter((c) => c.kind === 'field')
          .map((c) => {
            const el =
              c.entity === 'item'
                ? [...t].find(([, v]) => Reflect.get(v, 'id') === c.id)?.[0]
                : `${c.entity}/${c.id}`;
            return `${el}/${c.field}`;
          });
        expect(reported.sort()).toEqual(expected.sort());
      }),
      runs,
    );
  });

  it('keeps every change only one side made, on elements the merge keeps', () => {
    fc.assert(
      fc.property(sides, ({ base, theirs, mine }) => {
        const { journey, conflicts } = mergeJourneys(base, theirs, mine);
        const [b, t, m, r] = [elements(base), elements(theirs), elements(mine), elements(journey)];
        const disputed = new Set(conflicts.map((c) => `${c.entity}/${c.id}`));
        for (const [key, re] of r) {
          const [be, te, me] = [b.get(key), t.get(key), m.get(key)];
          if (!be || !te || !me || key.startsWith('emotion:')) continue;
          if (disputed.has(key) || disputed.has(`item/${Reflect.get(re, 'id')}`)) continue;
          for (const f of fieldsOf(be, te, me)) {
            const [bv, tv, mv] = [be, te, me].map((x) => Reflect.get(x, f));
            if (deepEqual(mv, bv) && f !== 'painPointIds')
              expect([key, f, Reflect.get(re, f)]).toEqual([key, f, tv]);
            if (deepEqual(tv, bv) && f !== 'painPointIds')
              expect([key, f, Reflect.get(re, f)]).toEqual([key, f, mv]);
          }
        }
        // New elements whose cell (and persona, for a feeling) the merge kept are in the result.
        for (const [key, x] of [...t, ...m]) {
          if (b.has(key) || r.has(key) || key.startsWith('journey')) continue;
          const under = Reflect.get(x, 'afterLaneId');
          if (under !== undefined && !journey.lanes.some((l) => l.id === under)) continue;
          const lane = journey.lanes.find((l) => l.id === Reflect.get(x, 'laneId'));
          const stageId = Reflect.get(x, 'stageId');
          const personaId = Reflect.get(x, 'personaId');
          const cellKept = lane !== undefined && journey.stages.some((s) => s.id === stageId);
          const feelingKept =
            personaId === undefined ||
            (journey.personaIds.includes(String(personaId)) && lane?.kind === 'emotions');
          if (stageId === undefined || (cellKept && feelingKept))
            expect.fail(`${key} was added on one side and lost`);
        }
      }),
      runs,
    );
  });

  it('merges edits of different cards and stages without conflicts and keeps both', () => {
    fc.assert(
      fc.property(
        journeyArbitrary,
        fc.string({ minLength: 1, maxLength: 8 }),
        fc.string({ minLength: 1, maxLength: 8 }),
        (base, x, y) => {
          const [first, ...rest] = base.items;
          const last = rest.at(-1);
          const stage = base.stages[0];
          if (!first || !last || !stage) return;
          const theirs = updateItem(base, first.id, { text: x });
          const mine = updateStage(updateItem(base, last.id, { text: y }), stage.id, { name: y });
          const { journey, conflicts } = mergeJourneys(base, theirs, mine);
          expect(conflicts).toEqual([]);
          expect(journey.items.find((it) => it.id === first.id)?.text).toBe(x);
          expect(journey.items.find((it) => it.id === last.id)?.text).toBe(y);
          expect(journey.stages[0]?.name).toBe(y);
        },
      ),
      runs,
    );
  });

  it('keeps the base order of the stages, lanes and items neither side moved', () => {
    fc.assert(
      fc.property(sides, ({ base, theirs, mine }) => {
        const { journey } = mergeJourneys(base, theirs, mine);
        for (const keys of [
          (j: Journey) => j.stages.map((s) => s.id),
          (j: Journey) => j.lanes.map((l) => l.id),
          (j: Journey) => j.items.map(itemKey),
        ]) {
          const [b, t, m, r] = [keys(base), keys(theirs), keys(mine), keys(journey)];
          const moved = new Set([...movedIds(b, t), ...movedIds(b, m)]);
          const still = (k: string) => t.includes(k) && m.includes(k) && r.includes(k) && !moved.has(k);
          expect(r.filter(still)).toEqual(b.filter(still));
        }
      }),
      runs,
    );
  });
});
