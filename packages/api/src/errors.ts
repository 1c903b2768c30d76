import { z } from 'zod';

/**
 * The one error shape every endpoint answers with: `{ error: { code, message, path? } }`.
 * `path` names the offending field (`body.journey.stages.0.name`) when the input was invalid.
 */
export const apiErrorSchema = z.object({
  error: z.object({
    code: z.enum([
      'invalid_request',
      'not_found',
      'conflict',
      'payload_too_large',
      'unsupported_media_type',
      'unavailable',
      'internal',
    ]),
    message: z.string(),
    path: z.string().optional(),
  }),
});
export type ApiErrorBody = z.infer<typeof apiErrorSchema>;
export type ApiErrorCode = ApiErrorBody['error']['code'];

/**
 * Thrown by the API client for every non-2xx answer. `status` is the HTTP status; `code`, `message`
 * and `path` come from the error body (or describe the transport failure when the body was not JSON).
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly path: string | undefined;

  constructor(status: number, body: ApiErrorBody['error']) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.path = body.path;
  }
}
