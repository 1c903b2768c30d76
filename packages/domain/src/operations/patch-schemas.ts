import { z } from 'zod';
import {
  colorSchema,
  directionSchema,
  evidenceLinkSchema,
  eventMatcherSchema,
  idSchema,
  journeyKindSchema,
  labelSchema,
  laneKindSchema,
  localeSchema,
  mapTypeSchema,
  opportunityStatusSchema,
  textSchema,
} from '../schema';
import { iconSchema } from '../icons';

/**
 * Zod schemas for the patches `updateStage`, `updateLane`, `updateItem` and `updateJourney` take,
 * for validating request bodies. Unknown keys are refused; `null` clears an optional field.
 * Trap: don't build these with `schema.partial()`: zod 4 then fills defaults (e.g. `matchers: []`)
 * into every patch and a rename would wipe the stage's matchers.
 * Shapes only: the operation validates the patched result against the full schema and invariants.
 */
const clearable = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

export const stagePatchSchema = z.strictObject({
  name: labelSchema.optional(),
  description: clearable(textSchema),
  icon: clearable(iconSchema),
  color: clearable(colorSchema),
  goal: clearable(textSchema),
  matchers: z.array(eventMatcherSchema).optional(),
});
export type StagePatch = z.infer<typeof stagePatchSchema>;

export const lanePatchSchema = z.strictObject({
  kind: laneKindSchema.optional(),
  name: labelSchema.optional(),
  icon: clearable(iconSchema),
  color: clearable(colorSchema),
});
export type LanePatch = z.infer<typeof lanePatchSchema>;

/** Fields of any item type; fields that don't belong to the item's type are refused on commit. */
export const itemPatchSchema = z.strictObject({
  type: z.enum(['card', 'touchpoint', 'pain_point', 'opportunity', 'emotion_point']).optional(),
  stageId: idSchema.optional(),
  laneId: idSchema.optional(),
  text: textSchema.optional(),
  tags: z.array(z.string().min(1).max(100)).optional(),
  color: clearable(colorSchema),
  icon: clearable(iconSchema),
  image: clearable(z.string().max(5_000_000)),
  evidence: z.array(evidenceLinkSchema).optional(),
  channel: clearable(z.string().max(200)),
  department: clearable(z.string().max(200)),
  matchers: z.array(eventMatcherSchema).optional(),
  severity: z.number().int().min(1).max(5).optional(),
  frequency: clearable(z.number().int().min(1).max(5)),
  impact: z.number().int().min(1).max(5).optional(),
  feasibility: z.number().int().min(1).max(5).optional(),
  status: opportunityStatusSchema.optional(),
  owner: clearable(z.string().max(200)),
  dueDate: clearable(z.iso.date()),
  painPointIds: z.array(idSchema).optional(),
  personaId: idSchema.optional(),
  score: z.number().optional(),
});
/**
 * A partial update of an item of any type; `type` may be given but must not differ, and fields of
 * other item types are refused when the result is validated.
 */
export type ItemPatch = z.infer<typeof itemPatchSchema>;

export const journeyPatchSchema = z.strictObject({
  title: labelSchema.optional(),
  description: textSchema.optional(),
  mapType: mapTypeSchema.optional(),
  journeyKind: journeyKindSchema.optional(),
  goalAction: clearable(z.string().max(200)),
  locale: localeSchema.optional(),
  direction: directionSchema.optional(),
  currentStateId: clearable(idSchema),
});
export type JourneyPatch = z.infer<typeof journeyPatchSchema>;
