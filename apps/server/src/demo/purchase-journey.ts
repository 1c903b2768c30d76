import type { Journey } from '@waymark/domain';
import { ItemList, events } from './builders';
import { demoStages } from './stages';

/** Lane ids of the demo journey maps. */
export const LANE = {
  actions: 'ln-actions',
  touchpoints: 'ln-touchpoints',
  thoughts: 'ln-thoughts',
  emotions: 'ln-emotions',
  pain: 'ln-pain-points',
  opportunities: 'ln-opportunities',
  moments: 'ln-moments',
} as const;

/** Id of the demo's current-state purchase journey. */
export const DEMO_JOURNEY_ID = 'demo-purchase';

/** The demo's current-state purchase journey of the online shop, with content in every lane. */
export function demoPurchaseJourney(): Journey {
  const l = LANE;
  const list = new ItemList();
  list
    // Discover
    .card('stg-discover', l.actions, 'Sees a promotion in an email or on social media and taps through')
    .card('stg-discover', l.actions, 'Searches for a product type and clicks an ad or result')
    .touchpoint('stg-discover', l.touchpoints, 'Promotional email', {
      channel: 'email',
      department: 'Marketing',
    })
    .touchpoint('stg-discover', l.touchpoints, 'Landing and promo pages', {
      channel: 'web',
      department: 'E-commerce',
      matchers: [events('home', 'promo_page')],
    })
    .card('stg-discover', l.thoughts, '"Is this deal actually good, or just another sale banner?"')
    .emotion('stg-discover', l.emotions, 'per-maya', 2, 'Curious about the offer')
    .emotion('stg-discover', l.emotions, 'per-tom', 1, 'Cautiously interested')
    .pain(
      'pain-landing',
      'stg-discover',
      l.pain,
      'Promo landing page does not show the advertised product above the fold',
      3,
      4,
    )
    .opportunity(
      'stg-discover',
      l.opportunities,
      'Deep-link campaigns to the exact product with the offer applied',
      {
        impact: 4,
        feasibility: 4,
        status: 'planned',
        owner: 'Marketing',
        painPointIds: ['pain-landing'],
        dueDate: '2025-03-31',
      },
    )
    .card('stg-discover', l.moments, 'First impression: does the page match the promise of the ad?')
    // Browse
    .card('stg-browse', l.actions, 'Types a search, scrolls the catalog and applies filters')
    .touchpoint('stg-browse', l.touchpoints, 'Site search and catalog', {
      channel: 'web',
      department: 'E-commerce',
      matchers: [events('search', 'catalog')],
    })
    .touchpoint('stg-browse', l.touchpoints, 'Filters and sorting', {
      channel: 'web',
      department: 'E-commerce',
      matchers: [events('filter_results')],
    })
    .card('stg-browse', l.thoughts, '"Why does this search show phone cases when I asked for a phone stand?"')
    .emotion('stg-browse', l.emotions, 'per-maya', -1, 'Impatient with irrelevant results')
    .emotion('stg-browse', l.emotions, 'per-tom', 0, 'Methodical, neutral')
    .pain(
      'pain-search',
      'stg-browse',
      l.pain,
      'Search returns loosely related products; filters reset after going back',
      4,
      5,
    )
    .opportunity(
      'stg-browse',
      l.opportunities,
      'Keep filters in the URL and tune search synonyms from zero-result queries',
      {
        impact: 5,
        feasibility: 3,
        status: 'in_progress',
        owner: 'Search team',
        painPointIds: ['pain-search'],
        dueDate: '2025-02-28',
      },
    )
    .card('stg-browse', l.moments, 'Finding something relevant within the first two searches')
    // Evaluate
    .card('stg-evaluate', l.actions, 'Opens several product pages, reads reviews and compares specifications')
    .card('stg-evaluate', l.actions, 'Saves a favourite to the wishlist to decide later')
    .touchpoint('stg-evaluate', l.touchpoints, 'Product page', {
      channel: 'web',
      department: 'E-commerce',
      matchers: [events('product_view')],
    })
    .touchpoint('stg-evaluate', l.touchpoints, 'Reviews and comparison', {
      channel: 'web',
      department: 'Merchandising',
      matchers: [events('review_page', 'compare')],
    })
    .card('stg-evaluate', l.thoughts, '"Will it fit? What do other buyers say after a month?"')
    .emotion('stg-evaluate', l.emotions, 'per-maya', 1, 'Likes the photos, wants it quickly')
    .emotion('stg-evaluate', l.emotions, 'per-tom', 2, 'Reassured by detailed reviews')
    .pain(
      'pain-compare',
      'stg-evaluate',
      l.pain,
      'Comparison holds only two products and is lost on mobile',
      3,
      3,
    )
    .opportunity(
      'stg-evaluate',
      l.opportunities,
      'Persistent comparison tray with up to four products, synced across devices',
      {
        impact: 3,
        feasibility: 3,
        status: 'idea',
        owner: 'Product design',
        painPointIds: ['pain-compare'],
      },
    )
    .card('stg-evaluate', l.moments, 'Trust: reviews with photos and a clear returns promise')
    // Cart
    .card('stg-cart', l.actions, 'Adds the product to the cart and checks the total')
    .touchpoint('stg-cart', l.touchpoints, 'Cart page and mini-cart', {
      channel: 'web',
      department: 'E-commerce',
      matchers: [events('add_to_cart', 'cart')],
    })
    .card('stg-cart', l.thoughts, '"How much is delivery? When would it arrive?"')
    .emotion('stg-cart', l.emotions, 'per-maya', -2, 'Annoyed: delivery cost appears only now')
    .emotion('stg-cart', l.emotions, 'per-tom', -1, 'Unsure about the delivery date')
    .pain('pain-delivery-cost', 'stg-cart', l.pain, 'Delivery cost and date are shown only at checkout', 4, 5)
    .opportunity(
      'stg-cart',
      l.opportunities,
      'Show delivery cost and estimated date on the product page and in the cart',
      {
        impact: 5,
        feasibility: 4,
        status: 'planned',
        owner: 'E-commerce',
        painPointIds: ['pain-delivery-cost'],
        dueDate: '2025-04-15',
      },
    )
    .card('stg-cart', l.moments, 'Seeing the full price before committing')
    // Checkout
    .card('stg-checkout', l.actions, 'Enters a delivery address and payment details')
    .touchpoint('stg-checkout', l.touchpoints, 'Shipping and payment forms', {
      channel: 'web',
      department: 'Payments',
      matchers: [events('shipping_details', 'payment_details')],
    })
    .touchpoint('stg-checkout', l.touchpoints, 'Support chat', {
      channel: 'chat',
      department: 'Customer service',
      matchers: [events('support_chat')],
    })
    .card('stg-checkout', l.thoughts, '"Why did my card fail? Has it charged me twice?"')
    .emotion('stg-checkout', l.emotions, 'per-maya', -3, 'Frustrated typing a long form on the phone')
    .emotion('stg-checkout', l.emotions, 'per-tom', -4, 'Worried after an unexplained payment error')
    .pain(
      'pain-payment-error',
      'stg-checkout',
      l.pain,
      'Payment errors give no reason and empty the form',
      5,
      3,
    )
    .pain(
      'pain-long-form',
      'stg-checkout',
      l.pain,
      'Eleven form fields on mobile, no address lookup or wallet payment',
      4,
      4,
    )
    .opportunity(
      'stg-checkout',
      l.opportunities,
      'Explain payment failures in plain words and keep the form filled in',
      {
        impact: 5,
        feasibility: 4,
        status: 'in_progress',
        owner: 'Payments',
        painPointIds: ['pain-payment-error'],
        dueDate: '2025-01-31',
      },
    )
    .opportunity('stg-checkout', l.opportunities, 'Offer wallet payments and postcode address lookup', {
      impact: 4,
      feasibility: 3,
      status: 'planned',
      owner: 'Payments',
      painPointIds: ['pain-long-form'],
    })
    .card('stg-checkout', l.moments, 'Moment of truth: the payment goes through, or the shopper leaves')
    // Purchase
    .card('stg-purchase', l.actions, 'Places the order and reads the confirmation')
    .touchpoint('stg-purchase', l.touchpoints, 'Order confirmation page and email', {
      channel: 'email',
      department: 'Fulfilment',
      matchers: [events('purchase')],
    })
    .card('stg-purchase', l.thoughts, '"Done. I hope it arrives before the weekend."')
    .emotion('stg-purchase', l.emotions, 'per-maya', 3, 'Relieved and pleased')
    .emotion('stg-purchase', l.emotions, 'per-tom', 2, 'Satisfied, waiting for tracking')
    .pain('pain-tracking', 'stg-purchase', l.pain, 'Tracking link arrives a day after the confirmation', 2, 3)
    .opportunity(
      'stg-purchase',
      l.opportunities,
      'Include the tracking link and delivery window in the confirmation',
      {
        impact: 3,
        feasibility: 5,
        status: 'done',
        owner: 'Fulfilment',
        painPointIds: ['pain-tracking'],
      },
    )
    .card('stg-purchase', l.moments, 'Confirmation that sets a clear expectation of delivery');

  return {
    id: DEMO_JOURNEY_ID,
    title: 'Online shop purchase: current state',
    description:
      "How shoppers go from a first visit to a placed order today, with measured figures from the shop's events on every stage.",
    mapType: 'current_state',
    journeyKind: 'purchase',
    goalAction: 'purchase',
    personaIds: ['per-maya', 'per-tom'],
    locale: 'en',
    direction: 'ltr',
    stages: demoStages(),
    lanes: [
      { id: l.actions, kind: 'actions', name: 'Actions' },
      { id: l.touchpoints, kind: 'touchpoints', name: 'Touchpoints' },
      { id: l.thoughts, kind: 'thoughts', name: 'Thoughts' },
      { id: l.emotions, kind: 'emotions', name: 'Emotions' },
      { id: l.pain, kind: 'pain_points', name: 'Pain points' },
      { id: l.opportunities, kind: 'opportunities', name: 'Opportunities' },
      { id: l.moments, kind: 'moments_of_truth', name: 'Moments of truth' },
    ],
    items: list.items,
    dividers: [],
  };
}
