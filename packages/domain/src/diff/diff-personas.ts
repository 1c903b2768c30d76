import type { Persona } from '../schema';
import { personaSchema } from '../schema';
import type { Diff } from './change';
import { diffJourneys } from './diff-journeys';
import { diffList } from './diff-list';
import type { JourneyDocument } from '../document/document-schema';

/**
 * What changed between two persona lists (e.g. two versions of a workspace or document): removed,
 * added, one `changed` per field, `moved` when only the order changed. For one persona pass `[a]`
 * and `[b]`.
 */
export function diffPersonas(a: readonly Persona[], b: readonly Persona[]): Diff {
  return {
    changes: diffList(a, b, {
      entity: 'persona',
      name: (p) => p.name,
      fields: Object.keys(personaSchema.shape),
    }),
  };
}

/**
 * Journey changes followed by persona changes of two documents. A persona added to (or removed
 * from) both `personaIds` and `personas` is reported once, by the persona list.
 */
export function diffDocuments(a: JourneyDocument, b: JourneyDocument): Diff {
  const personas = diffPersonas(a.personas, b.personas).changes;
  const covered = new Set(personas.map((c) => `${c.kind}:${c.id}`));
  const journey = diffJourneys(a.journey, b.journey).changes.filter(
    (c) => c.entity !== 'persona' || !covered.has(`${c.kind}:${c.id}`),
  );
  return { changes: [...journey, ...personas] };
}
