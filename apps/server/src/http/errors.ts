import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import type { ApiErrorBody, ApiErrorCode } from '@waymark/api';
import {
  DataSetConflictError,
  DataSetNameTakenError,
  DataSetNotFoundError,
  DomainError,
} from '@waymark/domain';
import type { MergeConflict } from '@waymark/domain';
import { ConflictError, NotFoundError } from '@waymark/store';
import { IngestError, QueryCancelledError, QueryLimitError } from '@waymark/analytics';
import { ImportError, WorkbookLimitError } from '@waymark/io';

/**
 * Maps every failure to the API's error shape `{ error: { code, message, path? } }` and a status.
 * Validation failures name the field as a JSON path rooted at where it came from
 * (`body.journey.stages[0].name`, `query.from`, `params.id`).
 */

/** An error a handler throws on purpose, with its status and API code (and a refused merge's conflicts). */
export class HttpError extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 409 | 413 | 415 | 421 | 422 | 503,
    readonly code: ApiErrorCode,
    message: string,
    readonly path?: string,
    readonly conflicts: readonly MergeConflict[] = [],
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** Where a validated value came from, as zod-openapi names it. */
const rootOf: Record<string, string> = { json: 'body', form: 'body', query: 'query', param: 'params' };

/** Renders `['stages', 0, 'name']` under `root` as `root.stages[0].name`. */
export function fieldPath(root: string, segments: readonly PropertyKey[]): string {
  let out = root;
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(String(segment))) out += `.${String(segment)}`;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out;
}

/** One problem of a zod failure: where (segments under the root) and what. */
interface Problem {
  segments: readonly PropertyKey[];
  message: string;
  tooBigFile: boolean;
}

/**
 * The problems of a zod failure, unknown fields first (one each, named in the path: the likeliest
 * explanation of a failing request is a misspelt field), then the others in zod's order.
 */
function problemsOf(error: z.ZodError): Problem[] {
  const unknown: Problem[] = [];
  const others: Problem[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        unknown.push({ segments: [...issue.path, key], message: 'unknown field', tooBigFile: false });
      }
    } else {
      const tooBigFile = issue.code === 'too_big' && issue.origin === 'file';
      others.push({ segments: issue.path, message: issue.message, tooBigFile });
    }
  }
  return [...unknown, ...others];
}

/**
 * The API error body and status for a zod failure of input from `target`: up to five problems, each
 * `path: message` (`body.filter: unknown field`), and the first one's path.
 */
export function zodFailure(error: z.ZodError, target: string): { body: ApiErrorBody; status: 400 | 413 } {
  const root = rootOf[target] ?? target;
  const problems = problemsOf(error);
  const first = problems[0];
  const path = fieldPath(root, first?.segments ?? []);
  const tooBigFile = first?.tooBigFile ?? false;
  const details = problems
    .slice(0, 5)
    .map((problem) => `${fieldPath(root, problem.segments)}: ${problem.message}`)
    .join('; ');
  const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : '';
  return {
    status: tooBigFile ? 413 : 400,
    body: {
      error: { code: tooBigFile ? 'payload_too_large' : 'invalid_request', message: details + more, path },
    },
  };
}

interface Failure {
  status: HttpError['status'] | 500;
  body: ApiErrorBody;
}

/** Classifies any thrown value. Unknown errors become a 500 whose message is logged, not leaked. */
export function failureOf(error: unknown): Failure {
  if (error instanceof HttpError) {
    const base = {
      code: error.code,
      message: error.message,
      ...(error.path ? { path: error.path } : {}),
      ...(error.conflicts.length > 0 ? { conflicts: [...error.conflicts] } : {}),
    };
    return { status: error.status, body: { error: base } };
  }
  if (error instanceof ConflictError)
    return { status: 409, body: { error: { code: 'conflict', message: error.message } } };
  if (error instanceof DataSetConflictError || error instanceof DataSetNameTakenError)
    return { status: 409, body: { error: { code: 'conflict', message: error.message } } };
  if (error instanceof DataSetNotFoundError)
    return { status: 404, body: { error: { code: 'not_found', message: error.message } } };
  if (error instanceof NotFoundError)
    return { status: 404, body: { error: { code: 'not_found', message: error.message } } };
  if (error instanceof z.ZodError) return zodFailure(error, 'body');
  if (error instanceof DomainError) {
    const issue = error.issues[0];
    const code: ApiErrorCode = error.code === 'not_found' ? 'not_found' : 'invalid_request';
    const base = { code, message: error.message };
    return {
      status: error.code === 'not_found' ? 404 : 400,
      body: { error: issue ? { ...base, path: issue.path } : base },
    };
  }
  if (error instanceof WorkbookLimitError)
    return {
      status: 413,
      body: { error: { code: 'payload_too_large', message: error.message, path: 'body.file' } },
    };
  if (error instanceof ImportError) {
    const base = { code: 'invalid_request' as const, message: error.message };
    return { status: 400, body: { error: error.place ? { ...base, path: error.place } : base } };
  }
  if (error instanceof QueryLimitError)
    return {
      status: 400,
      body: {
        error: {
          code: 'invalid_request',
          message: `body.${error.field}: ${error.message}`,
          path: `body.${error.field}`,
        },
      },
    };
  if (error instanceof QueryCancelledError)
    return { status: 503, body: { error: { code: 'unavailable', message: error.message } } };
  if (error instanceof IngestError) {
    const first = error.errors[0];
    const base = { code: 'invalid_request' as const, message: error.message };
    return {
      status: 400,
      body: { error: first ? { ...base, path: `row ${first.row}.${first.column}` } : base },
    };
  }
  if (error instanceof HTTPException && error.status < 500) {
    // Hono's own refusals (a malformed multipart body): the guards check the rest first.
    const status = error.status === 413 || error.status === 415 ? error.status : 400;
    const code =
      status === 413 ? 'payload_too_large' : status === 415 ? 'unsupported_media_type' : 'invalid_request';
    return { status, body: { error: { code, message: oneLine(error.message), path: 'body' } } };
  }
  console.error(error);
  return {
    status: 500,
    body: { error: { code: 'internal', message: 'internal error: see the server log' } },
  };
}

/** The first line of a message, at most 300 characters (library messages may carry more). */
function oneLine(message: string): string {
  const first = message.split('\n')[0] ?? '';
  return first.length > 300 ? `${first.slice(0, 300)}…` : first;
}

/**
 * Hono `onError` handler answering in the API error shape. A refused request (400, 403, 413, 415,
 * 421, 422) is logged as one line (method, path, status, message); a 500 logs its stack; 404 and
 * 409 are ordinary answers and are not logged.
 */
export function handleError(error: unknown, c: Context): Response {
  const failure = failureOf(error);
  if (failure.status < 500 && failure.status !== 404 && failure.status !== 409) {
    console.warn(`${c.req.method} ${c.req.path}: ${failure.status} ${oneLine(failure.body.error.message)}`);
  }
  return c.json(failure.body, failure.status);
}
