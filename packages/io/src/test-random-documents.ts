import {
  directionSchema,
  laneKindSchema,
  localeSchema,
  parseDocument,
  type EvidenceLink,
  type Item,
  type JourneyDocument,
  type JourneyDocumentInput,
  type Lane,
  type Persona,
  seededRandom,
} from '@waymark/domain';
import { SCRIPTS } from './test-documents';

/**
 * Seeded random journey documents for round-trip tests: texts are drawn from fragments that tend to
 * break spreadsheets and line-based formats (leading and trailing spaces, formulas and the apostrophe
 * that guards them, numbers, blank lines, pipes, suffixes that look like our own figures, RTL and combining marks). Test-only.
 */

/** Fields every random item shares. */
interface ItemBase {
  id: string;
  stageId: string;
  laneId: string;
  tags: string[];
  evidence: EvidenceLink[];
}

const FRAGMENTS = [
  ...Object.values(SCRIPTS),
  ' leading',
  'trailing ',
  '=SUM(A1:A3)',
  '+1',
  '-2',
  '@user',
  '\tindented',
  '＝全角',
  "'",
  "'=quoted",
  "''",
  "=cmd|' /C calc'!A0",
  '007',
  '3.50',
  'a|b',
  '(severity 3/5)',
  '(impact 2/5, feasibility 4/5)',
  'Anna: 3',
  '— dash',
  '👍🏽',
  'tab\there',
  'two\nlines',
  'TRUE',
  '2026-01-02',
  '<b>&amp;</b>',
];

/** Draws random documents from one seed. */
export class DocumentGenerator {
  private readonly next: () => number;
  private counter = 0;

  constructor(seed: number) {
    this.next = seededRandom(seed);
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(list: readonly T[]): T {
    const value = list[this.int(0, list.length - 1)];
    if (value === undefined) throw new Error('pick from an empty list');
    return value;
  }

  text(maxFragments = 3): string {
    const count = this.int(1, maxFragments);
    return Array.from({ length: count }, () => this.pick(FRAGMENTS)).join(this.pick([' ', '', ' / ']));
  }

  id(prefix: string): string {
    this.counter++;
    return `${prefix}_${this.counter}`;
  }

  document(): JourneyDocument {
    const personas: Persona[] = Array.from({ length: this.int(0, 3) }, (_, i) => ({
      id: this.id('per'),
      name: `${this.pick(Object.values(SCRIPTS)).slice(0, 12)} ${i}`,
      demographics: [{ label: 'Age', value: String(this.int(18, 80)) }],
      goals: Array.from({ length: this.int(0, 2) }, () => this.text(2)),
      needs: [],
      motivations: [],
      frustrations: Array.from({ length: this.int(0, 2) }, () => this.text(2)),
      preferredChannels: ['web'],
      segmentRule: [],
    }));
    const stages = Array.from({ length: this.int(1, 4) }, () => ({
      id: this.id('stg'),
      name: this.text(2),
      matchers: [],
    }));
    const lanes: Lane[] = Array.from({ length: this.int(1, 6) }, () => ({
      id: this.id('lan'),
      kind: this.pick(laneKindSchema.options),
      name: this.text(1),
    }));
    const items: Item[] = [];
    for (const lane of lanes) {
      for (const stage of stages) {
        const base = (): ItemBase => ({
          id: this.id('itm'),
          stageId: stage.id,
          laneId: lane.id,
          tags: [],
          evidence: [],
        });
        if (lane.kind === 'emotions') {
          for (const persona of personas) {
            if (this.next() < 0.6) {
              items.push({
                type: 'emotion_point',
                ...base(),
                text: this.pick(['', this.text(1)]),
                personaId: persona.id,
                score: this.int(-5, 5),
              });
            }
          }
          continue;
        }
        for (let n = this.int(0, 3); n > 0; n--) items.push(this.item(lane, base()));
      }
    }
    // Shuffle so document order differs from cell order.
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      const a = items[i];
      const b = items[j];
      if (a && b) [items[i], items[j]] = [b, a];
    }
    const input: JourneyDocumentInput = {
      format: 'waymark.journey/v1',
      journey: {
        id: this.id('jrn'),
        title: this.text(2),
        description: this.text(3),
        mapType: 'current_state',
        journeyKind: 'custom',
        personaIds: personas.map((p) => p.id),
        locale: this.pick(localeSchema.options),
        direction: this.pick(directionSchema.options),
        stages,
        lanes,
        items,
      },
      personas,
    };
    return parseDocument(input);
  }

  private item(lane: Lane, base: ItemBase): Item {
    const text = this.text();
    switch (lane.kind) {
      case 'pain_points':
        return { type: 'pain_point', ...base, text, severity: this.int(1, 5) };
      case 'opportunities':
        return {
          type: 'opportunity',
          ...base,
          text,
          impact: this.int(1, 5),
          feasibility: this.int(1, 5),
          status: 'idea',
          painPointIds: [],
        };
      case 'touchpoints':
        return { type: 'touchpoint', ...base, text, channel: 'web', matchers: [] };
      default:
        return { type: 'card', ...base, text, tags: this.next() < 0.3 ? ['t'] : [] };
    }
  }
}
