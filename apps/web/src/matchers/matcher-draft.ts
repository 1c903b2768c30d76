import { eventMatcherSchema, type EventMatcher, type PropertyCondition } from '@waymark/domain';
import { OPERATORS, parseValue, valueText } from '../personas/persona-draft';

/** The kinds of event matcher, in the order the editor offers them. */
export const MATCHER_TYPES = [
  'event_equals',
  'event_in',
  'event_prefix',
  'property',
] as const satisfies readonly EventMatcher['type'][];

/** A property condition's operator. */
export type Operator = PropertyCondition['operator'];

/**
 * One matcher as the form edits it, all fields as typed text. `text` holds the event name, the
 * comma-separated event names or the prefix; `property`, `operator` and `value` the condition.
 */
export interface MatcherDraft {
  type: EventMatcher['type'];
  text: string;
  property: string;
  operator: Operator;
  value: string;
}

/** Which field of a draft is wrong (for its error message). */
export type DraftProblem = 'event' | 'events' | 'prefix' | 'property' | 'value';

/** The outcome of reading a draft: a valid matcher, or the field that is wrong. */
export type DraftResult = { ok: true; matcher: EventMatcher } | { ok: false; problem: DraftProblem };

/** A blank draft of a given kind. */
export function emptyDraft(type: EventMatcher['type'] = 'event_equals'): MatcherDraft {
  return { type, text: '', property: '', operator: 'eq', value: '' };
}

/** The form's text of a stored matcher. */
export function toDraft(matcher: EventMatcher): MatcherDraft {
  switch (matcher.type) {
    case 'event_equals':
      return { ...emptyDraft(matcher.type), text: matcher.event };
    case 'event_in':
      return { ...emptyDraft(matcher.type), text: matcher.events.join(', ') };
    case 'event_prefix':
      return { ...emptyDraft(matcher.type), text: matcher.prefix };
    case 'property':
      return {
        ...emptyDraft(matcher.type),
        property: matcher.condition.property,
        operator: matcher.condition.operator,
        value: valueText(matcher.condition),
      };
  }
}

/** The event names of a comma-separated list, trimmed, blanks and repeats dropped. */
export function splitNames(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part !== ''),
    ),
  ];
}

function candidate(draft: MatcherDraft, value: PropertyCondition['value']): unknown {
  switch (draft.type) {
    case 'event_equals':
      return { type: draft.type, event: draft.text.trim() };
    case 'event_in':
      return { type: draft.type, events: splitNames(draft.text) };
    case 'event_prefix':
      return { type: draft.type, prefix: draft.text.trim() };
    case 'property': {
      const condition = { property: draft.property.trim(), operator: draft.operator };
      return { type: draft.type, condition: value === undefined ? condition : { ...condition, value } };
    }
  }
}

const PROBLEM_OF_TYPE: Record<EventMatcher['type'], DraftProblem> = {
  event_equals: 'event',
  event_in: 'events',
  event_prefix: 'prefix',
  property: 'property',
};

/**
 * Reads a draft into a matcher, validated by the domain's schema. A property condition needs a
 * property name, and a value for every operator but `exists` (a number for the comparisons).
 */
export function fromDraft(draft: MatcherDraft): DraftResult {
  const value = draft.type === 'property' ? parseValue(draft.operator, draft.value) : undefined;
  if (draft.type === 'property') {
    if (draft.property.trim() === '') return { ok: false, problem: 'property' };
    const numeric = ['gt', 'gte', 'lt', 'lte'].includes(draft.operator);
    const missing =
      draft.operator !== 'exists' &&
      (value === undefined ||
        value === '' ||
        (Array.isArray(value) && value.length === 0) ||
        (numeric && typeof value !== 'number'));
    if (missing) return { ok: false, problem: 'value' };
  }
  const parsed = eventMatcherSchema.safeParse(candidate(draft, value));
  return parsed.success
    ? { ok: true, matcher: parsed.data }
    : { ok: false, problem: PROBLEM_OF_TYPE[draft.type] };
}

/**
 * Suggestions for a text field of `draft`: known event names, and for a comma list the names that
 * complete its last entry (each suggestion is the whole field's next value).
 */
export function suggestionsFor(draft: MatcherDraft, names: readonly string[]): string[] {
  if (draft.type !== 'event_in') return [...names];
  const cut = draft.text.lastIndexOf(',');
  const head = cut < 0 ? '' : `${draft.text.slice(0, cut + 1).trimEnd()} `;
  const chosen = new Set(splitNames(draft.text.slice(0, Math.max(cut, 0))));
  return names.filter((name) => !chosen.has(name)).map((name) => `${head}${name}`);
}

export { OPERATORS };
