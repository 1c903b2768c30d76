import type { Stage } from '@waymark/domain';
import { events } from './builders';

/**
 * The six stages of the demo purchase journey, bound to the event names of the bundled ecom
 * dataset (retentioneering's synthetic shop) so the map's figures compute from real events.
 */
export function demoStages(): Stage[] {
  return [
    {
      id: 'stg-discover',
      name: 'Discover',
      description: 'The shopper arrives from search, an ad, an email or a social post.',
      color: '#7048e8',
      icon: 'compass',
      goal: 'Land on a relevant page that invites browsing',
      matchers: [events('home', 'promo_page')],
    },
    {
      id: 'stg-browse',
      name: 'Browse',
      description: 'Searching the catalog and narrowing it down with filters.',
      color: '#1c7ed6',
      icon: 'search',
      goal: 'Find a short list of products that fit',
      matchers: [events('catalog', 'search', 'filter_results')],
    },
    {
      id: 'stg-evaluate',
      name: 'Evaluate',
      description: 'Reading product pages, comparing, checking reviews, saving to a wishlist.',
      color: '#0ca678',
      icon: 'scale',
      goal: 'Be confident about one product',
      matchers: [events('product_view', 'compare', 'review_page', 'wishlist_add')],
    },
    {
      id: 'stg-cart',
      name: 'Cart',
      description: 'Adding to the cart and reviewing it.',
      color: '#f59f00',
      icon: 'cart',
      goal: 'A cart with the right items and a known total',
      matchers: [events('add_to_cart', 'cart')],
    },
    {
      id: 'stg-checkout',
      name: 'Checkout',
      description: 'Delivery details and payment.',
      color: '#e8590c',
      icon: 'credit-card',
      goal: 'Pay without friction or surprises',
      matchers: [events('shipping_details', 'payment_details')],
    },
    {
      id: 'stg-purchase',
      name: 'Purchase',
      description: 'The order is placed and confirmed.',
      color: '#2f9e44',
      icon: 'check',
      goal: 'A confirmed order and a clear delivery date',
      matchers: [events('purchase')],
    },
  ];
}
