import { endpoints } from './contract';
import type { EndpointName } from './contract';
import type { EndpointConfig } from './endpoint';
import { DOCUMENT_MAX_BYTES } from './routes/documents';
import { EVENTS_MAX_BYTES } from './routes/events';
import { AVATAR_MAX_BYTES } from './routes/personas';
import { IMAGE_MAX_BYTES } from '@waymark/domain';

/**
 * How large a request body may be, per endpoint. The server refuses a longer body with 413 before
 * reading all of it (docs/http-api.md lists the limits).
 */

/** Largest JSON request body, in bytes: as large as a journey document import may be. */
export const JSON_BODY_MAX_BYTES = DOCUMENT_MAX_BYTES;

/** Room a multipart body needs besides its file: boundaries, headers and the other form fields. */
export const FORM_OVERHEAD_BYTES = 1024 * 1024;

/** The endpoints that take a file upload (a multipart form body). */
export type UploadEndpointName = {
  [K in EndpointName]: (typeof endpoints)[K] extends {
    request: { body: { content: { 'multipart/form-data': unknown } } };
  }
    ? K
    : never;
}[EndpointName];

/** The largest file each upload endpoint accepts, in bytes. */
export const UPLOAD_MAX_BYTES: Record<UploadEndpointName, number> = {
  importJourney: DOCUMENT_MAX_BYTES,
  uploadAvatar: AVATAR_MAX_BYTES,
  uploadImage: IMAGE_MAX_BYTES,
  importEvents: EVENTS_MAX_BYTES,
};

/** The largest request body `name` accepts, in bytes: the file plus form overhead, or the JSON limit. */
export function bodyMaxBytes(name: EndpointName): number {
  const uploads: Partial<Record<EndpointName, number>> = UPLOAD_MAX_BYTES;
  const upload = uploads[name];
  return upload === undefined ? JSON_BODY_MAX_BYTES : upload + FORM_OVERHEAD_BYTES;
}

/** The media type of an endpoint's request body, or `undefined` when it takes none. */
export function bodyMediaType(name: EndpointName): 'application/json' | 'multipart/form-data' | undefined {
  const config: EndpointConfig = endpoints[name];
  const content = config.request?.body?.content;
  if (!content) return undefined;
  return 'multipart/form-data' in content ? 'multipart/form-data' : 'application/json';
}
