import type { JourneyDocument } from '../document/document-schema';
import { validateDocument } from '../document/parse-document';
import type { Persona } from '../schema';
import { DomainError } from '../validation/errors';
import { formatIssues } from '../validation/issues';
import type { MergeConflict } from './conflict';
import type { Draft } from './fields';
import { ConflictLog, mergeRecord } from './fields';
import type { MergeOptions } from './merge-journeys';
import { mergeJourneys } from './merge-journeys';

/** What `mergeDocuments` returns. */
export interface DocumentMerge {
  /** The merged document; each conflict settled by its choice, or else the fallback side. */
  document: JourneyDocument;
  /** The journey's conflicts, then the personas' (entity `persona`, one per field). */
  conflicts: MergeConflict[];
}

/**
 * Three-way merge of two documents (e.g. the stored map and an imported file) from the version both
 * started from: the journey by `mergeJourneys`, and each persona the merged map names field by field
 * (a persona only one side has is taken as it is: a document holds only the personas its map names).
 */
export function mergeDocuments(
  base: JourneyDocument,
  theirs: JourneyDocument,
  mine: JourneyDocument,
  options: Omit<MergeOptions, 'personaName'> = {},
): DocumentMerge {
  const find = (doc: JourneyDocument, id: string): Persona | undefined =>
    doc.personas.find((p) => p.id === id);
  const personaName = (id: string) => (find(theirs, id) ?? find(mine, id) ?? find(base, id))?.name;
  const merged = mergeJourneys(base.journey, theirs.journey, mine.journey, { ...options, personaName });
  const log = new ConflictLog(options.choices ?? {}, options.fallback ?? 'theirs');
  const named = new Set(merged.journey.personaIds);
  for (const item of merged.journey.items) if (item.type === 'emotion_point') named.add(item.personaId);
  const personas: Draft[] = [];
  for (const id of named) {
    const [b, t, m] = [find(base, id), find(theirs, id), find(mine, id)];
    const ref = { entity: 'persona' as const, id, name: personaName(id) };
    if (t && m) personas.push(mergeRecord(b, t, m, ref, log));
    else {
      const only = t ?? m ?? b;
      if (only) personas.push(only);
    }
  }
  const result = validateDocument({ format: base.format, journey: merged.journey, personas });
  if (!result.ok) {
    throw new DomainError(
      `mergeDocuments: the result would not be a valid document\n${formatIssues(result.issues)}`,
      'invalid',
      result.issues,
    );
  }
  return { document: result.document, conflicts: [...merged.conflicts, ...log.conflicts] };
}
