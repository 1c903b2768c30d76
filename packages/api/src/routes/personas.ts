import { z } from 'zod';
import { idSchema, personaSchema } from '@waymark/domain';
import { endpoint, errorResponses, fileField, formBody, jsonBody, ok } from '../endpoint';
import { storedPersonaSchema } from '@waymark/domain';
import { revisionSchema } from '../wire';

/** Persona endpoints, including the avatar upload (stored as an image; the avatar is its URL). */

const idParams = z.object({ id: idSchema });
const tags = ['personas'];

/** Largest avatar image accepted, in bytes. */
export const AVATAR_MAX_BYTES = 512 * 1024;
/** Image types accepted as avatars. */
export const AVATAR_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;

export const listPersonas = endpoint({
  method: 'get',
  path: '/api/personas',
  operationId: 'listPersonas',
  tags,
  summary: 'List personas, optionally of one workspace',
  request: { query: z.strictObject({ workspaceId: idSchema.optional() }) },
  responses: { ...ok(z.array(storedPersonaSchema), 'The personas'), ...errorResponses },
});

export const getPersona = endpoint({
  method: 'get',
  path: '/api/personas/{id}',
  operationId: 'getPersona',
  tags,
  summary: 'Get a persona',
  request: { params: idParams },
  responses: { ...ok(storedPersonaSchema, 'The persona'), ...errorResponses },
});

/**
 * Body of `savePersona`. Omit `baseRevision` to create; pass the revision you loaded to update (a
 * stale one answers 409). `workspaceId` defaults to the demo/default workspace.
 */
export const savePersonaBodySchema = z.strictObject({
  persona: personaSchema,
  baseRevision: z.number().int().min(1).optional(),
  workspaceId: idSchema.optional(),
});
export type SavePersonaBody = z.input<typeof savePersonaBodySchema>;

export const savePersona = endpoint({
  method: 'put',
  path: '/api/personas/{id}',
  operationId: 'savePersona',
  tags,
  summary: 'Create or update a persona (409 when baseRevision is stale)',
  request: { params: idParams, body: jsonBody(savePersonaBodySchema) },
  responses: { ...ok(storedPersonaSchema, 'The persona at its new revision'), ...errorResponses },
});

export const deletePersona = endpoint({
  method: 'delete',
  path: '/api/personas/{id}',
  operationId: 'deletePersona',
  tags,
  summary: 'Delete a persona',
  request: { params: idParams, query: z.strictObject({ baseRevision: revisionSchema.optional() }) },
  responses: { ...ok(z.object({ deleted: idSchema }), 'Deleted'), ...errorResponses },
});

/** Form of `uploadAvatar`: one image file (PNG, JPEG, GIF or WebP, at most 512 KB). */
export const avatarFormSchema = z.strictObject({
  file: fileField(AVATAR_MAX_BYTES).mime([...AVATAR_TYPES], 'expected a PNG, JPEG, GIF or WebP image'),
  baseRevision: revisionSchema.optional(),
});

export const uploadAvatar = endpoint({
  method: 'post',
  path: '/api/personas/{id}/avatar',
  operationId: 'uploadAvatar',
  tags,
  summary:
    "Upload a persona's avatar image; it is stored as an image and the avatar set to its /api/images/ URL",
  request: { params: idParams, body: formBody(avatarFormSchema) },
  responses: { ...ok(storedPersonaSchema, 'The persona with its new avatar'), ...errorResponses },
});
