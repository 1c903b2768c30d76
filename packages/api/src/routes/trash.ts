import { z } from 'zod';
import { idSchema, storedJourneySchema } from '@waymark/domain';
import { endpoint, errorResponses, ok } from '../endpoint';
import { TRASH_RETENTION_DAYS, trashedJourneySchema } from '../wire';

/**
 * The trash: deleted maps, restorable for `TRASH_RETENTION_DAYS` days, then purged with their
 * revisions. `deleteJourney` puts a map here.
 */

const tags = ['trash'];
const idParams = z.object({ id: idSchema });

export const listTrash = endpoint({
  method: 'get',
  path: '/api/trash',
  operationId: 'listTrash',
  tags,
  summary: `Maps in the trash, most recently deleted first (maps deleted over ${TRASH_RETENTION_DAYS} days ago are purged first)`,
  request: { query: z.strictObject({ workspaceId: idSchema.optional() }) },
  responses: { ...ok(z.array(trashedJourneySchema), 'The trash'), ...errorResponses },
});

export const undeleteJourney = endpoint({
  method: 'post',
  path: '/api/trash/{id}/restore',
  operationId: 'undeleteJourney',
  tags,
  summary: 'Take a map out of the trash, at the revision it had (404 unless it is in the trash)',
  request: { params: idParams },
  responses: { ...ok(storedJourneySchema, 'The map, back in the workspace'), ...errorResponses },
});

export const purgeJourney = endpoint({
  method: 'delete',
  path: '/api/trash/{id}',
  operationId: 'purgeJourney',
  tags,
  summary: 'Delete a map in the trash for good, with all its revisions (404 unless it is in the trash)',
  request: { params: idParams },
  responses: { ...ok(z.object({ purged: idSchema }), 'Purged'), ...errorResponses },
});
