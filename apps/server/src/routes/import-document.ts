import type { ImportResult } from '@waymark/api';
import type { JourneyDocument } from '@waymark/domain';
import { REVISION_AUTHORS, deepEqual } from '@waymark/domain';
import { staleWorkbookMessage } from '@waymark/io';
import type { MapStore, StoredPersona } from '@waymark/store';
import { HttpError } from '../http/errors';

/**
 * Writes an imported document in one transaction, like the CLI's `waymark import`: each persona that
 * differs from the stored one is created or gets a new revision, and the journey is created or gets a
 * new revision (action `import`) on top of whatever is stored, unless the file holds exactly the stored
 * map: then no revision is written and the result says `changed: false`.
 * With `exportedRevision` (a workbook's recorded revision, unless the caller forces the import), an
 * existing journey at any other revision is refused with a 409 naming the file, and nothing is written.
 */
export async function importDocument(
  maps: MapStore,
  workspaceId: string,
  doc: JourneyDocument,
  fileName: string,
  exportedRevision?: number,
): Promise<ImportResult> {
  return await maps.transaction(async (tx) => {
    const existing = await tx.getJourney(doc.journey.id);
    if (existing && exportedRevision !== undefined && existing.revision !== exportedRevision) {
      const stale = {
        fileName,
        journeyId: doc.journey.id,
        exportedRevision,
        storedRevision: existing.revision,
      };
      throw new HttpError(
        409,
        'conflict',
        staleWorkbookMessage(stale, 'import with force=true'),
        'body.file',
      );
    }
    const message = `Imported from ${fileName}`;
    const author = REVISION_AUTHORS.import;
    const personas: StoredPersona[] = [];
    for (const persona of doc.personas) {
      const current = await tx.getPersona(persona.id);
      personas.push(
        current && deepEqual(current.persona, persona)
          ? current
          : await tx.savePersona(workspaceId, persona, {
              baseRevision: 'force',
              author,
              action: 'import',
              message,
            }),
      );
    }
    // An import that changes nothing writes no revision.
    const changed = !existing || !deepEqual(existing.journey, doc.journey);
    const journey = !existing
      ? await tx.createJourney(workspaceId, doc.journey, { author, message })
      : changed
        ? await tx.saveJourney(doc.journey, {
            baseRevision: exportedRevision ?? 'force',
            author,
            action: 'import',
            message,
          })
        : existing;
    const warnings =
      existing && changed && existing.workspaceId !== workspaceId
        ? [
            `journey "${doc.journey.id}" already existed in workspace "${existing.workspaceId}" and was updated there`,
          ]
        : [];
    return { journey, personas, created: !existing, changed, warnings };
  });
}
