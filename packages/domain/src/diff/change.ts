import { z } from 'zod';

/**
 * One difference between two versions of a map. `changed` carries one field with `before` and
 * `after`; `moved` means only the order changed (`before`/`after` are 0-based positions: in the
 * stage or lane list, the persona list, or the item's cell). An item moved to another cell is a
 * `changed` of `stageId` and/or `laneId`, not a `moved`.
 */
export const changeSchema = z.object({
  kind: z.enum(['added', 'removed', 'changed', 'moved']),
  entity: z.enum(['journey', 'stage', 'lane', 'item', 'divider', 'persona']),
  id: z.string(),
  /** A readable name: stage or lane name, item text (cut), persona name. */
  name: z.string().optional(),
  field: z.string().optional(),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
});
export type Change = z.infer<typeof changeSchema>;

/** The result of `diffJourneys`, `diffPersonas` and `diffDocuments`. */
export interface Diff {
  changes: Change[];
}

function show(value: unknown): string {
  if (value === undefined) return '(none)';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/**
 * One readable line, e.g. `changed item "Searches" (itm_1) text: "Searches" → "Searches online"`,
 * `moved stage "Decision" (stg_3) from position 3 to 1`, `added lane "Emotions" (lan_2)`.
 */
export function formatChange(change: Change): string {
  const label = change.name === undefined ? change.id : `${JSON.stringify(change.name)} (${change.id})`;
  const subject = `${change.entity} ${label}`;
  switch (change.kind) {
    case 'added':
    case 'removed':
      return `${change.kind} ${subject}`;
    case 'moved':
      return `moved ${subject} from position ${show(Number(change.before) + 1)} to ${show(Number(change.after) + 1)}`;
    case 'changed':
      return `changed ${subject} ${change.field ?? ''}: ${show(change.before)} → ${show(change.after)}`;
  }
}
