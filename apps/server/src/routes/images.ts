import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import { endpoints } from '@waymark/api';
import { IMAGE_TYPES, sniffImageType } from '@waymark/domain';
import type { MapStore, StoredImage } from '@waymark/store';
import type { AppDeps } from '../deps';
import { HttpError } from '../http/errors';

/** The headers of a served image: its sniffed type, never re-sniffed, never a document that runs. */
export const IMAGE_HEADERS = {
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'; sandbox",
  'cross-origin-resource-policy': 'same-origin',
  'cache-control': 'public, max-age=31536000, immutable',
} as const;

/**
 * Stores an uploaded file as an image after checking its bytes: a PNG, JPEG, GIF or WebP image (SVG
 * and everything else is a 415), of the type the upload declares unless it declares none.
 */
export async function storeUploadedImage(
  maps: MapStore,
  file: File,
  field = 'body.file',
): Promise<StoredImage> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const sniffed = sniffImageType(bytes);
  const declared = file.type.split(';')[0]?.trim().toLowerCase() ?? '';
  if (sniffed === undefined) {
    throw new HttpError(
      415,
      'unsupported_media_type',
      `${file.name || 'the file'} is not a PNG, JPEG, GIF or WebP image${declared === 'image/svg+xml' ? ' (SVG images are not accepted)' : ''}`,
      field,
    );
  }
  if (declared !== '' && declared !== 'application/octet-stream' && declared !== sniffed) {
    throw new HttpError(
      415,
      'unsupported_media_type',
      `${file.name || 'the file'} is declared ${declared} but its bytes are ${sniffed}`,
      field,
    );
  }
  return await maps.putImage(bytes);
}

/** `POST /api/images` (upload) and `GET /api/images/{id}` (the bytes, same origin only). */
export function registerImageRoutes(app: OpenAPIHono, deps: AppDeps): void {
  const { maps } = deps;

  app.openapi(createRoute(endpoints.uploadImage), async (c) => {
    const { file } = c.req.valid('form');
    return c.json(await storeUploadedImage(maps, file), 200);
  });

  app.openapi(createRoute(endpoints.getImage), async (c) => {
    const { id } = c.req.valid('param');
    const image = await maps.getImage(id);
    if (!image || !IMAGE_TYPES.includes(image.contentType)) {
      throw new HttpError(404, 'not_found', `no image ${id}`, 'params.id');
    }
    return c.body(new Uint8Array(image.bytes), 200, { 'content-type': image.contentType, ...IMAGE_HEADERS });
  });
}
