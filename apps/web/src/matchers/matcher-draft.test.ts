import { describe, expect, it } from 'vitest';
import type { EventMatcher } from '@waymark/domain';
import { emptyDraft, fromDraft, splitNames, suggestionsFor, toDraft } from './matcher-draft';

describe('matcher drafts', () => {
  const matchers: EventMatcher[] = [
    { type: 'event_equals', event: 'purchase' },
    { type: 'event_in', events: ['cart', 'add_to_cart'] },
    { type: 'event_prefix', prefix: 'checkout_' },
    { type: 'property', condition: { property: 'amount', operator: 'gte', value: 20 } },
    { type: 'property', condition: { property: 'coupon', operator: 'exists' } },
    { type: 'property', condition: { property: 'platform', operator: 'in', value: ['ios', 'android'] } },
  ];

  it('round-trips every kind of matcher through the form text', () => {
    for (const matcher of matchers) expect(fromDraft(toDraft(matcher))).toEqual({ ok: true, matcher });
  });

  it('trims names and drops blanks and repeats from a list', () => {
    expect(splitNames(' cart, ,add_to_cart,cart ')).toEqual(['cart', 'add_to_cart']);
    expect(fromDraft({ ...emptyDraft('event_in'), text: 'a,, b' })).toEqual({
      ok: true,
      matcher: { type: 'event_in', events: ['a', 'b'] },
    });
  });

  it('names the field that is missing or wrong', () => {
    expect(fromDraft(emptyDraft('event_equals'))).toEqual({ ok: false, problem: 'event' });
    expect(fromDraft({ ...emptyDraft('event_in'), text: ' , ' })).toEqual({ ok: false, problem: 'events' });
    expect(fromDraft(emptyDraft('event_prefix'))).toEqual({ ok: false, problem: 'prefix' });
    expect(fromDraft(emptyDraft('property'))).toEqual({ ok: false, problem: 'property' });
    const amount = { ...emptyDraft('property'), property: 'amount' };
    expect(fromDraft({ ...amount, operator: 'gt', value: 'many' })).toEqual({ ok: false, problem: 'value' });
    expect(fromDraft({ ...amount, operator: 'eq', value: '' })).toEqual({ ok: false, problem: 'value' });
    expect(fromDraft({ ...amount, operator: 'exists', value: 'ignored' })).toEqual({
      ok: true,
      matcher: { type: 'property', condition: { property: 'amount', operator: 'exists' } },
    });
  });

  it('suggests names that complete the last entry of a list', () => {
    const names = ['cart', 'catalog', 'purchase'];
    expect(suggestionsFor({ ...emptyDraft('event_in'), text: 'cart, ca' }, names)).toEqual([
      'cart, catalog',
      'cart, purchase',
    ]);
    expect(suggestionsFor(emptyDraft('event_equals'), names)).toEqual(names);
  });
});
