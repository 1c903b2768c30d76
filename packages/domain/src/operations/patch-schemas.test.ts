import { describe, expect, it } from 'vitest';
import { makeJourney } from '../testing/factories';
import { updateItem } from './items';
import { updateJourney } from './journey-fields';
import { updateLane } from './lanes';
import { itemPatchSchema, journeyPatchSchema, lanePatchSchema, stagePatchSchema } from './patch-schemas';
import { updateStage } from './stages';
import { expectDomainError } from '../testing/assertions';

describe('patch schemas', () => {
  it('parse request bodies without filling defaults, so a rename keeps the matchers', () => {
    const j = updateStage(makeJourney(), 'stg_a', { matchers: [{ type: 'event_prefix', prefix: 'view_' }] });
    const patch = stagePatchSchema.parse(JSON.parse('{"name":"Find","color":null}'));
    expect(patch).toEqual({ name: 'Find', color: null });
    const renamed = updateStage(j, 'stg_a', patch);
    expect(renamed.stages[0]).toMatchObject({
      name: 'Find',
      matchers: [{ type: 'event_prefix', prefix: 'view_' }],
    });
  });

  it('refuse unknown keys and feed the update operations', () => {
    expect(stagePatchSchema.safeParse({ id: 'x' }).success).toBe(false);
    expect(lanePatchSchema.safeParse({ name: 'X', bogus: 1 }).success).toBe(false);
    const j = makeJourney();
    expect(updateLane(j, 'lan_act', lanePatchSchema.parse({ name: 'Doing' })).lanes[0]?.name).toBe('Doing');
    expect(updateJourney(j, journeyPatchSchema.parse({ title: 'New' })).title).toBe('New');
    const item = updateItem(j, 'itm_pain', itemPatchSchema.parse({ severity: 2, text: 'Late fees' }));
    expect(item.items[4]).toMatchObject({ severity: 2, text: 'Late fees', tags: [] });
    expectDomainError(
      () => updateItem(j, 'itm_card1', itemPatchSchema.parse({ severity: 2, type: 'card' })),
      'invalid',
      /a card has no field "severity"/,
    );
  });
});
