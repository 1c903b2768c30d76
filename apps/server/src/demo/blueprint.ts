import type { Journey } from '@waymark/domain';
import { ItemList, events } from './builders';
import { demoStages } from './stages';

const L = {
  actions: 'bp-actions',
  touchpoints: 'bp-touchpoints',
  frontstage: 'bp-frontstage',
  backstage: 'bp-backstage',
  support: 'bp-support',
  people: 'bp-people',
  policies: 'bp-policies',
  technology: 'bp-technology',
} as const;

/** Id of the demo's service blueprint. */
export const DEMO_BLUEPRINT_ID = 'demo-blueprint';

type Row = [
  action: string,
  touchpoint: string,
  front: string,
  back: string,
  support: string,
  people: string,
  policy: string,
  tech: string,
];

/** What happens in every blueprint lane at each stage of the purchase journey. */
const ROWS: Record<string, Row> = {
  'stg-discover': [
    'Opens a campaign email or ad and lands on the shop',
    'Email, ads, landing page',
    'Personalised promo banner and landing page',
    'Campaign audiences built from purchase history',
    'Marketing automation schedules sends',
    'CRM marketer, content designer',
    'Consent required for marketing email (GDPR)',
    'Email platform, ad manager, CMS',
  ],
  'stg-browse': [
    'Searches and filters the catalog',
    'Site search, catalog, filters',
    'Search results with facets and sorting',
    'Search index ranks by relevance and stock',
    'Nightly catalog feed from the product database',
    'Search engineer, merchandiser',
    'Only in-stock items ranked first',
    'Search engine, product database',
  ],
  'stg-evaluate': [
    'Reads product pages, reviews and comparisons',
    'Product page, reviews, comparison',
    'Photos, specifications, verified reviews',
    'Review moderation within 24 hours',
    'Supplier provides specifications and images',
    'Review moderator, supplier manager',
    'Reviews shown only from verified buyers',
    'PIM, review service',
  ],
  'stg-cart': [
    'Adds to cart and checks the total',
    'Cart page, mini-cart',
    'Cart with line items and promotions applied',
    'Price and promotion engine recalculates totals',
    'Stock reserved for 30 minutes',
    'Pricing analyst',
    'Promotion stacking rules',
    'Cart service, pricing engine, inventory',
  ],
  'stg-checkout': [
    'Enters delivery and payment details',
    'Shipping form, payment form, support chat',
    'Checkout steps and live chat agent',
    'Fraud screening and payment authorisation',
    'Payment provider, address validation service',
    'Chat agent, payments operations',
    'Strong customer authentication (PSD2)',
    'Checkout service, payment gateway, chat tool',
  ],
  'stg-purchase': [
    'Places the order and receives a confirmation',
    'Confirmation page and email',
    'Order number, delivery window, tracking link',
    'Order created in the order management system and sent to the warehouse',
    'Warehouse picks and ships; carrier collects',
    'Warehouse team, carrier',
    'Refunds and returns within 30 days',
    'Order management, warehouse system, carrier API',
  ],
};

/** The demo's service blueprint of the same purchase journey, with every blueprint lane and both lines. */
export function demoBlueprint(): Journey {
  const list = new ItemList();
  const stages = demoStages();
  for (const stage of stages) {
    const row = ROWS[stage.id];
    if (!row) continue;
    const [action, touchpoint, front, back, support, people, policy, tech] = row;
    list
      .card(stage.id, L.actions, action)
      .touchpoint(stage.id, L.touchpoints, touchpoint, {
        channel: 'web',
        department: 'E-commerce',
        matchers: stage.matchers,
      })
      .card(stage.id, L.frontstage, front)
      .card(stage.id, L.backstage, back)
      .card(stage.id, L.support, support)
      .card(stage.id, L.people, people)
      .card(stage.id, L.policies, policy)
      .card(stage.id, L.technology, tech);
  }
  list.card('stg-checkout', L.support, 'Support chat escalates payment errors to payments operations', [
    'escalation',
  ]);
  list.touchpoint('stg-checkout', L.touchpoints, 'Support chat', {
    channel: 'chat',
    department: 'Customer service',
    matchers: [events('support_chat')],
  });
  return {
    id: DEMO_BLUEPRINT_ID,
    title: 'Online shop purchase: service blueprint',
    description:
      'What the shop does in front of and behind the line of visibility to deliver each stage of the purchase journey.',
    mapType: 'service_blueprint',
    journeyKind: 'purchase',
    goalAction: 'purchase',
    personaIds: ['per-maya', 'per-tom'],
    locale: 'en',
    direction: 'ltr',
    stages,
    lanes: [
      { id: L.actions, kind: 'actions', name: 'Customer actions' },
      { id: L.touchpoints, kind: 'touchpoints', name: 'Touchpoints' },
      { id: L.frontstage, kind: 'frontstage', name: 'Frontstage' },
      { id: L.backstage, kind: 'backstage', name: 'Backstage' },
      { id: L.support, kind: 'support_processes', name: 'Support processes' },
      { id: L.people, kind: 'people', name: 'People' },
      { id: L.policies, kind: 'policies', name: 'Policies' },
      { id: L.technology, kind: 'technology', name: 'Technology' },
    ],
    items: list.items,
    dividers: [
      { kind: 'line_of_visibility', afterLaneId: L.frontstage },
      { kind: 'line_of_internal_interaction', afterLaneId: L.backstage },
    ],
  };
}
