import type { ApiClient } from '@waymark/api';
import { addItem, addLane, addStage, ID_PREFIX, newId, type Item, type Journey } from '@waymark/domain';

/** A stored map and its revision, as the API answers. */
export interface StoredMap {
  journey: Journey;
  revision: number;
}

/**
 * Creates a purchase-template map through the API with a pain point and an opportunity in the
 * first stage (and a touchpoint), for specs that edit cards. Ids are fixed per `tag`.
 */
export async function purchaseMapWithCards(api: ApiClient, tag: string): Promise<StoredMap> {
  const created = await api.journeys.create({ templateId: 'purchase', title: `Cards ${tag}`, locale: 'en' });
  const { journey } = created;
  const stage = journey.stages[0];
  const lane = (kind: string) => journey.lanes.find((l) => l.kind === kind)?.id ?? journey.lanes[0]?.id ?? '';
  if (!stage) throw new Error('the purchase template has no stages');
  const items: Item[] = [
    {
      type: 'pain_point',
      id: `pain_${tag}`,
      stageId: stage.id,
      laneId: lane('pain_points'),
      text: 'Delivery cost shows up only at checkout',
      severity: 4,
      tags: [],
      evidence: [],
    },
    {
      type: 'opportunity',
      id: `opp_${tag}`,
      stageId: stage.id,
      laneId: lane('opportunities'),
      text: 'Show delivery cost on the product page',
      impact: 2,
      feasibility: 2,
      status: 'idea',
      painPointIds: [],
      tags: [],
      evidence: [],
    },
    {
      type: 'touchpoint',
      id: `tp_${tag}`,
      stageId: stage.id,
      laneId: lane('touchpoints'),
      text: 'Home page',
      matchers: [],
      tags: [],
      evidence: [],
    },
  ];
  return api.journeys.save(journey.id, {
    journey: { ...journey, items: [...journey.items, ...items] },
    baseRevision: created.revision,
  });
}

/** 10 stages x 12 lanes with 200 cards spread over the cells, deterministically. */
export function largeJourney(base: Journey): Journey {
  let j: Journey = { ...base, stages: [], lanes: [], items: [], dividers: [] };
  for (let s = 0; s < 10; s++) j = addStage(j, { id: `stg_large_${s}`, name: `Stage ${s + 1}` });
  for (let l = 0; l < 12; l++)
    j = addLane(j, { id: `lan_large_${l}`, kind: 'actions', name: `Lane ${l + 1}` });
  for (let i = 0; i < 200; i++) {
    j = addItem(j, {
      type: 'card',
      id: newId(ID_PREFIX.item),
      stageId: `stg_large_${(i * 7) % 10}`,
      laneId: `lan_large_${(i * 5) % 12}`,
      text: `Card ${i + 1}: the customer does something worth noting`,
    });
  }
  return j;
}

/** Creates a map through the API and fills it with `largeJourney`. */
export async function createLargeMap(api: ApiClient, title: string): Promise<StoredMap> {
  const created = await api.journeys.create({ templateId: 'current-state', title, locale: 'en' });
  return api.journeys.save(created.journey.id, {
    journey: largeJourney(created.journey),
    baseRevision: created.revision,
  });
}
