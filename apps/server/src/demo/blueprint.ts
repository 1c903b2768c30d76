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
  'stg-awareness': [
    'Opens a campaign email or ad and lands on the shop',
    'Email, ads, landing page',
    'Personalised promo banner and landing page',
    'Campaign audiences built from purchase history',
    'Marketing automation schedules sends',
    'CRM marketer, content designer',
    'Consent required for marketing email (GDPR)',
    'Email platform, ad manager, CMS',
  ],
  'stg-consideration': [
    'Searches, filters, reads product pages and reviews',
    'Site search, catalog, product page, reviews',
    'Search results with facets; photos, specifications, verified reviews',
    'Search index ranks by relevance and stock; reviews moderated within 24 hours',
    'Nightly catalog feed; suppliers provide specifications and images',
    'Search engineer, merchandiser, review moderator',
    'Only in-stock items ranked first; reviews only from verified buyers',
    'Search engine, product database, PIM, review service',
  ],
  'stg-decision': [
    'Adds to the cart, enters delivery and payment details',
    'Cart, shipping form, payment form',
    'Cart with promotions applied; checkout steps',
    'Price engine recalculates totals; fraud screening and payment authorisation',
    'Stock reserved for 30 minutes; payment provider and address validation',
    'Pricing analyst, payments operations',
    'Promotion stacking rules; strong customer authentication (PSD2)',
    'Cart service, pricing engine, checkout service, payment gateway',
  ],
  'stg-usage': [
    'Places the order, receives the parcel and uses the product',
    'Confirmation page and email, delivery',
    'Order number, delivery window, tracking link',
    'Order created in the order management system and sent to the warehouse',
    'Warehouse picks and ships; carrier collects and delivers',
    'Warehouse team, carrier',
    'Delivery within 3 working days or the shipping fee is refunded',
    'Order management, warehouse system, carrier API',
  ],
  'stg-retention': [
    'Tracks an order, returns an item or reorders; asks for help',
    'Account, order history, support chat',
    'Order history, return form, chat agent',
    'Returns authorised and refunds issued; chat escalations handled',
    'Reverse logistics with the carrier; help-centre articles kept current',
    'Chat agent, returns clerk',
    'Refunds and returns within 30 days',
    'Account service, returns system, chat tool',
  ],
  'stg-advocacy': [
    'Reviews the product and recommends the shop',
    'Review request email, loyalty programme, referral link',
    'Review form, loyalty points, referral credit',
    'Loyalty tier computed from orders; reviews moderated',
    'CRM segments loyal customers; referral rewards paid monthly',
    'CRM marketer, review moderator',
    'Incentivised reviews are labelled as such',
    'CRM, review service, loyalty engine',
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
  list.card(
    'stg-retention',
    L.support,
    'Support chat escalates payment and delivery problems to operations',
    ['escalation'],
  );
  list.touchpoint('stg-retention', L.touchpoints, 'Support chat', {
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
      { id: L.touchpoints, kind: 'touchpoints', name: 'Touchpoints' },
      { id: L.actions, kind: 'actions', name: 'Customer actions' },
      { id: L.frontstage, kind: 'frontstage', name: 'Frontstage' },
      { id: L.backstage, kind: 'backstage', name: 'Backstage' },
      { id: L.support, kind: 'support_processes', name: 'Support processes' },
      { id: L.people, kind: 'people', name: 'People' },
      { id: L.policies, kind: 'policies', name: 'Policies' },
      { id: L.technology, kind: 'technology', name: 'Technology' },
    ],
    items: list.items,
    dividers: [
      { kind: 'line_of_interaction', afterLaneId: L.actions },
      { kind: 'line_of_visibility', afterLaneId: L.frontstage },
      { kind: 'line_of_internal_interaction', afterLaneId: L.backstage },
    ],
  };
}
