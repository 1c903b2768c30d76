import type { ImportResult } from '@waymark/api';
import type { JourneyDocument, MergeChoices, MergeSide } from '@waymark/domain';
import { REVISION_AUTHORS, mergeChoicesSchema } from '@waymark/domain';
import { staleWorkbookMessage } from '@waymark/io';
import type { ImportMode, MapStore } from '@waymark/store';
import { ImportRefusedError, importDocument } from '@waymark/store';
import { HttpError } from '../http/errors';

/** The import form's choices about a stale file, as sent (strings of a multipart form). */
export interface ImportModeFields {
  force?: 'true' | 'false' | undefined;
  merge?: 'true' | 'false' | undefined;
  prefer?: MergeSide | undefined;
  choices?: string | undefined;
  baseRevision?: number | undefined;
}

/** How to import: the mode, the base, and a merge's choices; a contradiction is a 400 naming the field. */
export function importModeOf(
  fields: ImportModeFields,
  exportedRevision: number | undefined,
  fileName: string,
): { mode: ImportMode; base: number | undefined; prefer?: MergeSide; choices?: MergeChoices } {
  const merge = fields.merge === 'true';
  if (merge && fields.force === 'true')
    throw new HttpError(
      400,
      'invalid_request',
      'merge and force contradict each other: send one',
      'body.merge',
    );
  for (const field of ['prefer', 'choices'] as const) {
    if (fields[field] !== undefined && !merge)
      throw new HttpError(400, 'invalid_request', `${field} applies only with merge=true`, `body.${field}`);
  }
  const base = fields.baseRevision ?? exportedRevision;
  if (merge && base === undefined) {
    throw new HttpError(
      400,
      'invalid_request',
      `${fileName} records no revision to merge from: send baseRevision, the revision it was made from`,
      'body.baseRevision',
    );
  }
  let choices: MergeChoices | undefined;
  if (fields.choices !== undefined) {
    let raw: unknown;
    try {
      raw = JSON.parse(fields.choices);
    } catch {
      raw = undefined;
    }
    const parsed = mergeChoicesSchema.safeParse(raw);
    if (!parsed.success) {
      throw new HttpError(
        400,
        'invalid_request',
        'choices: expected a JSON object from conflict key to "theirs" or "mine"',
        'body.choices',
      );
    }
    choices = parsed.data;
  }
  return {
    mode: merge ? 'merge' : fields.force === 'true' ? 'force' : 'refuse',
    base,
    ...(fields.prefer ? { prefer: fields.prefer } : {}),
    ...(choices ? { choices } : {}),
  };
}

/**
 * Writes an imported document with the store's `importDocument` (the same as `waymark import`) and
 * answers in the API's shape. A stale file is a 409 naming the file and the ways past it; a merge
 * with conflicts nobody chose a side for is a 409 listing them in `error.conflicts`.
 */
export async function importOverHttp(
  maps: MapStore,
  workspaceId: string,
  doc: JourneyDocument,
  fileName: string,
  how: ReturnType<typeof importModeOf> & { exportedRevision: number | undefined },
): Promise<ImportResult> {
  try {
    const outcome = await importDocument(maps, doc, {
      workspaceId,
      ...how,
      author: REVISION_AUTHORS.import,
      message: `Imported from ${fileName}`,
    });
    const { journey, personas, created, changed, merged } = outcome;
    const warnings =
      !created && changed && journey.workspaceId !== workspaceId
        ? [
            `journey "${doc.journey.id}" already existed in workspace "${journey.workspaceId}" and was updated there`,
          ]
        : [];
    return { journey, personas, created, changed, warnings, ...(merged ? { merged } : {}) };
  } catch (error) {
    if (!(error instanceof ImportRefusedError)) throw error;
    if (error.reason === 'conflicts') {
      const message = `${fileName}: ${error.message}; choose a side with prefer=theirs|mine or choices, or export it again`;
      throw new HttpError(409, 'conflict', message, 'body.file', error.conflicts);
    }
    const fromWorkbook = how.exportedRevision !== undefined && how.base === how.exportedRevision;
    const message = fromWorkbook
      ? staleWorkbookMessage(
          {
            fileName,
            journeyId: doc.journey.id,
            exportedRevision: how.base ?? 0,
            storedRevision: error.current ?? 0,
          },
          { merge: 'merge=true', force: 'force=true' },
        )
      : `${fileName}: ${error.message}, or import with merge=true or force=true`;
    throw new HttpError(409, 'conflict', message, 'body.file');
  }
}
