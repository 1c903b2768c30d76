import { describe, expect, it } from 'vitest';
import { personaSchema } from '@waymark/domain';
import { blankPersona, parseValue, valueText } from './persona-draft';

describe('persona drafts', () => {
  it('makes a blank persona that the domain schema accepts', () => {
    const persona = blankPersona('Nok');
    expect(persona.id).toMatch(/^per_[0-9a-f]{12}$/);
    expect(personaSchema.parse(persona)).toEqual(persona);
  });

  it('parses condition values by operator and shows them back', () => {
    expect(parseValue('exists', 'x')).toBeUndefined();
    expect(parseValue('in', 'mobile, desktop ,, 3')).toEqual(['mobile', 'desktop', 3]);
    expect(parseValue('gte', ' 18 ')).toBe(18);
    expect(parseValue('lt', 'abc')).toBe('abc');
    expect(parseValue('eq', '42')).toBe('42');
    expect(valueText({ property: 'p', operator: 'in', value: ['a', 2] })).toBe('a, 2');
    expect(valueText({ property: 'p', operator: 'exists' })).toBe('');
  });
});
