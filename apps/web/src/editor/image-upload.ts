import { IMAGE_MAX_BYTES, IMAGE_TYPES } from '@waymark/domain';
import { api, errorMessage } from '../lib/api';

/** Image types a card image may be (no SVG: see the domain's `images.ts`). */
export { IMAGE_TYPES };

/** Why an image was refused: checked here before uploading, or by the server. */
export type ImageProblem = 'too-large' | 'wrong-type' | 'failed';

/** The outcome of uploading an image: its same-origin URL, or why not. */
export type ImageResult = { ok: true; url: string } | { ok: false; problem: ImageProblem; message?: string };

/**
 * Uploads a card image to the server (`POST /api/images`) after checking its type and size, and
 * answers the `/api/images/<id>` URL to put in the card. The map then holds a same-origin URL, never
 * a remote one, and not megabytes of base64 in every revision.
 */
export async function uploadImage(file: File): Promise<ImageResult> {
  if (!IMAGE_TYPES.some((type) => type === file.type)) return { ok: false, problem: 'wrong-type' };
  if (file.size > IMAGE_MAX_BYTES) return { ok: false, problem: 'too-large' };
  try {
    return { ok: true, url: (await api.images.upload(file)).url };
  } catch (error) {
    return { ok: false, problem: 'failed', message: errorMessage(error) };
  }
}

/** The largest card image, in KB, as the error message states it. */
export const MAX_IMAGE_KB = Math.round(IMAGE_MAX_BYTES / 1024);
