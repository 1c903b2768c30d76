import { z } from 'zod';
import { changeSchema } from '../diff/change';

/**
 * What a three-way merge cannot decide alone, as data: the UI shows both values and the person
 * chooses, the API sends them in a 409, the CLI prints one line each.
 */

/** Which side of a merge: `theirs` is the newer stored version, `mine` the local (or imported) one. */
export const mergeSideSchema = z.enum(['theirs', 'mine']);
export type MergeSide = z.infer<typeof mergeSideSchema>;

/**
 * One conflict. `kind`:
 * - `field`: both sides changed `field` of the same element to different values.
 * - `removed`: one side (`removedBy`) deleted the element while the other changed it, or changed
 *   what it holds (cards in a stage or lane, emotion points of a persona or an emotions lane:
 *   `contents` counts them). `theirs`/`mine` hold the element, or nothing on the side that deleted it.
 * - `position`: both sides moved the element to different places; the values are 0-based positions
 *   (in the stage or lane list, the persona list, or among the items of the element's cell).
 * `key` names the conflict in `MergeChoices`: `<entity>/<id>/<field>`, `<entity>/<id>/#removed`,
 * `<entity>/<id>/#position`.
 */
export const mergeConflictSchema = z.object({
  key: z.string(),
  kind: z.enum(['field', 'removed', 'position']),
  entity: changeSchema.shape.entity,
  id: z.string(),
  /** A readable name of the element (stage or lane name, card text cut short, persona name). */
  name: z.string().optional(),
  field: z.string().optional(),
  removedBy: mergeSideSchema.optional(),
  /** For `removed` of a stage, lane or persona: how many of its cards or points the keeping side changed. */
  contents: z.number().int().min(0).optional(),
  base: z.unknown().optional(),
  theirs: z.unknown().optional(),
  mine: z.unknown().optional(),
});
export type MergeConflict = z.infer<typeof mergeConflictSchema>;

/** The side chosen per conflict key; a conflict without a choice takes the merge's fallback side. */
export const mergeChoicesSchema = z.record(z.string(), mergeSideSchema);
export type MergeChoices = Readonly<Record<string, MergeSide>>;

/** The key of a conflict (see `mergeConflictSchema`). */
export function conflictKey(entity: MergeConflict['entity'], id: string, what: string): string {
  return `${entity}/${id}/${what}`;
}

function show(value: unknown): string {
  if (value === undefined) return '(none)';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** How `formatConflict` names the two sides, e.g. `{ theirs: 'stored', mine: 'file' }`. */
export interface SideNames {
  theirs: string;
  mine: string;
}

/**
 * One readable line, e.g. `item "Reads reviews" (itm_2) text: theirs "Reads" · mine "Reads a lot"`,
 * `stage "Buy" (stg_b): removed by theirs, changed by mine (2 cards)`,
 * `stage "Buy" (stg_b) position: theirs 3 · mine 1`. Positions are shown from 1.
 */
export function formatConflict(
  conflict: MergeConflict,
  names: SideNames = { theirs: 'theirs', mine: 'mine' },
): string {
  const label =
    conflict.name === undefined ? conflict.id : `${JSON.stringify(conflict.name)} (${conflict.id})`;
  const subject = `${conflict.entity} ${label}`;
  switch (conflict.kind) {
    case 'field':
      return `${subject} ${conflict.field ?? ''}: ${names.theirs} ${show(conflict.theirs)} · ${names.mine} ${show(conflict.mine)}`;
    case 'position':
      return `${subject} position: ${names.theirs} ${Number(conflict.theirs) + 1} · ${names.mine} ${Number(conflict.mine) + 1}`;
    case 'removed': {
      const by = conflict.removedBy ?? 'theirs';
      const other = by === 'theirs' ? 'mine' : 'theirs';
      const inside = conflict.contents ? ` (${conflict.contents} inside)` : '';
      return `${subject}: removed by ${names[by]}, changed by ${names[other]}${inside}`;
    }
  }
}
