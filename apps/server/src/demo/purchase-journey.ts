import type { Journey } from '@waymark/domain';
import { ItemList, events } from './builders';
import { demoStages, LOYAL_VISITS } from './stages';

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
    // Awareness
    .card('stg-awareness', l.actions, 'Sees a promotion in an email or on social media and taps through')
    .card('stg-awareness', l.actions, 'Searches for a product type and clicks an ad or result')
    .touchpoint('stg-awareness', l.touchpoints, 'Promotional email', {
      channel: 'email',
      department: 'Marketing',
    })
    .touchpoint('stg-awareness', l.touchpoints, 'Landing and promo pages', {
      channel: 'web',
      department: 'E-commerce',
      matchers: [events('home', 'promo_page')],
    })
    .card('stg-awareness', l.thoughts, '"Is this deal actually good, or just another sale banner?"')
    .emotion('stg-awareness', l.emotions, 'per-maya', 2, 'Curious about the offer')
    .emotion('stg-awareness', l.emotions, 'per-tom', 1, 'Cautiously interested')
    .pain(
      'pain-landing',
      'stg-awareness',
      l.pain,
      'Promo landing page does not show the advertised product above the fold',
      3,
      4,
    )
    .opportunity(
      'stg-awareness',
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
    .card('stg-awareness', l.moments, 'First impression: does the page match the promise of the ad?')
    // Consideration
    .card('stg-consideration', l.actions, 'Types a search, scrolls the catalog and applies filters')
    .card(
      'stg-consideration',
      l.actions,
      'Opens several product pages, reads reviews and compares specifications',
    )
    .touchpoint('stg-consideration', l.touchpoints, 'Site search, catalog and filters', {
      channel: 'web',
      department: 'E-commerce',
      matchers: [events('search', 'catalog', 'filter_results')],
    })
    .touchpoint('stg-consideration', l.touchpoints, 'Product page', {
      channel: 'web',
      department: 'E-commerce',
      matchers: [events('product_view')],
    })
    .touchpoint('stg-consideration', l.touchpoints, 'Reviews and comparison', {
      channel: 'web',
      department: 'Merchandising',
      matchers: [events('review_page', 'compare')],
    })
    .card(
      'stg-consideration',
      l.thoughts,
      '"Why does this search show phone cases when I asked for a phone stand? What do buyers say after a month?"',
    )
    .emotion('stg-consideration', l.emotions, 'per-maya', -1, 'Impatient with irrelevant results')
    .emotion('stg-consideration', l.emotions, 'per-tom', 1, 'Reassured by detailed reviews')
    .pain(
      'pain-search',
      'stg-consideration',
      l.pain,
      'Search returns loosely related products; filters reset after going back',
      4,
      5,
    )
    .pain(
      'pain-compare',
      'stg-consideration',
      l.pain,
      'Comparison holds only two products and is lost on mobile',
      3,
      3,
    )
    .opportunity(
      'stg-consideration',
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
    .opportunity(
      'stg-consideration',
      l.opportunities,
      'Persistent comparison tray with up to four products, synced across devices',
      {
        impact: 2,
        feasibility: 2,
        status: 'idea',
        owner: 'Product design',
        painPointIds: ['pain-compare'],
      },
    )
    .card(
      'stg-consideration',
      l.moments,
      'Trust: relevant results, reviews with photos and a clear returns promise',
    )
    // Decision
    .card('stg-decision', l.actions, 'Adds the product to the cart and checks the total')
    .card('stg-decision', l.actions, 'Enters a delivery address and payment details')
    .touchpoint('stg-decision', l.touchpoints, 'Wishlist, cart page and mini-cart', {
      channel: 'web',
      department: 'E-commerce',
      matchers: [events('wishlist_add', 'add_to_cart', 'cart')],
    })
    .touchpoint('stg-decision', l.touchpoints, 'Shipping and payment forms', {
      channel: 'web',
      department: 'Payments',
      matchers: [events('shipping_details', 'payment_details')],
    })
    .card(
      'stg-decision',
      l.thoughts,
      '"How much is delivery? Why did my card fail? Has it charged me twice?"',
    )
    .emotion(
      'stg-decision',
      l.emotions,
      'per-maya',
      -3,
      'Frustrated: delivery cost appears late, long form on the phone',
    )
    .emotion('stg-decision', l.emotions, 'per-tom', -4, 'Worried after an unexplained payment error')
    .pain(
      'pain-delivery-cost',
      'stg-decision',
      l.pain,
      'Delivery cost and date are shown only at checkout',
      4,
      5,
    )
    .pain(
      'pain-payment-error',
      'stg-decision',
      l.pain,
      'Payment errors give no reason and empty the form',
      5,
      3,
    )
    .pain(
      'pain-long-form',
      'stg-decision',
      l.pain,
      'Eleven form fields on mobile, no address lookup or wallet payment',
      4,
      4,
    )
    .opportunity(
      'stg-decision',
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
    .opportunity(
      'stg-decision',
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
    .opportunity('stg-decision', l.opportunities, 'Offer wallet payments and postcode address lookup', {
      impact: 4,
      feasibility: 2,
      status: 'planned',
      owner: 'Payments',
      painPointIds: ['pain-long-form'],
    })
    .card('stg-decision', l.moments, 'Moment of truth: the payment goes through, or the shopper leaves')
    // Usage
    .card('stg-usage', l.actions, 'Places the order and reads the confirmation')
    .card('stg-usage', l.actions, 'Receives the parcel and starts using the product')
    .touchpoint('stg-usage', l.touchpoints, 'Order confirmation page and email', {
      channel: 'email',
      department: 'Fulfilment',
      matchers: [events('purchase')],
    })
    .touchpoint('stg-usage', l.touchpoints, 'Delivery and unboxing', {
      channel: 'delivery',
      department: 'Fulfilment',
    })
    .card('stg-usage', l.thoughts, '"Done. I hope it arrives before the weekend, and that it fits."')
    .emotion('stg-usage', l.emotions, 'per-maya', 3, 'Relieved and pleased')
    .emotion('stg-usage', l.emotions, 'per-tom', 2, 'Satisfied, waiting for tracking')
    .pain('pain-tracking', 'stg-usage', l.pain, 'Tracking link arrives a day after the confirmation', 2, 3)
    .opportunity(
      'stg-usage',
      l.opportunities,
      'Include the tracking link and delivery window in the confirmation',
      {
        impact: 2,
        feasibility: 5,
        status: 'done',
        owner: 'Fulfilment',
        painPointIds: ['pain-tracking'],
      },
    )
    .card('stg-usage', l.moments, 'The parcel arrives when promised and the product matches the page')
    // Retention
    .card(
      'stg-retention',
      l.actions,
      'Comes back to the account to track an order, return an item or reorder',
    )
    .touchpoint('stg-retention', l.touchpoints, 'Account and order history', {
      channel: 'web',
      department: 'E-commerce',
      matchers: [events('account_page')],
    })
    .touchpoint('stg-retention', l.touchpoints, 'Support chat', {
      channel: 'chat',
      department: 'Customer service',
      matchers: [events('support_chat')],
    })
    .card(
      'stg-retention',
      l.thoughts,
      '"Can I send this back without calling anyone? Can I order the same again?"',
    )
    .emotion('stg-retention', l.emotions, 'per-maya', 0, 'Fine, but the return takes a chat')
    .emotion('stg-retention', l.emotions, 'per-tom', 1, 'Likes seeing every order in one place')
    .pain(
      'pain-returns',
      'stg-retention',
      l.pain,
      'Returns need a support chat; there is no self-service return or one-tap reorder',
      3,
      3,
    )
    .opportunity(
      'stg-retention',
      l.opportunities,
      'Self-service returns and one-tap reorder in the order history',
      {
        impact: 4,
        feasibility: 2,
        status: 'idea',
        owner: 'E-commerce',
        painPointIds: ['pain-returns'],
      },
    )
    .card('stg-retention', l.moments, 'The first problem after buying is solved quickly')
    // Advocacy
    .card('stg-advocacy', l.actions, 'Recommends the shop to friends and reviews what they bought')
    .touchpoint('stg-advocacy', l.touchpoints, 'Review request and loyalty programme', {
      channel: 'email',
      department: 'Marketing',
      matchers: [LOYAL_VISITS],
    })
    .card('stg-advocacy', l.thoughts, '"They got it right twice now; my sister should try them."')
    .emotion('stg-advocacy', l.emotions, 'per-maya', 2, 'Happy to share a discount code')
    .emotion('stg-advocacy', l.emotions, 'per-tom', 3, 'Proud of a good find, writes a review')
    .pain(
      'pain-referral',
      'stg-advocacy',
      l.pain,
      'No prompt to review after delivery; the referral programme is hidden in the footer',
      2,
      4,
    )
    .opportunity(
      'stg-advocacy',
      l.opportunities,
      'Ask for a review a week after delivery and show referral credit in the account',
      {
        impact: 3,
        feasibility: 4,
        status: 'planned',
        owner: 'Marketing',
        painPointIds: ['pain-referral'],
      },
    )
    .card('stg-advocacy', l.moments, 'A friend asks where they bought it');

  return {
    id: DEMO_JOURNEY_ID,
    title: 'Online shop purchase: current state',
    description:
      "How shoppers go from hearing of the shop to buying, coming back and recommending it today, with measured figures from the shop's events on every stage.",
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
