import { describe, expect, it } from 'vitest';
import { makeJourney, makePersona } from '../testing/factories';
import { ValidationError } from './errors';
import { formatIssue } from './issues';
import { parseJourney, parsePersona, validateJourney, validatePersona } from './validate';

function issuesOf(input: unknown): string[] {
  const result = validateJourney(input);
  return result.ok ? [] : result.issues.map(formatIssue);
}

describe('validateJourney', () => {
  it('accepts a valid journey and applies defaults', () => {
    const { items: _items, ...rest } = makeJourney();
    const result = validateJourney(rest);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.journey.items).toEqual([]);
  });

  it('reports a bad lane kind with its JSON path, the allowed values and the received value', () => {
    const j = makeJourney();
    const input = { ...j, lanes: j.lanes.map((l, i) => (i === 2 ? { ...l, kind: 'foo' } : l)) };
    const result = validateJourney(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    const [issue] = result.issues;
    expect(issue?.path).toBe('$.lanes[2].kind');
    expect(issue?.expected).toMatch(/^one of actions, touchpoints, channels, /);
    expect(formatIssue(issue!)).toMatch(
      /^\$\.lanes\[2\]\.kind: expected one of actions, touchpoints, .* \(got "foo"\)$/,
    );
  });

  it('reports missing, mistyped and out-of-range fields', () => {
    const j = makeJourney();
    const issues = issuesOf({
      ...j,
      title: '',
      mapType: undefined,
      stages: [{ id: 'stg a', name: 3 }],
      items: [{ ...j.items[4], severity: 9 }, { type: 'sticker' }],
    });
    expect(issues).toEqual([
      '$.title: expected a non-empty text (got "")',
      '$.mapType: expected one of current_state, future_state, day_in_the_life, service_blueprint (got nothing)',
      '$.stages[0].id: expected an id of letters, digits, "_" or "-" (got "stg a")',
      '$.stages[0].name: expected a string (got 3)',
      '$.items[0].severity: expected a number <= 5 (got 9)',
      '$.items[1].type: expected one of card, touchpoint, pain_point, opportunity, emotion_point (got "sticker")',
    ]);
  });

  it('says "missing" for an absent required key', () => {
    const { title: _t, ...rest } = makeJourney();
    expect(issuesOf(rest)).toEqual(['$.title: expected a string: missing']);
  });

  it('rejects duplicate ids across stages, lanes and items', () => {
    const j = makeJourney();
    const issues = issuesOf({ ...j, lanes: [...j.lanes, { id: 'stg_a', kind: 'text', name: 'Notes' }] });
    expect(issues).toEqual([
      '$.lanes[5].id: expected a unique id (got "stg_a"): already used at $.stages[0].id',
    ]);
  });

  it('rejects items in missing stages or lanes', () => {
    const j = makeJourney();
    const items = j.items.map((it, i) => (i === 0 ? { ...it, stageId: 'stg_x', laneId: 'lan_x' } : it));
    const issues = issuesOf({ ...j, items });
    expect(issues).toHaveLength(2);
    expect(issues[0]).toBe(
      '$.items[0].stageId: expected the id of a stage (one of stg_a, stg_b, stg_c) (got "stg_x")',
    );
    expect(issues[1]).toMatch(/^\$\.items\[0\]\.laneId: expected the id of a lane/);
  });

  it('keeps emotion points in emotions lanes, for journey personas, one per stage and persona', () => {
    const j = makeJourney();
    const emo = j.items[3]!;
    expect(issuesOf({ ...j, items: [...j.items.slice(0, 3), { ...emo, laneId: 'lan_act' }] })).toEqual([
      '$.items[3].laneId: expected an emotions lane for an emotion point (got lane "lan_act" of kind actions)',
    ]);
    expect(issuesOf({ ...j, personaIds: [] })[0]).toMatch(
      /^\$\.items\[3\]\.personaId: expected a persona of this journey/,
    );
    const twice = issuesOf({ ...j, items: [...j.items, { ...emo, id: 'itm_emo2' }] });
    expect(twice).toHaveLength(1);
    expect(twice[0]).toMatch(
      /^\$\.items\[6\]: expected at most one emotion point per stage, persona and lane/,
    );
  });

  it('checks opportunity links, dividers and persona ids', () => {
    const j = makeJourney();
    const items = j.items.map((it) =>
      it.type === 'opportunity' ? { ...it, painPointIds: ['itm_card1', 'nope'] } : it,
    );
    expect(
      issuesOf({
        ...j,
        items,
        dividers: [{ kind: 'line_of_visibility', afterLaneId: 'lan_zz' }],
        personaIds: ['per_a', 'per_a'],
      }),
    ).toEqual([
      '$.personaIds[1]: expected a persona id listed once (got "per_a"): also at [0]',
      '$.items[5].painPointIds[0]: expected the id of a pain point item (got "itm_card1", a card)',
      '$.items[5].painPointIds[1]: expected the id of a pain point item (got "nope", which does not exist)',
      '$.dividers[0].afterLaneId: expected the id of a lane (one of lan_act, lan_tp, lan_emo, lan_pain, lan_opp) (got "lan_zz")',
    ]);
  });

  it('reports a non-object input at the root', () => {
    expect(issuesOf('hello')).toEqual(['$: expected an object (got "hello")']);
  });
});

describe('parseJourney', () => {
  it('returns the journey or throws a ValidationError holding every issue', () => {
    expect(parseJourney(makeJourney()).id).toBe('jrn_test');
    const bad = { ...makeJourney(), direction: 'up', locale: 'de' };
    let caught: unknown;
    try {
      parseJourney(bad);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ValidationError);
    if (!(caught instanceof ValidationError)) return;
    expect(caught.issues.map((i) => i.path)).toEqual(['$.locale', '$.direction']);
    expect(caught.message).toContain('$.direction: expected one of ltr, rtl (got "up")');
  });
});

describe('validatePersona', () => {
  it('accepts a persona and rejects a bad one with paths', () => {
    expect(validatePersona(makePersona()).ok).toBe(true);
    const result = validatePersona({ id: 'per_a', name: 'X', goals: [1], color: 'blue' });
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([
      '$.color: expected a colour like #1f6feb (got "blue")',
      '$.goals[0]: expected a string (got 1)',
    ]);
    expect(() => parsePersona({})).toThrow(ValidationError);
  });
});
