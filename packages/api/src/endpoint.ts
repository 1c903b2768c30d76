import { z } from 'zod';
import { apiErrorSchema } from './errors';

/**
 * The shape of one endpoint of the contract. It is structurally a `RouteConfig` of
 * `@hono/zod-openapi`, so the server passes it to `createRoute` unchanged and the client derives its
 * input and output types from the same object. Paths use OpenAPI `{param}` syntax.
 */
export interface EndpointConfig {
  method: 'get' | 'post' | 'put' | 'delete';
  path: string;
  operationId: string;
  tags: string[];
  summary: string;
  request?: {
    params?: z.ZodType;
    query?: z.ZodType;
    body?: { content: Record<string, { schema: z.ZodType }>; required: boolean; description?: string };
  };
  responses: Record<number, { description: string; content: Record<string, { schema: z.ZodType }> }>;
}

/** Keeps the literal type of an endpoint while checking it against `EndpointConfig`. */
export function endpoint<const E extends EndpointConfig>(config: E): E {
  return config;
}

/** A required JSON request body. */
export function jsonBody<S extends z.ZodType>(schema: S) {
  return { content: { 'application/json': { schema } }, required: true } as const;
}

/** A required multipart form body (file uploads). Fields that are files use `fileField`. */
export function formBody<S extends z.ZodType>(schema: S) {
  return { content: { 'multipart/form-data': { schema } }, required: true } as const;
}

/** A 200 answer with a JSON body. */
export function ok<S extends z.ZodType>(schema: S, description: string) {
  return { 200: { description, content: { 'application/json': { schema } } } } as const;
}

const errorContent = { 'application/json': { schema: apiErrorSchema } } as const;

/** The error answers every endpoint may give. */
export const errorResponses = {
  400: { description: 'The input is invalid; `error.path` names the field.', content: errorContent },
  403: {
    description: "A change sent by a page on another origin (Origin or Sec-Fetch-Site is not the app's own).",
    content: errorContent,
  },
  404: { description: 'The thing named does not exist.', content: errorContent },
  409: { description: 'A stale write: someone saved a newer revision first.', content: errorContent },
  413: { description: 'The upload is too large.', content: errorContent },
  415: { description: 'The upload is not a supported file type.', content: errorContent },
  421: {
    description: 'The Host header names a host this server does not answer for (see WAYMARK_HOSTS).',
    content: errorContent,
  },
  422: { description: 'The map is larger than the renderer can draw in this format.', content: errorContent },
  500: { description: 'An unexpected failure.', content: errorContent },
  503: { description: 'A backing service is not available.', content: errorContent },
} as const;

/** An uploaded file in a multipart body, at most `maxBytes` long. */
export function fileField(maxBytes: number) {
  return z
    .file()
    .max(maxBytes, `expected a file of at most ${Math.round(maxBytes / 1024)} KB`)
    .meta({ type: 'string', format: 'binary' });
}

/** A binary download (exports). The body is the file; its name is in Content-Disposition. */
export const binarySchema = z.string().meta({ type: 'string', format: 'binary' });
