import { z } from 'zod';
import { dataSetKindSchema, dataSetNameSchema, dataSetSchema } from '@waymark/domain';
import { endpoint, errorResponses, jsonBody, ok } from '../endpoint';

/**
 * Data sets: every import is one (events, survey, reviews, interviews), listed, renamed and deleted
 * all or nothing. Importing bytes a data set already holds is a 409 unless forced.
 */

const tags = ['datasets'];
/** A data set id; any other text is simply not found (404). */
const idParams = z.strictObject({ id: z.string().min(1).max(100) });

export const listDataSets = endpoint({
  method: 'get',
  path: '/api/datasets',
  operationId: 'listDataSets',
  tags,
  summary: 'Every data set of the workspace (optionally of one kind), oldest first',
  request: { query: z.strictObject({ kind: dataSetKindSchema.optional() }) },
  responses: { ...ok(z.array(dataSetSchema), 'The data sets'), ...errorResponses },
});

export const renameDataSet = endpoint({
  method: 'put',
  path: '/api/datasets/{id}',
  operationId: 'renameDataSet',
  tags,
  summary: 'Rename a data set (409 when another data set has the name)',
  request: { params: idParams, body: jsonBody(z.strictObject({ name: dataSetNameSchema })) },
  responses: { ...ok(dataSetSchema, 'The renamed data set'), ...errorResponses },
});

export const deleteDataSet = endpoint({
  method: 'delete',
  path: '/api/datasets/{id}',
  operationId: 'deleteDataSet',
  tags,
  summary: 'Delete a data set and all its rows, all or nothing',
  request: { params: idParams },
  responses: { ...ok(z.object({ deleted: dataSetSchema }), 'What was deleted'), ...errorResponses },
});
