import type { ImportResult } from '@waymark/api';
import type { JourneyDocument } from '@waymark/domain';
import { staleWorkbookMessage } from '@waymark/io';
import type { MapStore, StoredPersona } from '@waymark/store';
import { HttpError } from '../http/errors';

/**
 * Writes an imported document in one transaction: each persona is created or gets a new revision,
 * and the journey is created or gets a new revision (action `import`) on top of whatever is stored.
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
    const personas: StoredPersona[] = [];
    for (const persona of doc.personas) {
      personas.push(
        await tx.savePersona(workspaceId, persona, {
          baseRevision: 'force',
          action: 'import',
          message: `Imported from ${fileName}`,
        }),
      );
    }
    const message = `Imported from ${fileName}`;
    const journey = existing
      ? await tx.saveJourney(doc.journey, {
          baseRevision: exportedRevision ?? 'force',
          action: 'import',
          message,
        })
      : await tx.createJourney(workspaceId, doc.journey, { message });
    const warnings =
      existing && existing.workspaceId !== workspaceId
        ? [
            `journey "${doc.journey.id}" already existed in workspace "${existing.workspaceId}" and was updated there`,
          ]
        : [];
    return { journey, personas, created: !existing, warnings };
  });
}
