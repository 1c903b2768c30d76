import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { apiErrorSchema, createApiClient } from '@waymark/api';
import type { ApiClient, ApiErrorBody } from '@waymark/api';
import { createApp } from '../app';
import type { OpenedDeps } from '../open-deps';
import { openDeps } from '../open-deps';

/** An app over a fresh temporary data directory, with a typed client that calls it in-process. */
export interface TestApp {
  app: OpenAPIHono;
  client: ApiClient;
  opened: OpenedDeps;
  dataDir: string;
  /** Closes the stores and deletes the data directory. */
  close(): Promise<void>;
}

/**
 * Opens a test app. PGlite takes seconds to create, so open one per test file (in `beforeAll`).
 * `webDist` defaults to a folder that does not exist (the "not built" page).
 */
export async function openTestApp(options: { seed?: boolean; webDist?: string } = {}): Promise<TestApp> {
  const dataDir = await mkdtemp(join(tmpdir(), 'waymark-server-test-'));
  const opened = await openDeps(
    { dataDir, seed: options.seed ?? true, webDist: options.webDist ?? join(dataDir, 'no-dist') },
    {},
  );
  const app = createApp(opened.deps);
  const client = createApiClient('http://localhost', async (input, init) =>
    app.request(input instanceof Request ? input : String(input), init),
  );
  return {
    app,
    client,
    opened,
    dataDir,
    close: async () => {
      await opened.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** The JSON error body of a response, for asserting codes and paths; throws when it is not one. */
export async function errorOf(response: Response): Promise<ApiErrorBody['error']> {
  return apiErrorSchema.parse(await response.json()).error;
}

/** A JSON request to the app. */
export function jsonRequest(
  app: OpenAPIHono,
  method: string,
  path: string,
  body: unknown,
): Promise<Response> {
  return Promise.resolve(
    app.request(path, {
      method,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
  );
}
