import type { ImportResult } from '@waymark/api';
import type { JourneyDocument } from '@waymark/domain';
import type { MapStore, StoredPersona } from '@waymark/store';

/**
 * Writes an imported document in one transaction: each persona is created or gets a new revision,
 * and the journey is created or gets a new revision (action `import`) on top of whatever is stored.
 */
export async function importDocument(
  maps: MapStore,
  workspaceId: string,
  doc: JourneyDocument,
  fileName: string,
): Promise<ImportResult> {
  return await maps.transaction(async (tx) => {
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
    const existing = await tx.getJourney(doc.journey.id);
    const message = `Imported from ${fileName}`;
    const journey = existing
      ? await tx.saveJourney(doc.journey, { baseRevision: 'force', action: 'import', message })
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
