import { describe, expect, it } from 'vitest';
import { createFromTemplate, type Locale } from '@waymark/domain';
import { translate } from '../i18n/catalogue';
import { entityLabel, fieldLabel, valueText, type ChangeTextContext } from './change-text';

const journey = createFromTemplate('current-state', { locale: 'en', title: 'Names' });
const ctx = (locale: Locale): ChangeTextContext => ({
  t: (key, vars) => translate(locale, key, vars),
  locale,
  journeys: [journey],
});

describe('change and conflict texts', () => {
  it('names elements and fields from the catalogue, and unknown fields as written', () => {
    expect(entityLabel(ctx('en'), 'item')).toBe('Card');
    expect(fieldLabel(ctx('en'), 'painPointIds')).toBe('Linked pain points');
    expect(fieldLabel(ctx('th'), 'text')).toBe('ข้อความ');
    expect(fieldLabel(ctx('en'), 'someNewField')).toBe('someNewField');
  });

  it('shows values in the UI language: labels, names for ids, digits, lists and empties', () => {
    const stage = journey.stages[1];
    if (!stage) throw new Error('template without stages');
    expect(valueText(ctx('en'), 'stageId', stage.id)).toBe(stage.name);
    expect(valueText(ctx('en'), 'status', 'in_progress')).toBe('In progress');
    expect(valueText(ctx('en'), 'kind', 'pain_points')).toBe('Pain points');
    expect(valueText(ctx('fa'), 'severity', 4)).toBe('۴');
    expect(valueText(ctx('en'), 'tags', ['price', 'trust'])).toBe('price, trust');
    expect(valueText(ctx('en'), 'matchers', [{ type: 'event_equals', event: 'x' }])).toBe('Entries: 1');
    expect(valueText(ctx('en'), 'text', undefined)).toBe('(none)');
    expect(valueText(ctx('en'), 'tags', [])).toBe('(none)');
    expect(valueText(ctx('en'), 'image', 'data:image/png;base64,AAAA')).toBe('an image');
    expect(valueText(ctx('en'), undefined, { id: 'itm_1', text: 'Reads reviews' })).toBe('Reads reviews');
  });
});
