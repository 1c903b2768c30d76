import { ID_PREFIX, newId, type Persona, type PropertyCondition } from '@waymark/domain';

/** A new, empty persona with a fresh id (not yet saved). */
export function blankPersona(name: string): Persona {
  return {
    id: newId(ID_PREFIX.persona),
    name,
    demographics: [],
    goals: [],
    needs: [],
    motivations: [],
    frustrations: [],
    preferredChannels: [],
    segmentRule: [],
  };
}

/** The list fields of a persona that hold plain texts. */
export type PersonaListField = 'goals' | 'needs' | 'motivations' | 'frustrations' | 'preferredChannels';

/** Operators of a segment rule condition, in the order the form offers them. */
export const OPERATORS = [
  'eq',
  'neq',
  'in',
  'contains',
  'gt',
  'gte',
  'lt',
  'lte',
  'exists',
] as const satisfies readonly PropertyCondition['operator'][];

/** A condition's value as the form shows it: lists joined with commas, nothing for `exists`. */
export function valueText(condition: PropertyCondition): string {
  const { value } = condition;
  if (value === undefined) return '';
  return Array.isArray(value) ? value.join(', ') : String(value);
}

function scalar(text: string): string | number {
  const trimmed = text.trim();
  return trimmed !== '' && /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/**
 * The value of a condition from the form's text: none for `exists`, a list for `in` (comma
 * separated), a number for the comparisons when the text is numeric, else the text.
 */
export function parseValue(
  operator: PropertyCondition['operator'],
  text: string,
): PropertyCondition['value'] {
  switch (operator) {
    case 'exists':
      return undefined;
    case 'in':
      return text
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part !== '')
        .map(scalar);
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return scalar(text);
    default:
      return text;
  }
}
