import { z } from 'zod';
import {
  idSchema,
  journeyFiguresSchema,
  journeySchema,
  journeySummarySchema,
  localeSchema,
  revisionInfoSchema,
  revisionLabelSchema,
  storedJourneySchema,
  labelSchema,
} from '@waymark/domain';
import { endpoint, errorResponses, jsonBody, ok } from '../endpoint';
import { journeyDiffSchema, revisionSchema, TRASH_RETENTION_DAYS, trashedJourneySchema } from '../wire';

/** Journey endpoints: CRUD with revisions, history, diff, restore and measured figures. */

const idParams = z.object({ id: idSchema });
const tags = ['journeys'];

export const listJourneys = endpoint({
  method: 'get',
  path: '/api/journeys',
  operationId: 'listJourneys',
  tags,
  summary: 'List journeys, optionally of one workspace',
  request: { query: z.strictObject({ workspaceId: idSchema.optional() }) },
  responses: { ...ok(z.array(journeySummarySchema), 'The journeys'), ...errorResponses },
});

export const getJourney = endpoint({
  method: 'get',
  path: '/api/journeys/{id}',
  operationId: 'getJourney',
  tags,
  summary: 'Get the current revision of a journey',
  request: { params: idParams },
  responses: { ...ok(storedJourneySchema, 'The journey'), ...errorResponses },
});

export const getJourneyRevision = endpoint({
  method: 'get',
  path: '/api/journeys/{id}/revisions/{revision}',
  operationId: 'getJourneyRevision',
  tags,
  summary: 'Get one past revision of a journey',
  request: { params: z.object({ id: idSchema, revision: revisionSchema }) },
  responses: { ...ok(storedJourneySchema, 'The journey at that revision'), ...errorResponses },
});

/** Body of `createJourney`: a new map from a template. */
export const createJourneyBodySchema = z.strictObject({
  templateId: z.string().min(1).max(100),
  title: z.string().min(1).max(500).optional(),
  workspaceId: idSchema.optional(),
  locale: localeSchema.optional(),
  personaIds: z.array(idSchema).optional(),
});
export type CreateJourneyBody = z.infer<typeof createJourneyBodySchema>;

export const createJourney = endpoint({
  method: 'post',
  path: '/api/journeys',
  operationId: 'createJourney',
  tags,
  summary: 'Create a journey from a template',
  request: { body: jsonBody(createJourneyBodySchema) },
  responses: { ...ok(storedJourneySchema, 'The new journey at revision 1'), ...errorResponses },
});

/** Body of `saveJourney`. `baseRevision` is the revision the editor loaded; a stale one answers 409. */
export const saveJourneyBodySchema = z.strictObject({
  journey: journeySchema,
  baseRevision: z.number().int().min(1),
  message: z.string().max(500).optional(),
});
export type SaveJourneyBody = z.input<typeof saveJourneyBodySchema>;

export const saveJourney = endpoint({
  method: 'put',
  path: '/api/journeys/{id}',
  operationId: 'saveJourney',
  tags,
  summary: 'Save a new revision of a journey (409 when baseRevision is stale)',
  request: { params: idParams, body: jsonBody(saveJourneyBodySchema) },
  responses: { ...ok(storedJourneySchema, 'The journey at its new revision'), ...errorResponses },
});

export const deleteJourney = endpoint({
  method: 'delete',
  path: '/api/journeys/{id}',
  operationId: 'deleteJourney',
  tags,
  summary: `Move a journey to the trash (restorable for ${TRASH_RETENTION_DAYS} days); with baseRevision, only if nobody saved since`,
  request: { params: idParams, query: z.strictObject({ baseRevision: revisionSchema.optional() }) },
  responses: {
    ...ok(
      z.object({ deleted: idSchema, trashed: trashedJourneySchema }),
      'Moved to the trash: restore it with undeleteJourney until trashed.purgeAt',
    ),
    ...errorResponses,
  },
});

/** Body of `duplicateJourney`. */
export const duplicateJourneyBodySchema = z.strictObject({
  /** The copy's title; default "Copy of <title>" in the map's language. */
  title: labelSchema.optional(),
  /** Where the copy goes; default the original's workspace. */
  workspaceId: idSchema.optional(),
});

export const duplicateJourney = endpoint({
  method: 'post',
  path: '/api/journeys/{id}/duplicate',
  operationId: 'duplicateJourney',
  tags,
  summary: 'Copy the current revision of a journey into a new journey (new ids throughout, revision 1)',
  request: { params: idParams, body: jsonBody(duplicateJourneyBodySchema) },
  responses: { ...ok(storedJourneySchema, 'The copy at revision 1'), ...errorResponses },
});

/** Body of `renameJourney`: the new title (trimmed, 1 to 500 characters). */
export const renameJourneyBodySchema = z.strictObject({
  title: z.string().trim().min(1, 'expected a non-empty title').max(500),
  /** Refuse with 409 unless the map is still at this revision; default: rename the current revision. */
  baseRevision: z.number().int().min(1).optional(),
});

export const renameJourney = endpoint({
  method: 'post',
  path: '/api/journeys/{id}/rename',
  operationId: 'renameJourney',
  tags,
  summary:
    'Give a journey a new title as one new revision (with baseRevision, only if nobody saved since: else 409)',
  request: { params: idParams, body: jsonBody(renameJourneyBodySchema) },
  responses: { ...ok(storedJourneySchema, 'The journey at its new revision'), ...errorResponses },
});

export const journeyHistory = endpoint({
  method: 'get',
  path: '/api/journeys/{id}/history',
  operationId: 'journeyHistory',
  tags,
  summary:
    'The revisions of a journey, oldest first, with author and label; a burst of autosaves is one entry (saves > 1)',
  request: { params: idParams },
  responses: { ...ok(z.array(revisionInfoSchema), 'The revisions'), ...errorResponses },
});

/** Body of `labelRevision`: the name to give the revision, or `null` to remove it. */
export const labelRevisionBodySchema = z.strictObject({ label: revisionLabelSchema.nullable() });

export const labelRevision = endpoint({
  method: 'put',
  path: '/api/journeys/{id}/revisions/{revision}/label',
  operationId: 'labelRevision',
  tags,
  summary: 'Name a revision ("Q3 baseline"), or remove its name with null; writes no new revision',
  request: {
    params: z.object({ id: idSchema, revision: revisionSchema }),
    body: jsonBody(labelRevisionBodySchema),
  },
  responses: { ...ok(revisionInfoSchema, 'The revision with its label'), ...errorResponses },
});

export const diffJourney = endpoint({
  method: 'get',
  path: '/api/journeys/{id}/diff',
  operationId: 'diffJourney',
  tags,
  summary: 'Field-by-field differences between two revisions',
  request: { params: idParams, query: z.strictObject({ from: revisionSchema, to: revisionSchema }) },
  responses: { ...ok(journeyDiffSchema, 'The differences'), ...errorResponses },
});

/** Body of `restoreJourney`: the revision to bring back, on top of `baseRevision`. */
export const restoreJourneyBodySchema = z.strictObject({
  revision: z.number().int().min(1),
  baseRevision: z.number().int().min(1),
});

export const restoreJourney = endpoint({
  method: 'post',
  path: '/api/journeys/{id}/restore',
  operationId: 'restoreJourney',
  tags,
  summary: 'Make a new revision whose content equals an older one',
  request: { params: idParams, body: jsonBody(restoreJourneyBodySchema) },
  responses: { ...ok(storedJourneySchema, 'The journey at its new revision'), ...errorResponses },
});

/** Time range of measured figures; ISO dates or timestamps, both ends inclusive. */
export const timeRangeQuerySchema = z.strictObject({
  from: z.string().min(1).max(40).optional(),
  to: z.string().min(1).max(40).optional(),
});

export const journeyFigures = endpoint({
  method: 'get',
  path: '/api/journeys/{id}/figures',
  operationId: 'journeyFigures',
  tags,
  summary: 'Measured per-stage figures of a journey from the event store (drawn on the map)',
  request: { params: idParams, query: timeRangeQuerySchema },
  responses: { ...ok(journeyFiguresSchema, 'The figures'), ...errorResponses },
});
