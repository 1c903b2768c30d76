import type { Journey, Persona, Workspace } from '@waymark/domain';

/**
 * Small factories for store tests: valid documents with overrides, and ids unique within a test
 * run so tests can share one database without resetting it.
 */

let counter = 0;

/** A fresh id such as `journey-12`, unique within this process. */
export function freshId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

/** A workspace with a fresh id. */
export function makeWorkspace(overrides: Partial<Workspace> = {}): Workspace {
  return { id: freshId('ws'), name: 'Test workspace', locale: 'en', ...overrides };
}

/** A valid two-stage, two-lane journey with one card, with a fresh id. */
export function makeJourney(overrides: Partial<Journey> = {}): Journey {
  return {
    id: freshId('journey'),
    title: 'Buy a bicycle online',
    description: '',
    mapType: 'current_state',
    journeyKind: 'purchase',
    personaIds: [],
    locale: 'en',
    direction: 'ltr',
    stages: [
      { id: 'discover', name: 'Discover', matchers: [] },
      { id: 'buy', name: 'Buy', matchers: [] },
    ],
    lanes: [
      { id: 'actions', kind: 'actions', name: 'Actions' },
      { id: 'thoughts', kind: 'thoughts', name: 'Thoughts' },
    ],
    items: [
      {
        type: 'card',
        id: 'card-1',
        stageId: 'discover',
        laneId: 'actions',
        text: 'Searches for bicycles',
        tags: [],
        evidence: [],
      },
    ],
    dividers: [],
    ...overrides,
  };
}

/** A valid persona with a fresh id. */
export function makePersona(overrides: Partial<Persona> = {}): Persona {
  return {
    id: freshId('persona'),
    name: 'Commuter Kim',
    demographics: [{ label: 'Age', value: '34' }],
    goals: ['Get to work on time'],
    needs: [],
    motivations: [],
    frustrations: ['Flat tyres'],
    preferredChannels: ['web'],
    segmentRule: [],
    ...overrides,
  };
}

/** Text in several scripts, for round-trip tests: Thai, Traditional Chinese, Persian, Vietnamese. */
export const MULTILINGUAL = {
  thai: 'การเดินทางของลูกค้า: ค้นหา → เปรียบเทียบ → ซื้อ',
  chinese: '顧客旅程地圖：發現、比較、購買與售後服務',
  persian: 'نقشه سفر مشتری: جستجو، مقایسه و خرید ۱۴۰۳',
  /** Decomposed (NFD) on purpose: the store must not normalise it. */
  vietnameseNfd: 'Hành trình khách hàng: tìm kiếm và mua sắm'.normalize('NFD'),
  vietnameseNfc: 'Hành trình khách hàng: tìm kiếm và mua sắm'.normalize('NFC'),
  emoji: 'Happy 😀 👩🏽‍💻',
} as const;
