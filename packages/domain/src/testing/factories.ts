import type { Journey, JourneyInput, Persona } from '../schema';
import { journeySchema, personaSchema } from '../schema';

/**
 * Test data: a small valid journey (3 stages, 5 lanes, one item of every type, persona `per_a`).
 * Overrides replace top-level fields. For tests only; not exported from the package.
 */
export function makeJourney(overrides: Partial<JourneyInput> = {}): Journey {
  return journeySchema.parse({
    id: 'jrn_test',
    title: 'Online store',
    mapType: 'current_state',
    journeyKind: 'purchase',
    personaIds: ['per_a'],
    locale: 'en',
    direction: 'ltr',
    stages: [
      { id: 'stg_a', name: 'Discover' },
      { id: 'stg_b', name: 'Buy' },
      { id: 'stg_c', name: 'Use' },
    ],
    lanes: [
      { id: 'lan_act', kind: 'actions', name: 'Actions' },
      { id: 'lan_tp', kind: 'touchpoints', name: 'Touchpoints' },
      { id: 'lan_emo', kind: 'emotions', name: 'Emotions' },
      { id: 'lan_pain', kind: 'pain_points', name: 'Pain points' },
      { id: 'lan_opp', kind: 'opportunities', name: 'Opportunities' },
    ],
    items: [
      { type: 'card', id: 'itm_card1', stageId: 'stg_a', laneId: 'lan_act', text: 'Searches online' },
      { type: 'card', id: 'itm_card2', stageId: 'stg_a', laneId: 'lan_act', text: 'Reads reviews' },
      {
        type: 'touchpoint',
        id: 'itm_tp',
        stageId: 'stg_b',
        laneId: 'lan_tp',
        text: 'Checkout page',
        channel: 'web',
      },
      {
        type: 'emotion_point',
        id: 'itm_emo',
        stageId: 'stg_a',
        laneId: 'lan_emo',
        text: '',
        personaId: 'per_a',
        score: 2,
      },
      {
        type: 'pain_point',
        id: 'itm_pain',
        stageId: 'stg_b',
        laneId: 'lan_pain',
        text: 'Shipping cost shown late',
        severity: 4,
      },
      {
        type: 'opportunity',
        id: 'itm_opp',
        stageId: 'stg_b',
        laneId: 'lan_opp',
        text: 'Show shipping on product page',
        impact: 4,
        feasibility: 3,
        painPointIds: ['itm_pain'],
      },
    ],
    ...overrides,
  });
}

/** A valid persona with the given overrides. */
export function makePersona(overrides: Partial<Persona> = {}): Persona {
  return personaSchema.parse({ id: 'per_a', name: 'Busy parent', goals: ['Save time'], ...overrides });
}
