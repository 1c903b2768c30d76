import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { JSON_BODY_MAX_BYTES, bodyMaxBytes, bodyMediaType } from '@waymark/api';
import type { EndpointName } from '@waymark/api';
import { findJsonSyntaxProblem } from '@waymark/domain';
import { endpointOf } from './endpoint-index';
import { HttpError, fieldPath } from './errors';

/**
 * Body guards, run after the request guards and before routing: a body over its endpoint's limit
 * is a 413 before it is read whole, and a JSON endpoint's body must be `application/json` that
 * parses, else a 400 naming what was expected. Each refusal is thrown as an `HttpError`, so
 * `handleError` answers it and logs one line, never a stack trace.
 */

function megabytes(bytes: number): string {
  const mb = bytes / 1024 / 1024;
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

/** 413 when the body is longer than the endpoint allows (`bodyMaxBytes`; the JSON limit elsewhere). */
export function bodySizeGuard(): MiddlewareHandler {
  const limits = new Map<EndpointName | undefined, MiddlewareHandler>();
  const limitFor = (name: EndpointName | undefined): MiddlewareHandler => {
    let limit = limits.get(name);
    if (!limit) {
      const maxSize = name === undefined ? JSON_BODY_MAX_BYTES : bodyMaxBytes(name);
      limit = bodyLimit({
        maxSize,
        onError: () => {
          throw new HttpError(
            413,
            'payload_too_large',
            `the request body is over ${megabytes(maxSize)}, the limit of this endpoint`,
            'body',
          );
        },
      });
      limits.set(name, limit);
    }
    return limit;
  };
  return (c, next) => limitFor(endpointOf(c.req.method, c.req.path))(c, next);
}

/** The media type of a Content-Type header, lower case, without parameters. */
function mediaTypeOf(contentType: string | undefined): string | undefined {
  return contentType?.split(';')[0]?.trim().toLowerCase() || undefined;
}

function contentTypeError(expected: string, got: string | undefined): HttpError {
  return new HttpError(
    400,
    'invalid_request',
    `expected Content-Type: ${expected}, got ${got === undefined ? 'none' : `"${got}"`}`,
    'headers.content-type',
  );
}

/**
 * The path segments of the first string (value or key) in `value` holding a NUL character, which
 * no store keeps (PostgreSQL text refuses it), or `undefined`. Iterative: a parsed body may nest
 * deeper than the stack.
 */
export function nulCharacterAt(value: unknown): PropertyKey[] | undefined {
  const stack: [unknown, PropertyKey[]][] = [[value, []]];
  while (stack.length > 0) {
    const [current, segments] = stack.pop() ?? [undefined, []];
    if (typeof current === 'string') {
      if (current.includes('\u0000')) return segments;
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push([current[i], [...segments, i]]);
    } else if (typeof current === 'object' && current !== null) {
      for (const [key, inner] of Object.entries(current).reverse()) {
        if (key.includes('\u0000')) return [...segments, key];
        stack.push([inner, [...segments, key]]);
      }
    }
  }
  return undefined;
}

/** Checks a JSON body: its content type, that it is not empty, that it parses and holds no NUL. */
async function checkJsonBody(c: Context): Promise<void> {
  const contentType = c.req.header('content-type');
  if (mediaTypeOf(contentType) !== 'application/json')
    throw contentTypeError('application/json', contentType);
  // Read outside the try: a body over its limit throws here and must reach the size guard.
  const text = await c.req.text();
  if (text.trim() === '') {
    throw new HttpError(
      400,
      'invalid_request',
      'expected a JSON object in the body, got an empty body',
      'body',
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    const problem = findJsonSyntaxProblem(text);
    const where = problem ? `line ${problem.line}, column ${problem.column}: ${problem.message}` : 'not JSON';
    throw new HttpError(400, 'invalid_request', `expected a JSON body: ${where}`, 'body');
  }
  const nul = text.includes('\\u0000') ? nulCharacterAt(parsed) : undefined;
  if (nul !== undefined) {
    const path = fieldPath('body', nul);
    throw new HttpError(
      400,
      'invalid_request',
      `${path}: expected text without the NUL character (U+0000)`,
      path,
    );
  }
}

/**
 * 400 unless a JSON endpoint's body is well-formed `application/json`, and unless an upload
 * endpoint's body is `multipart/form-data`. The route's validator then parses the cached text again.
 */
export function bodyFormatGuard(): MiddlewareHandler {
  return async (c, next) => {
    const name = endpointOf(c.req.method, c.req.path);
    const expected = name === undefined ? undefined : bodyMediaType(name);
    if (expected === 'application/json') await checkJsonBody(c);
    else if (expected === 'multipart/form-data') {
      const contentType = c.req.header('content-type');
      if (mediaTypeOf(contentType) !== expected)
        throw contentTypeError(`${expected} (a file upload)`, contentType);
    }
    await next();
  };
}
