import { z } from 'zod';
import type { Divider, JourneyKind, LaneKind, MapType } from '../schema';
import type { Localized } from '../labels/localized';

/** The ids of the built-in templates; validate API and CLI input with this schema. */
export const templateIdSchema = z.enum([
  'current-state',
  'future-state',
  'day-in-the-life',
  'service-blueprint',
  'purchase',
  'lead-generation',
  'engagement',
  'retention',
]);
export type TemplateId = z.infer<typeof templateIdSchema>;

/** A stage of a template; `key` is only for the template's own references (dividers, tests). */
export interface TemplateStage {
  key: string;
  name: Localized;
  color?: string;
  icon?: string;
}

/** A lane of a template; `name` defaults to the lane kind's label in the chosen locale. */
export interface TemplateLane {
  key: string;
  kind: LaneKind;
  name?: Localized;
}

/** Lanes named after their kinds (key = kind, default names), in the order given. */
export function lanesOfKinds(...kinds: LaneKind[]): TemplateLane[] {
  return kinds.map((kind) => ({ key: kind, kind }));
}

/** A blueprint line drawn under the lane with key `afterLane`. */
export interface TemplateDivider {
  kind: Divider['kind'];
  afterLane: string;
}

/** A built-in starting point for a new map, with every label in every shipped locale. */
export interface JourneyTemplate {
  id: TemplateId;
  mapType: MapType;
  journeyKind: JourneyKind;
  goalAction?: string;
  name: Localized;
  description: Localized;
  stages: readonly TemplateStage[];
  lanes: readonly TemplateLane[];
  dividers?: readonly TemplateDivider[];
}
