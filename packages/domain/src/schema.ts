import { z } from 'zod';
import { iconSchema } from './icons';
import { imageUrlSchema } from './images';

/**
 * The journey model as zod schemas; every type of the model is derived from these with `z.infer`.
 * Cross-entity invariants (unique ids, items in existing cells, ...) are checked in `invariants.ts`.
 */

/** A stable identifier: letters, digits, `_` and `-`, at most 64 characters. */
export const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'expected an id of letters, digits, "_" or "-"');
export type Id = z.infer<typeof idSchema>;

/** UI and content locales Waymark ships labels for. Map content itself may be in any script. */
export const localeSchema = z.enum(['en', 'th', 'zh-TW', 'vi', 'fa']);
export type Locale = z.infer<typeof localeSchema>;

export const directionSchema = z.enum(['ltr', 'rtl']);
export type Direction = z.infer<typeof directionSchema>;

export const mapTypeSchema = z.enum([
  'current_state',
  'future_state',
  'day_in_the_life',
  'service_blueprint',
]);
export type MapType = z.infer<typeof mapTypeSchema>;

export const journeyKindSchema = z.enum([
  'purchase',
  'lead_generation',
  'engagement',
  'retention',
  'onboarding',
  'support',
  'custom',
]);
export type JourneyKind = z.infer<typeof journeyKindSchema>;

/** `#rgb` or `#rrggbb`. */
export const colorSchema = z
  .string()
  .regex(/^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, 'expected a colour like #1f6feb');

/** A short text field shown on the map (names, titles). */
export const labelSchema = z.string().min(1).max(500);
/** Longer free text (descriptions, card bodies). */
export const textSchema = z.string().max(20_000);

/**
 * Most values an `in` condition (or an `event_in` matcher) may list. The list is bound as one SQL
 * parameter, so its cost is linear, but an answer must still come within seconds: see docs/cli.md.
 */
export const MAX_IN_VALUES = 10_000;

/**
 * A condition on an event property, used by matchers and persona segment rules. The value must fit
 * the operator: `in` takes a list of 1 to {@link MAX_IN_VALUES} texts or numbers, `exists` ignores it,
 * `contains` one text, every other operator one text, number or boolean. A misfit is refused on
 * `value`, so a bad condition is a 400 naming the field, never an engine error.
 */
export const propertyConditionSchema = z
  .strictObject({
    property: z.string().min(1).max(200),
    operator: z.enum(['eq', 'neq', 'in', 'contains', 'gt', 'gte', 'lt', 'lte', 'exists']),
    value: z
      .union([z.string(), z.number(), z.boolean(), z.array(z.union([z.string(), z.number()]))])
      .optional(),
  })
  .superRefine((condition, ctx) => {
    const problem = conditionValueProblem(condition.operator, condition.value);
    if (problem !== null) ctx.addIssue({ code: 'custom', path: ['value'], message: problem });
  });

/** Why `value` does not fit `operator`, or null when it does. */
function conditionValueProblem(operator: string, value: unknown): string | null {
  if (operator === 'in') {
    if (!Array.isArray(value) || value.length === 0)
      return `"in" takes a list of 1 to ${MAX_IN_VALUES} values`;
    if (value.length > MAX_IN_VALUES)
      return `"in" takes at most ${MAX_IN_VALUES} values (got ${value.length})`;
    return null;
  }
  if (operator === 'exists') return null;
  if (value === undefined || Array.isArray(value))
    return `"${operator}" takes one value (text, number or boolean)`;
  if (operator === 'contains' && typeof value !== 'string') return '"contains" takes text';
  return null;
}
export type PropertyCondition = z.infer<typeof propertyConditionSchema>;

/** Says which events belong to a stage or touchpoint. Several matchers on one element are OR-ed. */
export const eventMatcherSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('event_equals'), event: z.string().min(1).max(500) }),
  z.strictObject({
    type: z.literal('event_in'),
    events: z
      .array(z.string().min(1).max(500))
      .min(1)
      .max(MAX_IN_VALUES, { message: `at most ${MAX_IN_VALUES} event names` }),
  }),
  z.strictObject({ type: z.literal('event_prefix'), prefix: z.string().min(1).max(500) }),
  z.strictObject({ type: z.literal('property'), condition: propertyConditionSchema }),
]);
export type EventMatcher = z.infer<typeof eventMatcherSchema>;

export const evidenceSourceSchema = z.enum([
  'survey',
  'interview',
  'review',
  'analytics',
  'crm',
  'sales',
  'other',
]);
export type EvidenceSource = z.infer<typeof evidenceSourceSchema>;

/** Where a card's claim comes from, and whether it was observed or assumed. */
export const evidenceLinkSchema = z.strictObject({
  id: idSchema,
  source: evidenceSourceSchema,
  basis: z.enum(['observed', 'assumed']),
  title: z.string().max(500).optional(),
  url: z.string().max(2000).optional(),
  date: z.iso.date().optional(),
  sampleSize: z.number().int().min(0).optional(),
  note: textSchema.optional(),
});
export type EvidenceLink = z.infer<typeof evidenceLinkSchema>;

export const stageSchema = z.strictObject({
  id: idSchema,
  name: labelSchema,
  description: textSchema.optional(),
  icon: iconSchema.optional(),
  color: colorSchema.optional(),
  goal: textSchema.optional(),
  matchers: z.array(eventMatcherSchema).default([]),
});
export type Stage = z.infer<typeof stageSchema>;

/** Every lane kind a map can hold. Blueprint lanes: frontstage .. technology. */
export const laneKindSchema = z.enum([
  'actions',
  'touchpoints',
  'channels',
  'thoughts',
  'emotions',
  'pain_points',
  'opportunities',
  'moments_of_truth',
  'frontstage',
  'backstage',
  'support_processes',
  'people',
  'policies',
  'technology',
  'metrics',
  'departments',
  'text',
  'images',
  'custom',
]);
export type LaneKind = z.infer<typeof laneKindSchema>;

export const laneSchema = z.strictObject({
  id: idSchema,
  kind: laneKindSchema,
  name: labelSchema,
  icon: iconSchema.optional(),
  color: colorSchema.optional(),
});
export type Lane = z.infer<typeof laneSchema>;

/**
 * The lines of a service blueprint, top to bottom: interaction (between what the customer does and
 * the frontstage), visibility (what the customer sees above, backstage below) and internal interaction
 * (backstage above, support processes below).
 */
export const dividerKindSchema = z.enum([
  'line_of_interaction',
  'line_of_visibility',
  'line_of_internal_interaction',
]);

/** A line drawn under a lane of a service blueprint. */
export const dividerSchema = z.strictObject({
  kind: dividerKindSchema,
  afterLaneId: idSchema,
});
export type Divider = z.infer<typeof dividerSchema>;

/** Score range of an emotion point: -5 (very negative) .. 5 (very positive). */
export const EMOTION_MIN = -5;
export const EMOTION_MAX = 5;

const itemBase = {
  id: idSchema,
  stageId: idSchema,
  laneId: idSchema,
  text: textSchema,
  tags: z.array(z.string().min(1).max(100)).default([]),
  color: colorSchema.optional(),
  icon: iconSchema.optional(),
  /** A raster `data:` URL or a stored image's `/api/images/<id>`, shown in the card (see images.ts). */
  image: imageUrlSchema.optional(),
  evidence: z.array(evidenceLinkSchema).default([]),
};

export const cardSchema = z.strictObject({ type: z.literal('card'), ...itemBase });
export const touchpointSchema = z.strictObject({
  type: z.literal('touchpoint'),
  ...itemBase,
  channel: z.string().max(200).optional(),
  department: z.string().max(200).optional(),
  matchers: z.array(eventMatcherSchema).default([]),
});
export const painPointSchema = z.strictObject({
  type: z.literal('pain_point'),
  ...itemBase,
  /** 1 (minor) .. 5 (critical). */
  severity: z.number().int().min(1).max(5),
  /** 1 (rare) .. 5 (constant). */
  frequency: z.number().int().min(1).max(5).optional(),
});
/** Where work on an opportunity stands. */
export const opportunityStatusSchema = z.enum(['idea', 'planned', 'in_progress', 'done', 'dropped']);

export const opportunitySchema = z.strictObject({
  type: z.literal('opportunity'),
  ...itemBase,
  /** 1 .. 5. */
  impact: z.number().int().min(1).max(5),
  /** 1 (hard) .. 5 (easy). Priority is derived from impact and feasibility, never stored. */
  feasibility: z.number().int().min(1).max(5),
  status: opportunityStatusSchema.default('idea'),
  owner: z.string().max(200).optional(),
  dueDate: z.iso.date().optional(),
  painPointIds: z.array(idSchema).default([]),
});
export const emotionPointSchema = z.strictObject({
  type: z.literal('emotion_point'),
  ...itemBase,
  personaId: idSchema,
  score: z.number().min(EMOTION_MIN).max(EMOTION_MAX),
});

/** Anything that sits in a stage x lane cell. Order within a cell is the order in `journey.items`. */
export const itemSchema = z.discriminatedUnion('type', [
  cardSchema,
  touchpointSchema,
  painPointSchema,
  opportunitySchema,
  emotionPointSchema,
]);
export type Item = z.infer<typeof itemSchema>;
export type ItemType = Item['type'];
export type Card = z.infer<typeof cardSchema>;
export type Touchpoint = z.infer<typeof touchpointSchema>;
export type PainPoint = z.infer<typeof painPointSchema>;
export type Opportunity = z.infer<typeof opportunitySchema>;
export type EmotionPoint = z.infer<typeof emotionPointSchema>;

export const personaSchema = z.strictObject({
  id: idSchema,
  name: labelSchema,
  role: z.string().max(200).optional(),
  /** A raster `data:` URL or a stored image's `/api/images/<id>` (see images.ts). */
  avatar: imageUrlSchema.optional(),
  color: colorSchema.optional(),
  quote: textSchema.optional(),
  description: textSchema.optional(),
  /** Ordered label/value pairs such as age, location, occupation. */
  demographics: z.array(z.strictObject({ label: labelSchema, value: z.string().max(500) })).default([]),
  goals: z.array(textSchema).default([]),
  needs: z.array(textSchema).default([]),
  motivations: z.array(textSchema).default([]),
  frustrations: z.array(textSchema).default([]),
  preferredChannels: z.array(z.string().max(200)).default([]),
  /** All conditions must hold for a measured user to belong to this persona. */
  segmentRule: z.array(propertyConditionSchema).default([]),
});
export type Persona = z.infer<typeof personaSchema>;

export const journeySchema = z.strictObject({
  id: idSchema,
  title: labelSchema,
  description: textSchema.default(''),
  mapType: mapTypeSchema,
  journeyKind: journeyKindSchema,
  /** The action the journey leads to: purchase, order, inquiry, signup, ... */
  goalAction: z.string().max(200).optional(),
  personaIds: z.array(idSchema).default([]),
  locale: localeSchema,
  direction: directionSchema,
  stages: z.array(stageSchema),
  lanes: z.array(laneSchema),
  items: z.array(itemSchema).default([]),
  dividers: z.array(dividerSchema).default([]),
  /** A future-state map may name the current-state map it improves on. */
  currentStateId: idSchema.optional(),
});
export type Journey = z.infer<typeof journeySchema>;
/** What a caller may pass in before defaults are applied. */
export type JourneyInput = z.input<typeof journeySchema>;

export const workspaceSchema = z.strictObject({
  id: idSchema,
  name: labelSchema,
  locale: localeSchema.default('en'),
});
export type Workspace = z.infer<typeof workspaceSchema>;

/** What a caller may pass for a new stage, lane, item or persona before defaults are applied. */
export type StageInput = z.input<typeof stageSchema>;
export type LaneInput = z.input<typeof laneSchema>;
export type ItemInput = z.input<typeof itemSchema>;
export type PersonaInput = z.input<typeof personaSchema>;
