import { describe, expect, it } from 'vitest';
import { makeJourney } from '../testing/factories';
import { addLane, moveLane, removeLane, updateLane } from './lanes';
import { addStage, moveStage, removeStage, updateStage } from './stages';
import { deepFreeze, expectDomainError } from '../testing/assertions';

const frozen = () => deepFreeze(makeJourney());

describe('stage operations', () => {
  it('adds a stage at the end or at an index, without touching the input', () => {
    const j = frozen();
    expect(addStage(j, { id: 'stg_d', name: 'Return' }).stages.map((s) => s.id)).toEqual([
      'stg_a',
      'stg_b',
      'stg_c',
      'stg_d',
    ]);
    const at0 = addStage(j, { id: 'stg_d', name: 'Hear of it', color: '#abc' }, 0);
    expect(at0.stages.map((s) => s.id)).toEqual(['stg_d', 'stg_a', 'stg_b', 'stg_c']);
    expect(at0.stages[0]?.matchers).toEqual([]);
    expect(j.stages).toHaveLength(3);
  });

  it('refuses a duplicate id, a bad name and an index out of range', () => {
    const j = frozen();
    expectDomainError(
      () => addStage(j, { id: 'lan_act', name: 'X' }),
      'invalid',
      /addStage: id "lan_act" is already used by a lane/,
    );
    expectDomainError(
      () => addStage(j, { id: 'stg_x', name: '' }),
      'invalid',
      /\$\.stages\[3\]\.name: expected a non-empty text/,
    );
    expectDomainError(
      () => addStage(j, { id: 'stg_x', name: 'X' }, 4),
      'invalid',
      /expected an index from 0 to 3 \(got 4\)/,
    );
  });

  it('updates fields, clears with null, and refuses a missing stage or an id change', () => {
    const j = frozen();
    const u = updateStage(j, 'stg_b', {
      name: 'Pay',
      color: '#ff0000',
      icon: 'cart',
      description: 'Checkout',
      goal: 'Order placed',
      matchers: [{ type: 'event_equals', event: 'order_placed' }],
    });
    expect(u.stages[1]).toEqual({
      id: 'stg_b',
      name: 'Pay',
      color: '#ff0000',
      icon: 'cart',
      description: 'Checkout',
      goal: 'Order placed',
      matchers: [{ type: 'event_equals', event: 'order_placed' }],
    });
    expect(updateStage(u, 'stg_b', { color: null }).stages[1]?.color).toBeUndefined();
    expectDomainError(() => updateStage(j, 'stg_zz', { name: 'X' }), 'not_found', /stage "stg_zz" not found/);
    expectDomainError(
      () => updateStage(j, 'stg_b', { color: 'red' }),
      'invalid',
      /\$\.stages\[1\]\.color: expected a colour/,
    );
    expectDomainError(() => updateStage(j, 'stg_b', { name: null }), 'invalid', /\$\.stages\[1\]\.name/);
    expectDomainError(() => updateStage(j, 'stg_b', { id: 'x' } as never), 'invalid', /id cannot change/);
  });

  it('moves a stage and keeps the others in order', () => {
    const j = frozen();
    expect(moveStage(j, 'stg_a', 2).stages.map((s) => s.id)).toEqual(['stg_b', 'stg_c', 'stg_a']);
    expect(moveStage(j, 'stg_c', 0).stages.map((s) => s.id)).toEqual(['stg_c', 'stg_a', 'stg_b']);
    expectDomainError(() => moveStage(j, 'stg_a', 3), 'invalid', /from 0 to 2/);
    expectDomainError(() => moveStage(j, 'nope', 0), 'not_found', /stage "nope" not found/);
  });

  it('removes a stage with its items and unlinks removed pain points', () => {
    const j = frozen();
    const r = removeStage(j, 'stg_b');
    expect(r.stages.map((s) => s.id)).toEqual(['stg_a', 'stg_c']);
    expect(r.items.map((it) => it.id)).toEqual(['itm_card1', 'itm_card2', 'itm_emo']);
    expectDomainError(() => removeStage(j, 'stg_zz'), 'not_found', /not found/);
  });
});

describe('lane operations', () => {
  it('adds, renames and moves lanes', () => {
    const j = frozen();
    const a = addLane(j, { id: 'lan_th', kind: 'thoughts', name: 'Thinking' }, 1);
    expect(a.lanes.map((l) => l.id)).toEqual([
      'lan_act',
      'lan_th',
      'lan_tp',
      'lan_emo',
      'lan_pain',
      'lan_opp',
    ]);
    expect(updateLane(a, 'lan_th', { name: 'Thoughts', color: '#123456' }).lanes[1]).toEqual({
      id: 'lan_th',
      kind: 'thoughts',
      name: 'Thoughts',
      color: '#123456',
    });
    expect(moveLane(j, 'lan_opp', 0).lanes[0]?.id).toBe('lan_opp');
    expectDomainError(
      () => addLane(j, { id: 'lan_x', kind: 'mood' as never, name: 'X' }),
      'invalid',
      /\$\.lanes\[5\]\.kind: expected one of actions/,
    );
    expectDomainError(() => moveLane(j, 'lan_x', 0), 'not_found', /lane "lan_x" not found/);
  });

  it('refuses to turn an emotions lane holding points into another kind', () => {
    expectDomainError(
      () => updateLane(frozen(), 'lan_emo', { kind: 'text' }),
      'invalid',
      /expected an emotions lane for an emotion point/,
    );
  });

  it('removing an emotions lane removes its points; removing a lane removes its dividers and items', () => {
    const j = deepFreeze(
      makeJourney({ dividers: [{ kind: 'line_of_visibility', afterLaneId: 'lan_pain' }] }),
    );
    expect(removeLane(j, 'lan_emo').items.some((it) => it.type === 'emotion_point')).toBe(false);
    const r = removeLane(j, 'lan_pain');
    expect(r.dividers).toEqual([]);
    expect(r.items.map((it) => it.id)).not.toContain('itm_pain');
    const opp = r.items.find((it) => it.type === 'opportunity');
    expect(opp?.type === 'opportunity' ? opp.painPointIds : null).toEqual([]);
    expectDomainError(() => removeLane(j, 'lan_zz'), 'not_found', /lane "lan_zz" not found/);
  });
});
