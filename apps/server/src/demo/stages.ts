import type { EventMatcher, Stage } from '@waymark/domain';
import { events } from './builders';

/**
 * Loyal-customer visits: the bundled events carry the shop CRM's lifecycle segment on every event
 * (`user_lifecycle`: new, returning, loyal). The demo binds its loyalty-programme touchpoint to it.
 */
export const LOYAL_VISITS: EventMatcher = {
  type: 'property',
  condition: { property: 'user_lifecycle', operator: 'eq', value: 'loyal' },
};

/**
 * The six stages of the demo purchase journey (the purchase template's Awareness to Advocacy), bound
 * to the event names of the bundled ecom dataset (retentioneering's synthetic shop) so the map's
 * figures compute from real events: arrival, browsing and evaluating, cart and checkout, the order,
 * coming back to the account or support, and review pages after that.
 */
export function demoStages(): Stage[] {
  return [
    {
      id: 'stg-awareness',
      name: 'Awareness',
      description: 'The shopper hears of the shop and arrives from search, an ad, an email or a social post.',
      color: '#7048e8',
      icon: 'megaphone',
      goal: 'Land on a relevant page that invites browsing',
      matchers: [events('home', 'promo_page')],
    },
    {
      id: 'stg-consideration',
      name: 'Consideration',
      description: 'Searching and filtering the catalog, reading product pages and reviews, comparing.',
      color: '#1c7ed6',
      icon: 'search',
      goal: 'Be confident about one product',
      matchers: [events('catalog', 'search', 'filter_results', 'product_view', 'compare')],
    },
    {
      id: 'stg-decision',
      name: 'Decision',
      description: 'Saving a favourite, adding to the cart, entering delivery and payment details.',
      color: '#f59f00',
      icon: 'cart',
      goal: 'Pay without friction or surprises',
      matchers: [events('wishlist_add', 'add_to_cart', 'cart', 'shipping_details', 'payment_details')],
    },
    {
      id: 'stg-usage',
      name: 'Usage',
      description: 'The order is placed and confirmed, delivered and put to use.',
      color: '#2f9e44',
      icon: 'package',
      goal: 'A confirmed order that arrives when promised',
      matchers: [events('purchase')],
    },
    {
      id: 'stg-retention',
      name: 'Retention',
      description: 'Coming back after buying: order history, tracking, returns and help.',
      color: '#0ca678',
      icon: 'repeat',
      goal: 'Get help or reorder in a few taps, and come back',
      matchers: [events('account_page', 'support_chat')],
    },
    {
      id: 'stg-advocacy',
      name: 'Advocacy',
      description:
        'Reviewing what they bought and recommending the shop: review pages visited after coming back (the events hold no referral events).',
      color: '#e64980',
      icon: 'heart',
      goal: 'Recommend the shop and review what they bought',
      matchers: [events('review_page')],
    },
  ];
}
