import { LANE_KIND_LABELS, laneKindSchema, type LaneKind } from '@waymark/domain';
import { normalizeHeader } from './sheet-grid';

/**
 * Reads a lane kind as a person types it: the kind itself (`pain_points`, "Pain points"), its label in
 * any shipped locale ("痛點", "ปัญหาที่พบ"), or a common synonym ("Feelings", "Systems").
 */
export function parseLaneKind(text: string): LaneKind | undefined {
  const wanted = fold(text);
  if (!wanted) return undefined;
  // Own keys only: a name such as "constructor" must not find an inherited object property.
  return KIND_BY_NAME.get(wanted) ?? (Object.hasOwn(SYNONYMS, wanted) ? SYNONYMS[wanted] : undefined);
}

/** The kind a lane's name suggests when no kind is given; `custom` when the name says nothing. */
export function inferLaneKind(laneName: string): LaneKind {
  return parseLaneKind(laneName) ?? 'custom';
}

const SYNONYMS: Readonly<Record<string, LaneKind>> = {
  action: 'actions',
  doing: 'actions',
  steps: 'actions',
  touchpoint: 'touchpoints',
  channel: 'channels',
  thinking: 'thoughts',
  thought: 'thoughts',
  emotion: 'emotions',
  feelings: 'emotions',
  feeling: 'emotions',
  'emotional curve': 'emotions',
  pains: 'pain_points',
  'pain point': 'pain_points',
  painpoints: 'pain_points',
  opportunity: 'opportunities',
  ideas: 'opportunities',
  'front stage': 'frontstage',
  'back stage': 'backstage',
  'support process': 'support_processes',
  policy: 'policies',
  systems: 'technology',
  tech: 'technology',
  kpis: 'metrics',
  metric: 'metrics',
  departments: 'departments',
  department: 'departments',
  notes: 'text',
  images: 'images',
};

function fold(text: string): string {
  return normalizeHeader(text.normalize('NFC'));
}

/** Each kind and its label in every locale, folded; the first kind in schema order wins a clash. */
const KIND_BY_NAME = new Map<string, LaneKind>();
for (const kind of laneKindSchema.options) {
  for (const name of [kind, ...Object.values(LANE_KIND_LABELS[kind])]) {
    const key = fold(name);
    if (!KIND_BY_NAME.has(key)) KIND_BY_NAME.set(key, kind);
  }
}
