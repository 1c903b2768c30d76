import type { Persona } from '@waymark/domain';

/** The demo's two personas, linked to measured users by the `platform` event property. */
export const DEMO_PERSONAS: Persona[] = [
  {
    id: 'per-maya',
    name: 'Maya Chen',
    role: 'Busy professional who shops on her phone',
    color: '#d9480f',
    quote: 'If I cannot finish it on the train, I will not finish it at all.',
    description:
      'Maya buys home and lifestyle products in short bursts between meetings and on her commute. She acts on promotions from email and social posts, and abandons anything that asks for too much typing.',
    demographics: [
      { label: 'Age', value: '31' },
      { label: 'Location', value: 'Manchester, UK' },
      { label: 'Occupation', value: 'Marketing manager' },
      { label: 'Device', value: 'Mobile first' },
    ],
    goals: ['Find a good product quickly', 'Pay in a few taps', 'Know exactly when it will arrive'],
    needs: [
      'Saved addresses and wallet payments',
      'Clear delivery dates before checkout',
      'Filters that work on a small screen',
    ],
    motivations: ['Limited-time offers', 'Recommendations from friends', 'Free returns'],
    frustrations: ['Long forms on mobile', 'Surprise delivery costs', 'Pages that reload and lose her cart'],
    preferredChannels: ['social', 'email', 'mobile app'],
    segmentRule: [{ property: 'platform', operator: 'eq', value: 'mobile' }],
  },
  {
    id: 'per-tom',
    name: 'Tom Okafor',
    role: 'Careful researcher on a desktop',
    color: '#1c7ed6',
    quote: 'I read the reviews, compare three options, and only then do I buy.',
    description:
      'Tom plans larger purchases. He searches, compares specifications side by side and reads reviews before committing, usually in the evening on his laptop. Trust signals and clear return terms decide where he buys.',
    demographics: [
      { label: 'Age', value: '46' },
      { label: 'Location', value: 'Leeds, UK' },
      { label: 'Occupation', value: 'Civil engineer' },
      { label: 'Device', value: 'Desktop' },
    ],
    goals: [
      'Choose the right product the first time',
      'Avoid hidden costs',
      'Get help fast when something goes wrong',
    ],
    needs: [
      'Detailed specifications and comparisons',
      'Honest reviews with photos',
      'Reachable support during checkout',
    ],
    motivations: ['Quality and durability', 'Good warranty terms', 'Reputation of the shop'],
    frustrations: [
      'Comparison that drops items',
      'Errors at payment with no explanation',
      'Chatbots that cannot answer',
    ],
    preferredChannels: ['organic search', 'paid search', 'email'],
    segmentRule: [{ property: 'platform', operator: 'eq', value: 'desktop' }],
  },
];
