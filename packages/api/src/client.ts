import type { z } from 'zod';
import { ApiError, apiErrorSchema } from './errors';
import type { EndpointConfig } from './endpoint';
import { endpoints as e } from './contract';
import type { ExportFormat } from './routes/documents';

/** An endpoint that answers 200 with JSON. */
type JsonEndpoint = EndpointConfig & {
  responses: { 200: { content: { 'application/json': { schema: z.ZodType } } } };
};
/** The validated 200 body of a JSON endpoint. */
export type OutputOf<E extends JsonEndpoint> = z.output<
  E['responses'][200]['content']['application/json']['schema']
>;
/** The JSON body an endpoint takes. */
export type JsonBodyOf<E> = E extends {
  request: { body: { content: { 'application/json': { schema: infer S extends z.ZodType } } } };
}
  ? z.input<S>
  : never;
/** The multipart form an endpoint takes (files as `File` or `Blob`). */
export type FormOf<E> = E extends {
  request: { body: { content: { 'multipart/form-data': { schema: infer S extends z.ZodType } } } };
}
  ? { [K in keyof z.input<S>]: z.input<S>[K] | Blob }
  : never;
/** The query an endpoint takes. */
export type QueryOf<E> = E extends { request: { query: infer S extends z.ZodType } } ? z.input<S> : never;

type Scalar = string | number | boolean | undefined;

interface CallInput {
  params?: Record<string, string | number>;
  query?: Record<string, Scalar>;
  json?: unknown;
  form?: Record<string, Scalar | Blob>;
}

/**
 * A typed client of the Waymark HTTP API. Every method's argument and result types derive from the
 * contract's zod schemas, and every JSON answer is validated against its schema.
 * Failures throw `ApiError` (`status`, `code`, `message`, `path`); a stale save is `status === 409`.
 * `baseUrl` is the server origin ('' for same-origin in the browser); `fetchImpl` defaults to the
 * global fetch (pass `app.request`-backed fetch in tests).
 */
export function createApiClient(
  baseUrl: string,
  fetchImpl: typeof fetch = (...args) => globalThis.fetch(...args),
) {
  const root = baseUrl.replace(/\/+$/, '');

  /** Fills `{param}` in the path and appends the query. */
  function urlOf(config: EndpointConfig, input: CallInput): string {
    const path = config.path.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = input.params?.[name];
      if (value === undefined) throw new Error(`missing path parameter "${name}" for ${config.operationId}`);
      return encodeURIComponent(String(value));
    });
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(input.query ?? {})) {
      if (value !== undefined) query.set(key, String(value));
    }
    const qs = query.toString();
    return `${root}${path}${qs ? `?${qs}` : ''}`;
  }

  async function send(config: EndpointConfig, input: CallInput): Promise<Response> {
    const init: RequestInit = { method: config.method.toUpperCase() };
    if (input.json !== undefined) {
      init.headers = { 'content-type': 'application/json' };
      init.body = JSON.stringify(input.json);
    } else if (input.form) {
      const form = new FormData();
      for (const [key, value] of Object.entries(input.form)) {
        if (value instanceof Blob) form.set(key, value, value instanceof File ? value.name : key);
        else if (value !== undefined) form.set(key, String(value));
      }
      init.body = form;
    }
    const response = await fetchImpl(urlOf(config, input), init);
    if (!response.ok) throw await errorOf(response);
    return response;
  }

  async function call<E extends JsonEndpoint>(config: E, input: CallInput = {}): Promise<OutputOf<E>> {
    const response = await send(config, input);
    const schema: E['responses'][200]['content']['application/json']['schema'] =
      config.responses[200].content['application/json'].schema;
    return schema.parse(await response.json());
  }

  async function download(config: EndpointConfig, input: CallInput): Promise<Blob> {
    return (await send(config, input)).blob();
  }

  return {
    /** Liveness and backends. */
    health: () => call(e.healthCheck),
    workspaces: {
      list: () => call(e.listWorkspaces),
      get: (id: string) => call(e.getWorkspace, { params: { id } }),
      create: (workspace: JsonBodyOf<typeof e.createWorkspace>) =>
        call(e.createWorkspace, { json: workspace }),
    },
    templates: {
      list: (query: QueryOf<typeof e.listTemplates> = {}) => call(e.listTemplates, { query }),
    },
    journeys: {
      list: (query: QueryOf<typeof e.listJourneys> = {}) => call(e.listJourneys, { query }),
      get: (id: string) => call(e.getJourney, { params: { id } }),
      getRevision: (id: string, revision: number) => call(e.getJourneyRevision, { params: { id, revision } }),
      create: (body: JsonBodyOf<typeof e.createJourney>) => call(e.createJourney, { json: body }),
      /** Throws `ApiError` with status 409 when `baseRevision` is not the current revision. */
      save: (id: string, body: JsonBodyOf<typeof e.saveJourney>) =>
        call(e.saveJourney, { params: { id }, json: body }),
      /** Moves the map to the trash; `undelete` brings it back. */
      delete: (id: string, baseRevision?: number) =>
        call(e.deleteJourney, { params: { id }, query: { baseRevision } }),
      duplicate: (id: string, body: JsonBodyOf<typeof e.duplicateJourney> = {}) =>
        call(e.duplicateJourney, { params: { id }, json: body }),
      /** A new title as one new revision; a stale `baseRevision` throws `ApiError` 409. */
      rename: (id: string, body: JsonBodyOf<typeof e.renameJourney>) =>
        call(e.renameJourney, { params: { id }, json: body }),
      history: (id: string) => call(e.journeyHistory, { params: { id } }),
      /** Names a revision, or removes its name with `null`. */
      label: (id: string, revision: number, label: string | null) =>
        call(e.labelRevision, { params: { id, revision }, json: { label } }),
      diff: (id: string, from: number, to: number) =>
        call(e.diffJourney, { params: { id }, query: { from, to } }),
      restore: (id: string, body: JsonBodyOf<typeof e.restoreJourney>) =>
        call(e.restoreJourney, { params: { id }, json: body }),
      figures: (id: string, range: { from?: string; to?: string } = {}) =>
        call(e.journeyFigures, { params: { id }, query: range }),
      /** The URL of an export, for a plain download link. */
      exportUrl: (id: string, format: ExportFormat, query: QueryOf<typeof e.exportJourney> = {}) =>
        urlOf(e.exportJourney, { params: { id, format }, query }),
      export: (id: string, format: ExportFormat, query: QueryOf<typeof e.exportJourney> = {}) =>
        download(e.exportJourney, { params: { id, format }, query }),
      /** Uploads a `.json` or `.xlsx` journey document. */
      import: (form: FormOf<typeof e.importJourney>) => call(e.importJourney, { form }),
    },
    trash: {
      list: (query: QueryOf<typeof e.listTrash> = {}) => call(e.listTrash, { query }),
      undelete: (id: string) => call(e.undeleteJourney, { params: { id } }),
      /** Deletes a map in the trash for good. */
      purge: (id: string) => call(e.purgeJourney, { params: { id } }),
    },
    personas: {
      list: (query: QueryOf<typeof e.listPersonas> = {}) => call(e.listPersonas, { query }),
      get: (id: string) => call(e.getPersona, { params: { id } }),
      /** Omit `baseRevision` to create; a stale one throws `ApiError` 409. */
      save: (id: string, body: JsonBodyOf<typeof e.savePersona>) =>
        call(e.savePersona, { params: { id }, json: body }),
      delete: (id: string, baseRevision?: number) =>
        call(e.deletePersona, { params: { id }, query: { baseRevision } }),
      /** PNG, JPEG, GIF or WebP up to 512 KB; stored as an image, its URL set as the avatar. */
      uploadAvatar: (id: string, form: FormOf<typeof e.uploadAvatar>) =>
        call(e.uploadAvatar, { params: { id }, form }),
    },
    images: {
      /** PNG, JPEG, GIF or WebP up to 2 MB; put the answer's `url` in a card image or avatar. */
      upload: (file: Blob) => call(e.uploadImage, { form: { file } }),
    },
    events: {
      import: (form: FormOf<typeof e.importEvents>) => call(e.importEvents, { form }),
      summary: () => call(e.eventsSummary),
    },
    dataSets: {
      list: (query: QueryOf<typeof e.listDataSets> = {}) => call(e.listDataSets, { query }),
      /** Throws `ApiError` 409 when another data set has the name. */
      rename: (id: string, name: string) => call(e.renameDataSet, { params: { id }, json: { name } }),
      /** Deletes the data set with all its rows. */
      delete: (id: string) => call(e.deleteDataSet, { params: { id } }),
    },
    /** Each takes the query description of its kind (`kind` optional) and returns its typed result. */
    analytics: {
      funnel: (query: JsonBodyOf<typeof e.analyticsFunnel>) => call(e.analyticsFunnel, { json: query }),
      timeToConvert: (query: JsonBodyOf<typeof e.analyticsTimeToConvert>) =>
        call(e.analyticsTimeToConvert, { json: query }),
      paths: (query: JsonBodyOf<typeof e.analyticsPaths>) => call(e.analyticsPaths, { json: query }),
      dfg: (query: JsonBodyOf<typeof e.analyticsDfg>) => call(e.analyticsDfg, { json: query }),
      variants: (query: JsonBodyOf<typeof e.analyticsVariants>) => call(e.analyticsVariants, { json: query }),
      attribution: (query: JsonBodyOf<typeof e.analyticsAttribution>) =>
        call(e.analyticsAttribution, { json: query }),
      health: (query: JsonBodyOf<typeof e.analyticsHealth>) => call(e.analyticsHealth, { json: query }),
      trends: (query: JsonBodyOf<typeof e.analyticsTrends>) => call(e.analyticsTrends, { json: query }),
    },
  };
}

/** The client's type, for props and contexts in the web app. */
export type ApiClient = ReturnType<typeof createApiClient>;

async function errorOf(response: Response): Promise<ApiError> {
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  const parsed = apiErrorSchema.safeParse(body);
  if (parsed.success) return new ApiError(response.status, parsed.data.error);
  return new ApiError(response.status, {
    code: response.status >= 500 ? 'internal' : 'invalid_request',
    message: `HTTP ${response.status} ${response.statusText}: ${text.slice(0, 200)}`,
  });
}
