import { describe, expect, it } from 'vitest';
import type { Journey } from '../schema';
import { makeJourney, makePersona } from '../testing/factories';
import { formatChange } from './change';
import { diffJourneys } from './diff-journeys';
import { diffDocuments, diffPersonas } from './diff-personas';

const edit = (j: Journey, patch: (draft: Journey) => Journey): Journey => patch(structuredClone(j));

describe('diffJourneys', () => {
  it('finds nothing between equal journeys', () => {
    expect(diffJourneys(makeJourney(), makeJourney()).changes).toEqual([]);
  });

  it('gives exactly one change for one cell text edit', () => {
    const a = makeJourney();
    const b = edit(a, (d) => ({
      ...d,
      items: d.items.map((it) => (it.id === 'itm_card2' ? { ...it, text: 'Reads many reviews' } : it)),
    }));
    const { changes } = diffJourneys(a, b);
    expect(changes).toEqual([
      {
        kind: 'changed',
        entity: 'item',
        id: 'itm_card2',
        name: 'Reads many reviews',
        field: 'text',
        before: 'Reads reviews',
        after: 'Reads many reviews',
      },
    ]);
    expect(formatChange(changes[0]!)).toBe(
      'changed item "Reads many reviews" (itm_card2) text: "Reads reviews" → "Reads many reviews"',
    );
  });

  it('reports journey fields, stages, lanes, dividers and personas in a fixed order', () => {
    const a = makeJourney();
    const b = edit(a, (d) => ({
      ...d,
      title: 'Shop',
      personaIds: ['per_a', 'per_b'],
      stages: [
        d.stages[0]!,
        { ...d.stages[1]!, name: 'Pay', color: '#ff0000' },
        { id: 'stg_d', name: 'Return', matchers: [] },
      ],
      lanes: d.lanes.filter((l) => l.id !== 'lan_tp'),
      items: d.items.filter((it) => it.laneId !== 'lan_tp' && it.stageId !== 'stg_c'),
      dividers: [{ kind: 'line_of_visibility', afterLaneId: 'lan_act' }],
    }));
    expect(diffJourneys(a, b).changes.map(formatChange)).toEqual([
      'changed journey jrn_test title: "Online store" → "Shop"',
      'added persona per_b',
      'removed stage "Use" (stg_c)',
      'changed stage "Pay" (stg_b) name: "Buy" → "Pay"',
      'changed stage "Pay" (stg_b) color: (none) → "#ff0000"',
      'added stage "Return" (stg_d)',
      'removed lane "Touchpoints" (lan_tp)',
      'removed item "Checkout page" (itm_tp)',
      'added divider line_of_visibility',
    ]);
  });

  it('reports a reordered stage as one move, and a cell change as changed stageId/laneId', () => {
    const a = makeJourney();
    const b = edit(a, (d) => ({
      ...d,
      stages: [d.stages[2]!, d.stages[0]!, d.stages[1]!],
      items: d.items.map((it) => (it.id === 'itm_tp' ? { ...it, stageId: 'stg_c' } : it)),
    }));
    expect(diffJourneys(a, b).changes.map(formatChange)).toEqual([
      'moved stage "Use" (stg_c) from position 3 to 1',
      'changed item "Checkout page" (itm_tp) stageId: "stg_b" → "stg_c"',
    ]);
  });

  it('reports a reorder within a cell as moved, but not items of other cells', () => {
    const a = makeJourney();
    const b = edit(a, (d) => ({ ...d, items: [d.items[1]!, d.items[0]!, ...d.items.slice(2).reverse()] }));
    const changes = diffJourneys(a, b).changes;
    expect(changes.map((c) => [c.kind, c.id, c.before, c.after])).toEqual([['moved', 'itm_card1', 0, 1]]);
  });

  it('reports a divider moving to another lane', () => {
    const a = makeJourney({ dividers: [{ kind: 'line_of_visibility', afterLaneId: 'lan_act' }] });
    const b = makeJourney({ dividers: [{ kind: 'line_of_visibility', afterLaneId: 'lan_tp' }] });
    expect(diffJourneys(a, b).changes).toEqual([
      {
        kind: 'changed',
        entity: 'divider',
        id: 'line_of_visibility',
        field: 'afterLaneId',
        before: 'lan_act',
        after: 'lan_tp',
      },
    ]);
  });
});

describe('diffPersonas', () => {
  it('diffs personas field by field', () => {
    const a = [makePersona(), makePersona({ id: 'per_b', name: 'Student' })];
    const b = [makePersona({ goals: ['Save time', 'Save money'], quote: 'Fast please' })];
    expect(diffPersonas(a, b).changes.map(formatChange)).toEqual([
      'removed persona "Student" (per_b)',
      'changed persona "Busy parent" (per_a) quote: (none) → "Fast please"',
      'changed persona "Busy parent" (per_a) goals: ["Save time"] → ["Save time","Save money"]',
    ]);
  });

  it('reports a persona added to a document once', () => {
    const j = makeJourney();
    const a = { format: 'waymark.journey/v1' as const, journey: j, personas: [makePersona()] };
    const b = {
      ...a,
      journey: { ...j, personaIds: ['per_a', 'per_b'] },
      personas: [makePersona(), makePersona({ id: 'per_b' })],
    };
    expect(diffDocuments(a, b).changes.map(formatChange)).toEqual(['added persona "Busy parent" (per_b)']);
  });
});
