import { describe, expect, it } from 'vitest';
import type { Locale } from '../schema';
import { journeySchema, laneKindSchema, localeSchema } from '../schema';
import { DomainError } from '../validation/errors';
import { validateJourney } from '../validation/validate';
import { createFromTemplate, listTemplates, TEMPLATES } from './registry';
import { templateIdSchema } from './template-types';

const LOCALES = localeSchema.options;
const NON_LATIN: Locale[] = ['th', 'zh-TW', 'fa'];

/** Every user-visible text of a template in one locale: name, description, stage and lane names. */
function textsOf(templateId: string, locale: Locale): string[] {
  const summary = listTemplates(locale).find((t) => t.id === templateId);
  const journey = createFromTemplate(templateId, { title: 'x', locale });
  return [
    summary?.name ?? '',
    summary?.description ?? '',
    ...journey.stages.map((s) => s.name),
    ...journey.lanes.map((l) => l.name),
  ];
}

describe('templates', () => {
  it('ships every template id exactly once', () => {
    expect(TEMPLATES.map((t) => t.id).sort()).toEqual([...templateIdSchema.options].sort());
  });

  it.each(TEMPLATES.map((t) => t.id))('%s is a valid journey in every locale', (id) => {
    for (const locale of LOCALES) {
      const journey = createFromTemplate(id, { title: 'Map', locale, personaIds: ['per_a'] });
      expect(validateJourney(journey).ok).toBe(true);
      expect(journey.locale).toBe(locale);
      expect(journey.direction).toBe(locale === 'fa' ? 'rtl' : 'ltr');
      expect(journey.personaIds).toEqual(['per_a']);
      for (const text of textsOf(id, locale)) expect(text.trim().length).toBeGreaterThan(0);
    }
  });

  it.each(TEMPLATES.map((t) => t.id))('%s has no English left in th, zh-TW, fa and vi', (id) => {
    const english = textsOf(id, 'en');
    const englishWords = new Set(
      english
        .join(' ')
        .toLowerCase()
        .match(/[a-z]{4,}/g) ?? [],
    );
    for (const locale of NON_LATIN) {
      for (const text of textsOf(id, locale)) expect(text, `${locale}: ${text}`).not.toMatch(/[A-Za-z]/);
    }
    const vi = textsOf(id, 'vi');
    vi.forEach((text, i) => {
      expect(text).not.toBe(english[i]);
      const words = text.toLowerCase().match(/[a-z]{4,}/g) ?? [];
      for (const w of words) expect(englishWords.has(w), `vi "${text}" contains English "${w}"`).toBe(false);
    });
  });

  it('builds the six-stage purchase journey with its lanes and empty matchers', () => {
    const j = createFromTemplate('purchase', { title: 'Online store', locale: 'en', id: 'jrn_shop' });
    expect(j.id).toBe('jrn_shop');
    expect(j.journeyKind).toBe('purchase');
    expect(j.stages.map((s) => s.name)).toEqual([
      'Awareness',
      'Consideration',
      'Decision',
      'Usage',
      'Retention',
      'Advocacy',
    ]);
    expect(j.stages.every((s) => s.matchers.length === 0)).toBe(true);
    expect(j.lanes.map((l) => l.kind)).toEqual([
      'actions',
      'touchpoints',
      'thoughts',
      'emotions',
      'pain_points',
      'opportunities',
    ]);
    expect(j.stages[0]?.id).toMatch(/^stg_[0-9a-f]{12}$/);
    const th = createFromTemplate('purchase', { title: 'ร้านค้าออนไลน์', locale: 'th' });
    expect(th.stages[0]?.name).toBe('การรับรู้');
    expect(th.title).toBe('ร้านค้าออนไลน์');
  });

  it('draws the blueprint lines under customer actions, frontstage and backstage', () => {
    const j = createFromTemplate('service-blueprint', { title: 'Clinic', locale: 'zh-TW' });
    const laneKind = (id: string) => j.lanes.find((l) => l.id === id)?.kind;
    expect(j.dividers.map((d) => [d.kind, laneKind(d.afterLaneId)])).toEqual([
      ['line_of_interaction', 'actions'],
      ['line_of_visibility', 'frontstage'],
      ['line_of_internal_interaction', 'backstage'],
    ]);
    for (const kind of [
      'frontstage',
      'backstage',
      'support_processes',
      'people',
      'policies',
      'technology',
      'actions',
      'touchpoints',
    ]) {
      expect(j.lanes.map((l) => l.kind)).toContain(kind);
    }
    expect(j.lanes.find((l) => l.kind === 'actions')?.name).toBe('顧客行為');
  });

  it('lists templates with localized names and lane kinds', () => {
    const list = listTemplates('fa');
    expect(list).toHaveLength(8);
    const purchase = list.find((t) => t.id === 'purchase');
    expect(purchase?.name).toBe('سفر خرید');
    expect(purchase?.stageNames).toHaveLength(6);
    for (const t of list) for (const k of t.laneKinds) expect(laneKindSchema.options).toContain(k);
  });

  it('refuses an unknown template, listing the valid ids, and a bad title', () => {
    expect(() => createFromTemplate('nope', { title: 'x', locale: 'en' })).toThrow(
      /unknown template "nope": expected one of current-state, future-state, day-in-the-life, service-blueprint, purchase, lead-generation, engagement, retention/,
    );
    expect(() => createFromTemplate('nope', { title: 'x', locale: 'en' })).toThrow(DomainError);
    expect(() => createFromTemplate('purchase', { title: '', locale: 'en' })).toThrow(/\$\.title/);
    expect(() => createFromTemplate('purchase', { title: 'x', locale: 'de' as Locale })).toThrow(
      /\$\.locale/,
    );
  });

  it('gives fresh ids each time', () => {
    const a = createFromTemplate('retention', { title: 'a', locale: 'vi' });
    const b = createFromTemplate('retention', { title: 'a', locale: 'vi' });
    expect(a.id).not.toBe(b.id);
    expect(journeySchema.parse(a).stages[0]?.id).not.toBe(b.stages[0]?.id);
  });
});
