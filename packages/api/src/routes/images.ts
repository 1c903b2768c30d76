import { IMAGE_MAX_BYTES, IMAGE_TYPES, imageIdSchema, storedImageSchema } from '@waymark/domain';
import { z } from 'zod';
import { binarySchema, endpoint, errorResponses, fileField, formBody, ok } from '../endpoint';

/**
 * Image uploads: card images and avatars are stored by Waymark and served from its own origin, so a
 * map never makes its viewer's browser ask another host for anything (see domain `images.ts`).
 */

const tags = ['images'];

/**
 * Form of `uploadImage`: one file of at most `IMAGE_MAX_BYTES` (413 above). Its bytes must be a PNG,
 * JPEG, GIF or WebP image, of the type it declares when it declares one (415 otherwise).
 */
export const imageFormSchema = z.strictObject({ file: fileField(IMAGE_MAX_BYTES) });

export const uploadImage = endpoint({
  method: 'post',
  path: '/api/images',
  operationId: 'uploadImage',
  tags,
  summary:
    'Store an image (PNG, JPEG, GIF or WebP, at most 2 MB; the bytes must be of the declared type, SVG is refused); put its url in a card image or avatar',
  request: { body: formBody(imageFormSchema) },
  responses: { ...ok(storedImageSchema, 'The stored image and its same-origin URL'), ...errorResponses },
});

export const getImage = endpoint({
  method: 'get',
  path: '/api/images/{id}',
  operationId: 'getImage',
  tags,
  summary: 'The bytes of a stored image (immutable: the id is the SHA-256 of the bytes)',
  request: { params: z.object({ id: imageIdSchema }) },
  responses: {
    200: {
      description: 'The image, with its sniffed type, nosniff and a CSP that forbids everything else',
      content: Object.fromEntries(IMAGE_TYPES.map((type) => [type, { schema: binarySchema }])),
    },
    ...errorResponses,
  },
});
