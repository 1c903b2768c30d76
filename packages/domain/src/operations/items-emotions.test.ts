import { describe, expect, it } from 'vitest';
import type { Journey } from '../schema';
import { makeJourney } from '../testing/factories';
import { emotionCurve, removeEmotion, setEmotion } from './emotions';
import { addItem, moveItem, removeItem, updateItem } from './items';
import { addJourneyPersona, removeJourneyPersona, setDivider, updateJourney } from './journey-fields';
import { opportunityPriority, rankOpportunities } from './priority';
import { deepFreeze, expectDomainError } from '../testing/assertions';

const frozen = () => deepFreeze(makeJourney());
const cell = (j: Journey, stageId: string, laneId: string) =>
  j.items.filter((it) => it.stageId === stageId && it.laneId === laneId).map((it) => it.id);

describe('item operations', () => {
  it('adds an item at a position within its cell, defaults applied', () => {
    const j = frozen();
    const card = {
      type: 'card' as const,
      id: 'itm_new',
      stageId: 'stg_a',
      laneId: 'lan_act',
      text: 'Asks a friend',
    };
    expect(cell(addItem(j, card), 'stg_a', 'lan_act')).toEqual(['itm_card1', 'itm_card2', 'itm_new']);
    const first = addItem(j, card, 0);
    expect(cell(first, 'stg_a', 'lan_act')).toEqual(['itm_new', 'itm_card1', 'itm_card2']);
    expect(first.items[0]).toMatchObject({ tags: [], evidence: [] });
    expect(cell(addItem(j, { ...card, stageId: 'stg_c' }), 'stg_c', 'lan_act')).toEqual(['itm_new']);
  });

  it('refuses items in missing cells, taken ids and bad positions', () => {
    const j = frozen();
    const card = { type: 'card' as const, id: 'itm_new', stageId: 'stg_x', laneId: 'lan_act', text: 'X' };
    expectDomainError(
      () => addItem(j, card),
      'invalid',
      /\$\.items\[6\]\.stageId: expected the id of a stage/,
    );
    expectDomainError(
      () => addItem(j, { ...card, id: 'stg_a', stageId: 'stg_a' }),
      'invalid',
      /already used by a stage/,
    );
    expectDomainError(() => addItem(j, { ...card, stageId: 'stg_a' }, 5), 'invalid', /from 0 to 2 \(got 5\)/);
  });

  it('updates an item but never its type', () => {
    const j = frozen();
    const u = updateItem(j, 'itm_pain', { severity: 5, frequency: 2, tags: ['shipping'] });
    expect(u.items[4]).toMatchObject({ type: 'pain_point', severity: 5, frequency: 2, tags: ['shipping'] });
    expectDomainError(
      () => updateItem(j, 'itm_pain', { type: 'card' } as never),
      'invalid',
      /cannot change from pain_point to card/,
    );
    expectDomainError(
      () => updateItem(j, 'itm_pain', { severity: 6 }),
      'invalid',
      /\$\.items\[4\]\.severity: expected a number <= 5/,
    );
    expectDomainError(() => updateItem(j, 'itm_zz', { text: 'x' }), 'not_found', /item "itm_zz" not found/);
  });

  it('moves an item within its cell and to another cell; cell order follows items order', () => {
    const j = frozen();
    expect(
      cell(moveItem(j, 'itm_card2', { stageId: 'stg_a', laneId: 'lan_act', index: 0 }), 'stg_a', 'lan_act'),
    ).toEqual(['itm_card2', 'itm_card1']);
    const m = moveItem(j, 'itm_card1', { stageId: 'stg_b', laneId: 'lan_act' });
    expect(cell(m, 'stg_a', 'lan_act')).toEqual(['itm_card2']);
    expect(cell(m, 'stg_b', 'lan_act')).toEqual(['itm_card1']);
    expectDomainError(
      () => moveItem(j, 'itm_card1', { stageId: 'nope', laneId: 'lan_act' }),
      'not_found',
      /stage "nope"/,
    );
    expectDomainError(
      () => moveItem(j, 'itm_emo', { stageId: 'stg_a', laneId: 'lan_act' }),
      'invalid',
      /emotions lane/,
    );
    expectDomainError(
      () => moveItem(j, 'itm_card1', { stageId: 'stg_a', laneId: 'lan_act', index: 2 }),
      'invalid',
      /from 0 to 1/,
    );
  });

  it('removing a pain point unlinks it from opportunities', () => {
    const r = removeItem(frozen(), 'itm_pain');
    expect(r.items.find((it) => it.id === 'itm_opp')).toMatchObject({ painPointIds: [] });
    expectDomainError(() => removeItem(frozen(), 'itm_pain_zz'), 'not_found', /not found/);
  });
});

describe('emotions', () => {
  it('creates, updates and removes the one point of a stage and persona', () => {
    const j = frozen();
    const created = setEmotion(j, { stageId: 'stg_b', personaId: 'per_a', score: -3 });
    expect(emotionCurve(created, 'per_a')).toEqual([
      { stageId: 'stg_a', score: 2 },
      { stageId: 'stg_b', score: -3 },
      { stageId: 'stg_c', score: null },
    ]);
    const updated = setEmotion(created, {
      stageId: 'stg_a',
      personaId: 'per_a',
      score: 4.5,
      laneId: 'lan_emo',
    });
    expect(updated.items.filter((it) => it.type === 'emotion_point')).toHaveLength(2);
    expect(emotionCurve(updated, 'per_a')[0]?.score).toBe(4.5);
    const removed = removeEmotion(updated, { stageId: 'stg_a', personaId: 'per_a' });
    expect(emotionCurve(removed, 'per_a')[0]?.score).toBeNull();
  });

  it('refuses scores out of range, unknown personas, stages and non-emotion lanes', () => {
    const j = frozen();
    expectDomainError(
      () => setEmotion(j, { stageId: 'stg_a', personaId: 'per_a', score: 6 }),
      'invalid',
      /from -5 to 5 \(got 6\)/,
    );
    expectDomainError(
      () => setEmotion(j, { stageId: 'stg_a', personaId: 'per_a', score: Number.NaN }),
      'invalid',
      /got NaN/,
    );
    expectDomainError(
      () => setEmotion(j, { stageId: 'stg_a', personaId: 'per_z', score: 1 }),
      'not_found',
      /per_z/,
    );
    expectDomainError(
      () => setEmotion(j, { stageId: 'stg_z', personaId: 'per_a', score: 1 }),
      'not_found',
      /stage "stg_z"/,
    );
    expectDomainError(
      () => setEmotion(j, { stageId: 'stg_a', personaId: 'per_a', score: 1, laneId: 'lan_act' }),
      'invalid',
      /not an emotions lane/,
    );
    expectDomainError(
      () => removeEmotion(j, { stageId: 'stg_c', personaId: 'per_a' }),
      'not_found',
      /no emotion point/,
    );
    const noLane = makeJourney({ lanes: [{ id: 'lan_act', kind: 'actions', name: 'A' }], items: [] });
    expectDomainError(
      () => setEmotion(noLane, { stageId: 'stg_a', personaId: 'per_a', score: 1 }),
      'not_found',
      /no emotions lane/,
    );
  });

  it('removing a persona from the map removes its emotion points', () => {
    const j = addJourneyPersona(frozen(), 'per_b');
    expect(j.personaIds).toEqual(['per_a', 'per_b']);
    expect(removeJourneyPersona(j, 'per_a').items.some((it) => it.type === 'emotion_point')).toBe(false);
    expectDomainError(() => addJourneyPersona(j, 'per_b'), 'invalid', /already on this map/);
    expectDomainError(() => removeJourneyPersona(j, 'per_q'), 'not_found', /not on this map/);
  });
});

describe('journey fields and dividers', () => {
  it('updates the title and refuses collections', () => {
    expect(updateJourney(frozen(), { title: 'Shop', goalAction: 'order' })).toMatchObject({
      title: 'Shop',
      goalAction: 'order',
    });
    expectDomainError(() => updateJourney(frozen(), { title: '' }), 'invalid', /\$\.title/);
    expectDomainError(
      () => updateJourney(frozen(), { stages: [] } as never),
      'invalid',
      /stages cannot be patched/,
    );
  });

  it('sets, moves and clears a blueprint line', () => {
    const a = setDivider(frozen(), 'line_of_visibility', 'lan_tp');
    expect(setDivider(a, 'line_of_visibility', 'lan_emo').dividers).toEqual([
      { kind: 'line_of_visibility', afterLaneId: 'lan_emo' },
    ]);
    expect(setDivider(a, 'line_of_visibility', null).dividers).toEqual([]);
    expectDomainError(
      () => setDivider(a, 'line_of_internal_interaction', 'lan_zz'),
      'invalid',
      /\$\.dividers\[1\]\.afterLaneId/,
    );
  });
});

describe('opportunity priority', () => {
  it('derives score and quadrant', () => {
    expect(opportunityPriority({ impact: 3, feasibility: 3 })).toEqual({ score: 9, quadrant: 'quick_win' });
    expect(opportunityPriority({ impact: 5, feasibility: 2 })).toEqual({
      score: 10,
      quadrant: 'major_project',
    });
    expect(opportunityPriority({ impact: 2, feasibility: 5 })).toEqual({ score: 10, quadrant: 'fill_in' });
    expect(opportunityPriority({ impact: 1, feasibility: 1 })).toEqual({ score: 1, quadrant: 'money_pit' });
    expect(opportunityPriority({ impact: 5, feasibility: 5 }).score).toBe(25);
  });

  it('ranks by score, then impact, then document order', () => {
    const base = { type: 'opportunity' as const, stageId: 'stg_a', laneId: 'lan_opp', text: 'x' };
    let j = makeJourney();
    for (const [id, impact, feasibility] of [
      ['o1', 2, 5],
      ['o2', 5, 2],
      ['o3', 2, 5],
      ['o4', 5, 5],
    ] as const) {
      j = addItem(j, { ...base, id, impact, feasibility });
    }
    expect(rankOpportunities(j).map((r) => [r.opportunity.id, r.score, r.quadrant])).toEqual([
      ['o4', 25, 'quick_win'],
      ['itm_opp', 12, 'quick_win'],
      ['o2', 10, 'major_project'],
      ['o1', 10, 'fill_in'],
      ['o3', 10, 'fill_in'],
    ]);
  });
});
