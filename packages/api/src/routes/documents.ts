import { z } from 'zod';
import {
  idSchema,
  mergeSideSchema,
  pdfLayoutSchema,
  pdfOrientationSchema,
  pdfPageSchema,
} from '@waymark/domain';
import { binarySchema, endpoint, errorResponses, fileField, formBody, ok } from '../endpoint';
import { importResultSchema, revisionSchema } from '../wire';

/** Import of a journey document and exports of a journey to files. */

/** Largest journey document accepted by import, in bytes. */
export const DOCUMENT_MAX_BYTES = 20 * 1024 * 1024;

/** Longest `choices` field of an import, in characters. */
export const IMPORT_CHOICES_MAX_CHARS = 100_000;

/**
 * Form of `importJourney`: a `.json` (waymark.journey document) or `.xlsx` (Waymark workbook) file.
 * When the stored map has moved past the file's base revision, the import is refused (409) unless
 * `merge` or `force` is "true".
 */
export const importFormSchema = z.strictObject({
  file: fileField(DOCUMENT_MAX_BYTES),
  workspaceId: idSchema.optional(),
  /** "true" imports a workbook even when the stored map has moved past the revision it was exported from. */
  force: z.enum(['true', 'false']).optional().meta({
    description:
      'A workbook records the revision it was exported from; if the stored map has moved on, the import is refused with 409 unless this is "true" (the newer revisions stay in history) or merge is "true".',
  }),
  merge: z.enum(['true', 'false']).optional().meta({
    description:
      'When the stored map has moved past the base revision, "true" merges the file\'s changes into the newer revisions (three-way, from the base). Conflicts (both changed the same field differently, or one deleted what the other changed) answer 409 with error.conflicts and write nothing, unless prefer or choices settles them.',
  }),
  prefer: mergeSideSchema.optional().meta({
    description: 'With merge: the side every conflict takes, "theirs" (the stored map) or "mine" (the file).',
  }),
  choices: z.string().max(IMPORT_CHOICES_MAX_CHARS).optional().meta({
    description:
      'With merge: a JSON object from conflict key (error.conflicts[].key) to "theirs" or "mine". Conflicts it leaves out take prefer, or refuse the import.',
  }),
  baseRevision: revisionSchema.optional().meta({
    description:
      'The stored revision the file was made from. A workbook records it (this overrides it); a JSON file has none, so give it to refuse or merge a stale JSON import.',
  }),
});

export const importJourney = endpoint({
  method: 'post',
  path: '/api/import',
  operationId: 'importJourney',
  tags: ['documents'],
  summary:
    'Import a journey document (json or xlsx); an existing journey gets a new revision unless nothing changed',
  request: { body: formBody(importFormSchema) },
  responses: { ...ok(importResultSchema, 'What was imported'), ...errorResponses },
});

/** Every export format. png and pdf need Chromium on the server. */
export const exportFormatSchema = z.enum(['json', 'xlsx', 'md', 'svg', 'png', 'pdf']);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

/** The media type of each export format. */
export const EXPORT_MEDIA_TYPES: Record<ExportFormat, string> = {
  json: 'application/json',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  md: 'text/markdown; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  pdf: 'application/pdf',
};

export const exportJourney = endpoint({
  method: 'get',
  path: '/api/journeys/{id}/export/{format}',
  operationId: 'exportJourney',
  tags: ['documents'],
  summary:
    'Download a journey as json, xlsx, md, svg, png or pdf (pdf: a poster page, or A4, A3 or Letter tiled or fitted)',
  request: {
    params: z.object({ id: idSchema, format: exportFormatSchema }),
    query: z.strictObject({
      revision: revisionSchema.optional(),
      /** Draw measured figures on the map (svg, png, pdf). */
      figures: z.enum(['true', 'false']).optional(),
      page: pdfPageSchema.optional().meta({
        description:
          'pdf only. poster (default): one page the size of the map; a4, a3, letter: that paper, tiled over sheets (see layout).',
      }),
      orientation: pdfOrientationSchema.optional().meta({
        description: 'pdf on paper only: landscape (default) or portrait.',
      }),
      layout: pdfLayoutSchema.optional().meta({
        description:
          'pdf on paper only. tiled (default): the map over as many overlapping sheets as a legible scale needs, each labelled with its page, row and column, with crop marks; fit: shrunk onto one sheet.',
      }),
    }),
  },
  responses: {
    200: {
      description: 'The file, with Content-Disposition naming it',
      content: { 'application/octet-stream': { schema: binarySchema } },
    },
    ...errorResponses,
  },
});
