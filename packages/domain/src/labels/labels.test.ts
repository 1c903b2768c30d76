import { describe, expect, it } from 'vitest';
import {
  journeyKindSchema,
  laneKindSchema,
  localeSchema,
  mapTypeSchema,
  opportunityStatusSchema,
} from '../schema';
import { localeDirection } from './localized';
import {
  DIVIDER_KIND_LABELS,
  ITEM_TYPE_LABELS,
  journeyKindLabel,
  JOURNEY_KIND_LABELS,
  LANE_KIND_LABELS,
  laneKindLabel,
  MAP_TYPE_LABELS,
  mapTypeLabel,
} from './model-labels';
import {
  OPPORTUNITY_STATUS_LABELS,
  opportunityStatusLabel,
  QUADRANT_LABELS,
  quadrantLabel,
} from './opportunity-labels';
import { DIRECTION_LABELS, DOCUMENT_LABELS } from './document-labels';

const tables = {
  LANE_KIND_LABELS,
  MAP_TYPE_LABELS,
  JOURNEY_KIND_LABELS,
  ITEM_TYPE_LABELS,
  DIVIDER_KIND_LABELS,
  OPPORTUNITY_STATUS_LABELS,
  QUADRANT_LABELS,
  DOCUMENT_LABELS,
  DIRECTION_LABELS,
};

describe('labels', () => {
  it('label every lane kind, map type and journey kind', () => {
    expect(Object.keys(LANE_KIND_LABELS).sort()).toEqual([...laneKindSchema.options].sort());
    expect(Object.keys(MAP_TYPE_LABELS).sort()).toEqual([...mapTypeSchema.options].sort());
    expect(Object.keys(JOURNEY_KIND_LABELS).sort()).toEqual([...journeyKindSchema.options].sort());
    expect(laneKindLabel('pain_points', 'zh-TW')).toBe('痛點');
    expect(mapTypeLabel('service_blueprint', 'th')).toBe('พิมพ์เขียวการบริการ');
    expect(journeyKindLabel('purchase', 'fa')).toBe('خرید');
  });

  it('label every opportunity status and every priority quadrant', () => {
    expect(Object.keys(OPPORTUNITY_STATUS_LABELS).sort()).toEqual(
      [...opportunityStatusSchema.options].sort(),
    );
    expect(Object.keys(QUADRANT_LABELS).sort()).toEqual([
      'fill_in',
      'major_project',
      'money_pit',
      'quick_win',
    ]);
    expect(opportunityStatusLabel('in_progress', 'zh-TW')).toBe('進行中');
    expect(quadrantLabel('quick_win', 'en')).toBe('Quick win');
  });

  it('have no English left in th, zh-TW and fa, and a distinct vi text', () => {
    for (const [table, labels] of Object.entries(tables)) {
      for (const [key, text] of Object.entries(labels)) {
        for (const locale of ['th', 'zh-TW', 'fa'] as const) {
          expect(text[locale], `${table}.${key}.${locale}`).not.toMatch(/[A-Za-z]/);
        }
        expect(text.vi, `${table}.${key}.vi`).not.toBe(text.en);
        for (const locale of localeSchema.options) expect(text[locale].trim()).not.toBe('');
      }
    }
  });

  it('gives rtl for Persian only', () => {
    expect(localeSchema.options.filter((l) => localeDirection(l) === 'rtl')).toEqual(['fa']);
  });
});
