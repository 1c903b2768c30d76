import type { Item, Journey } from '@waymark/domain';
import { DEMO_JOURNEY_ID, LANE, demoPurchaseJourney } from './purchase-journey';

/** Id of the demo's future-state map. */
export const DEMO_FUTURE_ID = 'demo-purchase-future';

/** Emotion scores the team aims for once the opportunities are delivered. */
const TARGET: Record<string, { score: number; text: string }> = {
  awareness: { score: 3, text: 'Confident the offer is real' },
  consideration: { score: 3, text: 'Finds the right product fast and is sure about it' },
  decision: { score: 2, text: 'No surprises in the total; pays in a few taps' },
  usage: { score: 4, text: 'Delighted and knows when it arrives' },
  retention: { score: 3, text: 'Returns and reorders without asking anyone' },
  advocacy: { score: 4, text: 'Shares a referral link with pride' },
};

/** What the current state's pain points become in the future state. */
const RESOLVED: Record<string, string> = {
  'pain-landing': 'Campaign links open the advertised product with the offer applied',
  'pain-search': 'Filters survive the back button; synonyms tuned from zero-result searches',
  'pain-compare': 'A comparison tray of up to four products follows the shopper across devices',
  'pain-delivery-cost': 'Delivery cost and date are shown on the product page and in the cart',
  'pain-payment-error': 'Failed payments explain why and keep every field filled in',
  'pain-long-form': 'Wallet payment and postcode lookup cut checkout to three taps',
  'pain-tracking': 'Tracking and delivery window arrive with the confirmation',
  'pain-returns': 'Returns and reorders are self-service in the order history',
  'pain-referral': 'A review request a week after delivery; referral credit shown in the account',
};

/**
 * The demo's future-state map: the same journey after the planned opportunities land, linked to
 * the current-state map by `currentStateId`. Pain points become the improved experience (cards),
 * emotions rise, and the remaining lanes are carried over.
 */
export function demoFutureState(): Journey {
  const current = demoPurchaseJourney();
  const items: Item[] = [];
  for (const item of current.items) {
    if (item.type === 'emotion_point') {
      const stage = item.stageId.replace(/^stg-/, '');
      const target = TARGET[stage];
      const score = Math.max(item.score, target?.score ?? item.score);
      items.push({ ...item, id: `${item.id}-future`, score, text: target?.text ?? item.text });
    } else if (item.type === 'pain_point') {
      items.push({
        type: 'card',
        id: `${item.id}-resolved`,
        stageId: item.stageId,
        laneId: LANE.pain,
        text: RESOLVED[item.id] ?? `Resolved: ${item.text}`,
        tags: ['resolved'],
        evidence: [],
      });
    } else if (item.type === 'opportunity') {
      items.push({
        ...item,
        id: `${item.id}-future`,
        painPointIds: [],
        status: item.status === 'idea' ? 'planned' : item.status,
      });
    } else {
      items.push({ ...item, id: `${item.id}-future` });
    }
  }
  return {
    ...current,
    id: DEMO_FUTURE_ID,
    title: 'Online shop purchase: future state',
    description:
      'The purchase journey we are designing towards, once the opportunities on the current-state map are delivered.',
    mapType: 'future_state',
    currentStateId: DEMO_JOURNEY_ID,
    lanes: current.lanes.map((lane) =>
      lane.id === LANE.pain ? { ...lane, kind: 'text' as const, name: 'What changes' } : lane,
    ),
    items,
  };
}
