import { z } from 'zod';
import { idSchema, workspaceSchema } from '@waymark/domain';
import { endpoint, errorResponses, jsonBody, ok } from '../endpoint';

/** Workspace endpoints. A workspace holds journeys and personas. */

const tags = ['workspaces'];

export const listWorkspaces = endpoint({
  method: 'get',
  path: '/api/workspaces',
  operationId: 'listWorkspaces',
  tags,
  summary: 'List workspaces',
  responses: { ...ok(z.array(workspaceSchema), 'The workspaces'), ...errorResponses },
});

export const getWorkspace = endpoint({
  method: 'get',
  path: '/api/workspaces/{id}',
  operationId: 'getWorkspace',
  tags,
  summary: 'Get a workspace',
  request: { params: z.object({ id: idSchema }) },
  responses: { ...ok(workspaceSchema, 'The workspace'), ...errorResponses },
});

export const createWorkspace = endpoint({
  method: 'post',
  path: '/api/workspaces',
  operationId: 'createWorkspace',
  tags,
  summary: 'Create a workspace (409 if the id exists)',
  request: { body: jsonBody(workspaceSchema) },
  responses: { ...ok(workspaceSchema, 'The new workspace'), ...errorResponses },
});
