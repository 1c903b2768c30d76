import fc from 'fast-check';
import { setEmotion, removeEmotion } from '../operations/emotions';
import { addItem, moveItem, removeItem, updateItem } from '../operations/items';
import {
  addJourneyPersona,
  removeJourneyPersona,
  setDivider,
  updateJourney,
} from '../operations/journey-fields';
import { addLane, moveLane, removeLane, updateLane } from '../operations/lanes';
import { addStage, moveStage, removeStage, updateStage } from '../operations/stages';
import type { Journey, LaneKind } from '../schema';
import { journeySchema } from '../schema';
import { DomainError } from '../validation/errors';

/**
 * fast-check generators for merge properties: a small random journey, and random edit sessions made
 * of the domain's own operations (so every version is one a person could have made). For tests only.
 * Values come from small pools, so two sides sometimes make the same change.
 */

const TEXTS = ['Searches', 'Compares prices', 'Asks a friend', 'Pays', 'ค้นหา', '比較價格', 'مقایسه'];
const COLORS = ['#1f6feb', '#ff0000', '#00aa55'];
const LANE_KINDS: LaneKind[] = [
  'actions',
  'thoughts',
  'touchpoints',
  'pain_points',
  'opportunities',
  'emotions',
];
const PERSONAS = ['per_a', 'per_b', 'per_c'];

const pick = <T>(list: readonly T[], n: number): T | undefined => list[n % Math.max(list.length, 1)];

/** A random valid journey: 1-4 stages, 1-4 lanes (emotions lane often), 0-8 items, 0-2 personas. */
export const journeyArbitrary: fc.Arbitrary<Journey> = fc
  .record({
    stages: fc.integer({ min: 1, max: 4 }),
    lanes: fc.array(fc.constantFrom(...LANE_KINDS), { minLength: 1, maxLength: 4 }),
    personas: fc.subarray(PERSONAS.slice(0, 2)),
    items: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...TEXTS)), { maxLength: 8 }),
    divider: fc.option(fc.nat(), { nil: undefined }),
  })
  .map(({ stages, lanes, personas, items, divider }) => {
    const stageList = Array.from({ length: stages }, (_, i) => ({ id: `stg_${i}`, name: `Stage ${i}` }));
    const laneList = lanes.map((kind, i) => ({ id: `lan_${i}`, kind, name: `Lane ${i}` }));
    const cardLanes = laneList.filter((l) => l.kind !== 'emotions');
    const itemList = cardLanes.length
      ? items.map(([s, l, text], i) => {
          const lane = pick(cardLanes, l);
          const common = { id: `itm_${i}`, stageId: pick(stageList, s)?.id, laneId: lane?.id, text };
          if (lane?.kind === 'pain_points') return { type: 'pain_point', ...common, severity: 3 };
          if (lane?.kind === 'opportunities')
            return { type: 'opportunity', ...common, impact: 3, feasibility: 2 };
          return { type: 'card', ...common };
        })
      : [];
    const lane = divider === undefined ? undefined : pick(laneList, divider);
    return journeySchema.parse({
      id: 'jrn_prop',
      title: 'Property map',
      mapType: 'current_state',
      journeyKind: 'purchase',
      locale: 'en',
      direction: 'ltr',
      personaIds: personas,
      stages: stageList,
      lanes: laneList,
      items: itemList,
      dividers: lane ? [{ kind: 'line_of_visibility', afterLaneId: lane.id }] : [],
    });
  });

/** One edit, as numbers and pool values that `applyEdit` reads against the journey at hand. */
export interface Edit {
  op: number;
  a: number;
  b: number;
  c: number;
  text: string;
}

const editArbitrary: fc.Arbitrary<Edit> = fc.record({
  op: fc.nat({ max: 21 }),
  a: fc.nat(),
  b: fc.nat(),
  c: fc.nat(),
  text: fc.constantFrom(...TEXTS),
});

/** An edit session: 0-8 edits. */
export const editsArbitrary: fc.Arbitrary<Edit[]> = fc.array(editArbitrary, { maxLength: 8 });

/** Only edits of item fields (text, tags, colour): sessions of these on different items never conflict. */
export const itemFieldEditsArbitrary: fc.Arbitrary<Edit[]> = fc.array(
  editArbitrary.map((e) => ({ ...e, op: 11 + (e.op % 2) })),
  { maxLength: 6 },
);

/** Applies one edit; an edit the journey refuses (a `DomainError`) leaves it as it was. */
export function applyEdit(journey: Journey, edit: Edit, idPrefix: string, n: number): Journey {
  const { a, b, c, text } = edit;
  const stage = pick(journey.stages, a);
  const lane = pick(journey.lanes, b);
  const item = pick(journey.items, a);
  const persona = pick(PERSONAS, c);
  const fresh = `${idPrefix}_${n}`;
  const ops: (() => Journey)[] = [
    () => updateJourney(journey, { title: text }),
    () => updateJourney(journey, { description: text }),
    () => addStage(journey, { id: fresh, name: text }, c % (journey.stages.length + 1)),
    () => updateStage(journey, stage?.id ?? '', { name: text }),
    () => updateStage(journey, stage?.id ?? '', { color: pick(COLORS, c) ?? null }),
    () => moveStage(journey, stage?.id ?? '', c % journey.stages.length),
    () => removeStage(journey, stage?.id ?? ''),
    () => addLane(journey, { id: fresh, kind: pick(LANE_KINDS, c) ?? 'text', name: text }),
    () => updateLane(journey, lane?.id ?? '', { name: text }),
    () => moveLane(journey, lane?.id ?? '', c % journey.lanes.length),
    () => removeLane(journey, lane?.id ?? ''),
    () => updateItem(journey, item?.id ?? '', { text }),
    () => updateItem(journey, item?.id ?? '', { tags: [text] }),
    () =>
      addItem(
        journey,
        { type: 'card', id: fresh, stageId: stage?.id ?? '', laneId: lane?.id ?? '', text },
        0,
      ),
    () => moveItem(journey, item?.id ?? '', { stageId: stage?.id ?? '', laneId: lane?.id ?? '' }),
    () => removeItem(journey, item?.id ?? ''),
    () => setEmotion(journey, { stageId: stage?.id ?? '', personaId: persona ?? '', score: (c % 11) - 5 }),
    () => removeEmotion(journey, { stageId: stage?.id ?? '', personaId: persona ?? '' }),
    () => addJourneyPersona(journey, persona ?? ''),
    () => removeJourneyPersona(journey, persona ?? ''),
    () => setDivider(journey, 'line_of_visibility', c % 3 === 0 ? null : (lane?.id ?? '')),
    () => {
      const opportunity = journey.items.find((it) => it.type === 'opportunity');
      const pain = journey.items.filter((it) => it.type === 'pain_point');
      return updateItem(journey, opportunity?.id ?? '', {
        painPointIds: pain.slice(0, c % 3).map((p) => p.id),
      });
    },
  ];
  try {
    return ops[edit.op % ops.length]?.() ?? journey;
  } catch (error) {
    if (error instanceof DomainError) return journey;
    throw error;
  }
}

/** The journey after a session of edits; new ids are `<idPrefix>_<n>`, so two sessions never share one. */
export function applyEdits(journey: Journey, edits: readonly Edit[], idPrefix: string): Journey {
  return edits.reduce((j, edit, n) => applyEdit(j, edit, idPrefix, n), journey);
}
