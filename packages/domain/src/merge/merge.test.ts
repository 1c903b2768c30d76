import { describe, expect, it } from 'vitest';
import { setEmotion } from '../operations/emotions';
import { addItem, moveItem, removeItem, updateItem } from '../operations/items';
import {
  addJourneyPersona,
  removeJourneyPersona,
  updateJourney,
  setDivider,
} from '../operations/journey-fields';
import { addLane, removeLane, updateLane } from '../operations/lanes';
import { addStage, moveStage, removeStage, updateStage } from '../operations/stages';
import type { Journey } from '../schema';
import { makeJourney, makePersona } from '../testing/factories';
import { formatConflict } from './conflict';
import { mergeDocuments } from './merge-documents';
import { mergeJourneys, resolveMerge } from './merge-journeys';

const base = makeJourney();
const card = (id: string, stageId: string, laneId: string, text: string) =>
  ({ type: 'card', id, stageId, laneId, text }) as const;
const texts = (j: Journey): string[] => j.items.map((it) => it.text);
const stageIds = (j: Journey): string[] => j.stages.map((s) => s.id);

describe('mergeJourneys', () => {
  it('keeps a card they added and a card I edited', () => {
    const theirs = addItem(base, card('itm_new', 'stg_b', 'lan_act', 'Compares shops'));
    const mine = updateItem(base, 'itm_card1', { text: 'Searches on a phone' });
    const { journey, conflicts } = mergeJourneys(base, theirs, mine);
    expect(conflicts).toEqual([]);
    expect(texts(journey)).toContain('Compares shops');
    expect(journey.items.find((it) => it.id === 'itm_card1')?.text).toBe('Searches on a phone');
  });

  it('reports both values when both changed the same field, and applies the choice', () => {
    const theirs = updateItem(base, 'itm_card2', { text: 'Reads reviews on forums' });
    const mine = updateItem(updateItem(base, 'itm_card2', { text: 'Reads star ratings' }), 'itm_card1', {
      tags: ['search'],
    });
    const merge = mergeJourneys(base, theirs, mine);
    expect(merge.conflicts).toEqual([
      {
        key: 'item/itm_card2/text',
        kind: 'field',
        entity: 'item',
        id: 'itm_card2',
        name: 'Reads reviews on forums',
        field: 'text',
        base: 'Reads reviews',
        theirs: 'Reads reviews on forums',
        mine: 'Reads star ratings',
      },
    ]);
    expect(formatConflict(merge.conflicts[0]!, { theirs: 'stored', mine: 'file' })).toBe(
      'item "Reads reviews on forums" (itm_card2) text: stored "Reads reviews on forums" · file "Reads star ratings"',
    );
    // Unchosen conflicts keep theirs; the non-conflicting change of mine is in either way.
    const card2 = (j: Journey) => j.items.find((it) => it.id === 'itm_card2')?.text;
    expect(card2(merge.journey)).toBe('Reads reviews on forums');
    expect(merge.journey.items.find((it) => it.id === 'itm_card1')?.tags).toEqual(['search']);
    expect(card2(resolveMerge(merge, { 'item/itm_card2/text': 'mine' }))).toBe('Reads star ratings');
    expect(card2(mergeJourneys(base, theirs, mine, { fallback: 'mine' }).journey)).toBe('Reads star ratings');
  });

  it('deletes what one side deleted and the other left alone or only moved', () => {
    const theirs = removeItem(base, 'itm_card1');
    const mine = moveItem(base, 'itm_card1', { stageId: 'stg_a', laneId: 'lan_act', index: 1 });
    const { journey, conflicts } = mergeJourneys(base, theirs, mine);
    expect(conflicts).toEqual([]);
    expect(journey.items.some((it) => it.id === 'itm_card1')).toBe(false);
  });

  it('makes delete against edit a conflict', () => {
    const theirs = removeItem(base, 'itm_card1');
    const mine = updateItem(base, 'itm_card1', { text: 'Searches everywhere' });
    const merge = mergeJourneys(base, theirs, mine);
    expect(merge.conflicts.map((c) => [c.key, c.kind, c.removedBy])).toEqual([
      ['item/itm_card1/#removed', 'removed', 'theirs'],
    ]);
    expect(merge.journey.items.some((it) => it.id === 'itm_card1')).toBe(false);
    const kept = resolveMerge(merge, { 'item/itm_card1/#removed': 'mine' });
    expect(kept.items.find((it) => it.id === 'itm_card1')?.text).toBe('Searches everywhere');
  });

  it('asks once about a stage they deleted that I added a card to; keeping it keeps all it held', () => {
    const theirs = removeStage(base, 'stg_b');
    const mine = addItem(base, card('itm_mine', 'stg_b', 'lan_act', 'Pays by card'));
    const merge = mergeJourneys(base, theirs, mine);
    expect(merge.conflicts.map((c) => [c.key, c.removedBy, c.contents])).toEqual([
      ['stage/stg_b/#removed', 'theirs', 1],
    ]);
    expect(stageIds(merge.journey)).toEqual(['stg_a', 'stg_c']);
    expect(texts(merge.journey)).not.toContain('Pays by card');
    const kept = resolveMerge(merge, { 'stage/stg_b/#removed': 'mine' });
    expect(stageIds(kept)).toEqual(['stg_a', 'stg_b', 'stg_c']);
    expect(texts(kept)).toEqual(
      expect.arrayContaining(['Pays by card', 'Checkout page', 'Shipping cost shown late']),
    );
  });

  it('deletes a stage without asking when the other side only reordered it', () => {
    const theirs = removeStage(base, 'stg_a');
    const mine = moveStage(base, 'stg_a', 2);
    const { journey, conflicts } = mergeJourneys(base, theirs, mine);
    expect(conflicts).toEqual([]);
    expect(stageIds(journey)).toEqual(['stg_b', 'stg_c']);
  });

  it('merges moves of different stages, and reports one stage moved to two places', () => {
    const withD = addStage(base, { id: 'stg_d', name: 'Return' });
    const theirs = moveStage(withD, 'stg_d', 0);
    const mine = moveStage(withD, 'stg_b', 0);
    expect(stageIds(mergeJourneys(withD, theirs, mine).journey)).toEqual([
      'stg_d',
      'stg_b',
      'stg_a',
      'stg_c',
    ]);

    const both = mergeJourneys(withD, moveStage(withD, 'stg_d', 0), moveStage(withD, 'stg_d', 1));
    expect(both.conflicts.map((c) => [c.key, c.theirs, c.mine])).toEqual([['stage/stg_d/#position', 0, 1]]);
    expect(stageIds(both.journey)).toEqual(['stg_d', 'stg_a', 'stg_b', 'stg_c']);
    expect(stageIds(resolveMerge(both, { 'stage/stg_d/#position': 'mine' }))).toEqual([
      'stg_a',
      'stg_d',
      'stg_b',
      'stg_c',
    ]);
  });

  it('keeps stages both sides added at the same place, in the same order whichever side is theirs', () => {
    const theirs = addStage(base, { id: 'stg_t', name: 'Theirs' }, 1);
    const mine = addStage(base, { id: 'stg_m', name: 'Mine' }, 1);
    const ab = stageIds(mergeJourneys(base, theirs, mine).journey);
    expect(ab).toEqual(['stg_a', 'stg_m', 'stg_t', 'stg_b', 'stg_c']);
    expect(stageIds(mergeJourneys(base, mine, theirs).journey)).toEqual(ab);
  });

  it('reports an item moved to two different cells as a conflict of its stage', () => {
    const theirs = moveItem(base, 'itm_card1', { stageId: 'stg_b', laneId: 'lan_act' });
    const mine = moveItem(base, 'itm_card1', { stageId: 'stg_c', laneId: 'lan_act' });
    const merge = mergeJourneys(base, theirs, mine);
    expect(merge.conflicts.map((c) => c.key)).toEqual(['item/itm_card1/stageId']);
    expect(
      resolveMerge(merge, { 'item/itm_card1/stageId': 'mine' }).items.find((i) => i.id === 'itm_card1')
        ?.stageId,
    ).toBe('stg_c');
  });

  it('matches emotion points by stage and persona, whatever their ids', () => {
    const start = removeItem(base, 'itm_emo');
    const theirs = setEmotion(start, { stageId: 'stg_b', personaId: 'per_a', score: 3 });
    const same = setEmotion(start, { stageId: 'stg_b', personaId: 'per_a', score: 3 });
    const points = (j: Journey) => j.items.filter((it) => it.type === 'emotion_point');
    const agreed = mergeJourneys(start, theirs, same);
    expect(agreed.conflicts).toEqual([]);
    expect(points(agreed.journey)).toHaveLength(1);

    const other = setEmotion(start, { stageId: 'stg_b', personaId: 'per_a', score: -2 });
    const merge = mergeJourneys(start, theirs, other);
    expect(merge.conflicts.map((c) => [c.field, c.theirs, c.mine])).toEqual([['score', 3, -2]]);
    expect(points(merge.journey)).toHaveLength(1);
  });

  it('asks about a persona taken off the map while I changed its feelings', () => {
    const theirs = removeJourneyPersona(base, 'per_a');
    const mine = setEmotion(base, { stageId: 'stg_a', personaId: 'per_a', score: -4 });
    const merge = mergeJourneys(base, theirs, mine, { personaName: () => 'Busy parent' });
    expect(merge.conflicts.map((c) => [c.key, c.name, c.contents])).toEqual([
      ['persona/per_a/#removed', 'Busy parent', 1],
    ]);
    expect(merge.journey.personaIds).toEqual([]);
    const kept = resolveMerge(merge, { 'persona/per_a/#removed': 'mine' });
    expect(kept.personaIds).toEqual(['per_a']);
    expect(kept.items.find((it) => it.type === 'emotion_point')).toMatchObject({ score: -4 });
  });

  it('asks about an emotions lane turned into another kind while I changed points in it', () => {
    const theirs = updateLane(removeItem(base, 'itm_emo'), 'lan_emo', { kind: 'thoughts' });
    const mine = setEmotion(base, { stageId: 'stg_b', personaId: 'per_a', score: 1 });
    const merge = mergeJourneys(base, theirs, mine);
    expect(merge.conflicts.map((c) => [c.key, c.field, c.removedBy])).toEqual([
      ['lane/lan_emo/#removed', 'kind', 'theirs'],
    ]);
    expect(merge.journey.items.some((it) => it.type === 'emotion_point')).toBe(false);
    const kept = resolveMerge(merge, { 'lane/lan_emo/#removed': 'mine' });
    expect(kept.lanes.find((l) => l.id === 'lan_emo')?.kind).toBe('emotions');
    expect(kept.items.filter((it) => it.type === 'emotion_point')).toHaveLength(2);
  });

  it('drops a link to a pain point the other side deleted', () => {
    const theirs = removeItem(base, 'itm_pain');
    const mine = updateItem(base, 'itm_opp', { text: 'Show shipping early' });
    const { journey, conflicts } = mergeJourneys(base, theirs, mine);
    expect(conflicts).toEqual([]);
    expect(journey.items.find((it) => it.id === 'itm_opp')).toMatchObject({
      text: 'Show shipping early',
      painPointIds: [],
    });
  });

  it('merges journey fields and blueprint lines, and a lane deleted under a line I moved', () => {
    const theirs = updateJourney(base, { title: 'Web shop' });
    const mine = setDivider(
      updateJourney(base, { description: 'How people buy' }),
      'line_of_visibility',
      'lan_tp',
    );
    const { journey } = mergeJourneys(base, theirs, mine);
    expect(journey).toMatchObject({ title: 'Web shop', description: 'How people buy' });
    expect(journey.dividers).toEqual([{ kind: 'line_of_visibility', afterLaneId: 'lan_tp' }]);

    const lane = mergeJourneys(base, removeLane(base, 'lan_tp'), mine);
    expect(lane.conflicts.map((c) => [c.key, c.contents])).toEqual([['lane/lan_tp/#removed', 1]]);
    expect(lane.journey.dividers).toEqual([]);
  });

  it('keeps both sides of new lanes and personas, and refuses versions of different maps', () => {
    const theirs = addJourneyPersona(addLane(base, { id: 'lan_t', kind: 'text', name: 'Notes' }), 'per_t');
    const mine = addJourneyPersona(addLane(base, { id: 'lan_m', kind: 'metrics', name: 'KPIs' }), 'per_m');
    const { journey } = mergeJourneys(base, theirs, mine);
    expect(journey.lanes.map((l) => l.id).slice(-2)).toEqual(['lan_m', 'lan_t']);
    expect(journey.personaIds).toEqual(['per_a', 'per_m', 'per_t']);
    expect(() => mergeJourneys(base, { ...theirs, id: 'jrn_other' }, mine)).toThrow(
      /three versions of one map/,
    );
  });

  it('renames a stage on one side while the other recolours it', () => {
    const theirs = updateStage(base, 'stg_a', { name: 'Find' });
    const mine = updateStage(base, 'stg_a', { color: '#ff0000' });
    expect(mergeJourneys(base, theirs, mine).journey.stages[0]).toMatchObject({
      name: 'Find',
      color: '#ff0000',
    });
  });
});

describe('mergeDocuments', () => {
  const doc = (journey: Journey, personas = [makePersona()]) => ({
    format: 'waymark.journey/v1' as const,
    journey,
    personas,
  });

  it('merges the personas the map names field by field', () => {
    const b = doc(base);
    const theirs = doc(updateJourney(base, { title: 'Web shop' }), [makePersona({ quote: 'Fast please' })]);
    const mine = doc(base, [makePersona({ goals: ['Save money'] })]);
    const { document, conflicts } = mergeDocuments(b, theirs, mine);
    expect(conflicts).toEqual([]);
    expect(document.journey.title).toBe('Web shop');
    expect(document.personas).toEqual([makePersona({ quote: 'Fast please', goals: ['Save money'] })]);

    const clash = mergeDocuments(b, theirs, doc(base, [makePersona({ quote: 'Cheap please' })]), {
      fallback: 'mine',
    });
    expect(clash.conflicts.map((c) => [c.key, c.name])).toEqual([['persona/per_a/quote', 'Busy parent']]);
    expect(clash.document.personas[0]?.quote).toBe('Cheap please');
  });

  it('brings the personas a side added to the map', () => {
    const student = makePersona({ id: 'per_s', name: 'Student' });
    const mine = doc(addJourneyPersona(base, 'per_s'), [makePersona(), student]);
    const { document } = mergeDocuments(doc(base), doc(base), mine);
    expect(document.personas.map((p) => p.id)).toEqual(['per_a', 'per_s']);
  });
});
