import { z } from 'zod';
import { mergeConflictSchema } from '@waymark/domain';
import type { MergeConflict } from '@waymark/domain';

/**
 * The one error shape every endpoint answers with: `{ error: { code, message, path? } }`.
 * `path` names the offending field (`body.journey.stages.0.name`) when the input was invalid.
 */
export const apiErrorSchema = z.object({
  error: z.object({
    code: z.enum([
      'invalid_request',
      'forbidden',
      'not_found',
      'conflict',
      'payload_too_large',
      'unsupported_media_type',
      'misdirected_request',
      'too_large_to_render',
      'unavailable',
      'internal',
    ]),
    message: z.string(),
    path: z.string().optional(),
    /** On a 409 of an import with merge: what the person must choose between (see `MergeConflict`). */
    conflicts: z.array(mergeConflictSchema).optional(),
  }),
});
export type ApiErrorBody = z.infer<typeof apiErrorSchema>;
export type ApiErrorCode = ApiErrorBody['error']['code'];

/**
 * Thrown by the API client for every non-2xx answer. `status` is the HTTP status; `code`, `message`
 * `path` and `conflicts` come from the error body (or describe the transport failure when the body was not JSON).
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly path: string | undefined;
  /** The conflicts of a refused merge (empty otherwise). */
  readonly conflicts: MergeConflict[];

  constructor(status: number, body: ApiErrorBody['error']) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.path = body.path;
    this.conflicts = body.conflicts ?? [];
  }
}
