import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { JSON_BODY_MAX_BYTES, apiErrorSchema, bodyMediaType, endpoints } from '@waymark/api';
import type { EndpointName } from '@waymark/api';
import { errorOf, openTestApp } from '../test/harness';
import type { TestApp } from '../test/harness';

/**
 * Walks every endpoint of the served OpenAPI document that takes a body and sends it malformed
 * bodies: each answer is a 400 (or 413) in the error shape with one line naming what was expected,
 * never a 500, and the server logs one line for it, never a stack trace.
 */

interface PropertySchema {
  type?: string | string[];
  anyOf?: PropertySchema[];
  oneOf?: PropertySchema[];
  allOf?: PropertySchema[];
  items?: PropertySchema;
  properties?: Record<string, PropertySchema>;
  additionalProperties?: boolean | PropertySchema;
}
type BodySchema = PropertySchema;
interface Operation {
  operationId: string;
  requestBody?: { content: Record<string, { schema: BodySchema }> };
}
type OpenApi = { paths: Record<string, Record<string, Operation>> };

/** One endpoint that takes a body, with its path filled in. */
interface BodyEndpoint {
  name: string;
  method: string;
  url: string;
  mediaType: string;
  schema: BodySchema;
}

let t: TestApp;
let bodyEndpoints: BodyEndpoint[];
const logged = { warn: [] as string[], error: [] as unknown[] };

beforeAll(async () => {
  t = await openTestApp();
  const [persona] = await t.client.personas.list();
  if (!persona) throw new Error('the demo has no persona');
  const doc = (await (await t.app.request('http://localhost/api/openapi.json')).json()) as OpenApi;
  bodyEndpoints = Object.entries(doc.paths).flatMap(([path, operations]) =>
    Object.entries(operations).flatMap(([method, operation]) => {
      const content = operation.requestBody?.content;
      if (!content) return [];
      const url = path
        .replace('{revision}', '1')
        .replace('{id}', path.startsWith('/api/personas') ? persona.persona.id : 'demo-purchase');
      return Object.entries(content).map(([mediaType, { schema }]) => ({
        name: operation.operationId,
        method: method.toUpperCase(),
        url: `http://localhost${url}`,
        mediaType,
        schema,
      }));
    }),
  );
});
afterAll(async () => {
  await t.close();
});

afterEach(() => {
  vi.restoreAllMocks();
  logged.warn.length = 0;
  logged.error.length = 0;
});

function captureLogs(): void {
  vi.spyOn(console, 'warn').mockImplementation((line: unknown) => void logged.warn.push(String(line)));
  vi.spyOn(console, 'error').mockImplementation((error: unknown) => void logged.error.push(error));
}

function send(endpoint: BodyEndpoint, body: BodyInit | undefined, contentType?: string): Promise<Response> {
  return Promise.resolve(
    t.app.request(endpoint.url, {
      method: endpoint.method,
      headers: contentType === undefined ? {} : { 'content-type': contentType },
      ...(body === undefined ? {} : { body }),
    }),
  );
}

/** Asserts a refusal: the status, the error shape, one line, and nothing of the server's insides. */
async function expectRefusal(res: Response, label: string, status = 400): Promise<string> {
  const text = await res.text();
  expect(res.status, `${label}: ${text}`).toBe(status);
  const { error } = apiErrorSchema.parse(JSON.parse(text));
  expect(error.message, label).not.toMatch(/\n|\/tmp\/|node_modules|\bat \w+ \(|Error:/);
  expect(error.message.length, label).toBeLessThan(400);
  return error.message;
}

/** The JSON types a property schema allows. */
function typesOf(property: PropertySchema): string[] {
  return [property.type ?? [], ...(property.anyOf ?? []).map(typesOf)].flat();
}

/**
 * The paths of every object schema under `schema` that accepts fields it does not declare (an
 * object with properties whose additionalProperties is not false). Records (additionalProperties
 * a schema, no properties) are maps and are walked into.
 */
function looseObjects(schema: PropertySchema, path: string): string[] {
  const found: string[] = [];
  if (schema.properties !== undefined && schema.additionalProperties !== false) found.push(path);
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    found.push(...looseObjects(property, `${path}.${key}`));
  }
  for (const branch of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])]) {
    found.push(...looseObjects(branch, path));
  }
  if (schema.items) found.push(...looseObjects(schema.items, `${path}[]`));
  if (typeof schema.additionalProperties === 'object') {
    found.push(...looseObjects(schema.additionalProperties, `${path}{}`));
  }
  return [...new Set(found)];
}

/** A value of the wrong type for each declared property. */
function wrongTypes(schema: BodySchema): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(schema.properties ?? {}).map(([key, property]) => [
      key,
      typesOf(property).includes('string') ? 12345 : 'not the right type',
    ]),
  );
}

describe('malformed bodies on every endpoint of the OpenAPI document', () => {
  it('finds the JSON and upload endpoints', () => {
    const json = bodyEndpoints.filter((e) => e.mediaType === 'application/json').map((e) => e.name);
    const uploads = bodyEndpoints.filter((e) => e.mediaType === 'multipart/form-data').map((e) => e.name);
    const names = Object.keys(endpoints).filter((key): key is EndpointName => key in endpoints);
    const jsonInContract = names.filter((name) => bodyMediaType(name) === 'application/json');
    expect(json).toHaveLength(jsonInContract.length);
    expect(json.length).toBeGreaterThanOrEqual(15);
    expect(json).toContain('saveJourney');
    expect(json).toContain('analytics_funnel');
    expect(uploads.sort()).toEqual(['importEvents', 'importJourney', 'uploadAvatar', 'uploadImage']);
  });

  it('answers 400 with one line to a syntax error, an empty body, a wrong content type and wrong types', async () => {
    captureLogs();
    let requests = 0;
    for (const endpoint of bodyEndpoints.filter((e) => e.mediaType === 'application/json')) {
      const label = (what: string) => `${endpoint.method} ${endpoint.url} ${what}`;
      const cases: [string, BodyInit | undefined, string | undefined, RegExp][] = [
        [
          'syntax error',
          '{"title": "x",, }',
          'application/json',
          /^expected a JSON body: line 1, column 15: /,
        ],
        ['unterminated', '{"title": "x', 'application/json', /^expected a JSON body: line 1, column \d+: /],
        ['deep nesting', '['.repeat(100_000), 'application/json', /^expected a JSON body: /],
        ['empty body', '', 'application/json', /^expected a JSON object in the body, got an empty body$/],
        ['blank body', ' \n ', 'application/json', /^expected a JSON object in the body, got an empty body$/],
        ['no body', undefined, 'application/json', /^expected a JSON object in the body, got an empty body$/],
        ['text/plain', '{}', 'text/plain', /^expected Content-Type: application\/json, got "text\/plain"$/],
        [
          'form',
          'a=1',
          'application/x-www-form-urlencoded',
          /^expected Content-Type: application\/json, got /,
        ],
        ['no content type', '{}', undefined, /^expected Content-Type: application\/json, got /],
        ['an array', '[]', 'application/json', /^body/],
        ['null', 'null', 'application/json', /^body/],
        ['a number', '42', 'application/json', /^body/],
        ['wrong types', JSON.stringify(wrongTypes(endpoint.schema)), 'application/json', /^body\./],
      ];
      for (const [what, body, contentType, message] of cases) {
        const res = await send(endpoint, body, contentType);
        expect(await expectRefusal(res, label(what)), label(what)).toMatch(message);
        requests++;
      }
    }
    expect(requests).toBe(bodyEndpoints.filter((e) => e.mediaType === 'application/json').length * 13);
    expect(logged.error).toEqual([]);
    // One line per refusal by the body guards (zod failures answer without logging).
    for (const line of logged.warn) expect(line).toMatch(/^(POST|PUT) \/api\/\S+: 400 [^\n]+$/);
  });

  it('answers 400 to an upload with the wrong content type, a broken form or no file', async () => {
    captureLogs();
    for (const endpoint of bodyEndpoints.filter((e) => e.mediaType === 'multipart/form-data')) {
      const label = (what: string) => `${endpoint.method} ${endpoint.url} ${what}`;
      expect(await expectRefusal(await send(endpoint, '{}', 'application/json'), label('json'))).toBe(
        'expected Content-Type: multipart/form-data (a file upload), got "application/json"',
      );
      expect(await expectRefusal(await send(endpoint, 'file=x', undefined), label('none'))).toMatch(
        /^expected Content-Type: multipart\/form-data \(a file upload\), got /,
      );
      const broken = await send(endpoint, '--xyz\r\nnot a part', 'multipart/form-data; boundary=xyz');
      await expectRefusal(broken, label('broken form'));
      const noBoundary = await send(endpoint, 'x', 'multipart/form-data');
      await expectRefusal(noBoundary, label('no boundary'));
      const noFile = new FormData();
      noFile.set('file', 'just a string');
      expect(await expectRefusal(await send(endpoint, noFile), label('no file'))).toMatch(/^body\.file: /);
      expect(await expectRefusal(await send(endpoint, new FormData()), label('empty form'))).toMatch(
        /^body\.file: /,
      );
    }
    expect(logged.error).toEqual([]);
  });
});

describe('unknown fields', () => {
  it('every object of every request body is strict (no undeclared fields) in the OpenAPI document', () => {
    const loose = bodyEndpoints.flatMap((e) => looseObjects(e.schema, `${e.name} body`));
    expect(loose).toEqual([]);
  });

  it('refuses an unknown field on every endpoint that takes a body, naming it first', async () => {
    for (const endpoint of bodyEndpoints) {
      const label = `${endpoint.method} ${endpoint.url}`;
      let res: Response;
      if (endpoint.mediaType === 'application/json') {
        res = await send(endpoint, JSON.stringify({ bogusField: 1 }), 'application/json');
      } else {
        const form = new FormData();
        form.set('file', new File(['x'], 'x.json', { type: 'application/json' }));
        form.set('bogusField', '1');
        res = await send(endpoint, form);
      }
      const message = await expectRefusal(res.clone(), label);
      expect(message, label).toMatch(/^body\.bogusField: unknown field/);
      expect((await errorOf(res)).path, label).toBe('body.bogusField');
    }
  });

  it('refuses a misspelt analytics field ("filter" for "filters") instead of answering unfiltered', async () => {
    const funnel = { steps: [[{ type: 'event_equals', event: 'visit' }]], windowSeconds: 86_400 };
    const ok = await t.app.request('http://localhost/api/analytics/funnel', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(funnel),
    });
    expect(ok.status).toBe(200);
    const filter = [{ property: 'platform', operator: 'eq', value: 'mobile' }];
    const typo = await t.app.request('http://localhost/api/analytics/funnel', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...funnel, filter }),
    });
    expect(typo.status).toBe(400);
    expect(await errorOf(typo)).toEqual({
      code: 'invalid_request',
      message: 'body.filter: unknown field',
      path: 'body.filter',
    });
  });

  it('refuses an unknown field deep inside a saved journey, naming its path', async () => {
    const stored = await t.client.journeys.get('demo-purchase');
    const [stage, ...rest] = stored.journey.stages;
    if (!stage) throw new Error('the demo map has no stage');
    const res = await t.app.request('http://localhost/api/journeys/demo-purchase', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        journey: { ...stored.journey, stages: [{ ...stage, colour: '#ff0000' }, ...rest] },
        baseRevision: stored.revision,
      }),
    });
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toMatchObject({
      message: 'body.journey.stages[0].colour: unknown field',
      path: 'body.journey.stages[0].colour',
    });
    expect((await t.client.journeys.get('demo-purchase')).revision).toBe(stored.revision);
  });
});

describe('NUL characters', () => {
  it('refuses a NUL in a save message (once a 500) and anywhere else in a body, naming the field', async () => {
    const stored = await t.client.journeys.get('demo-purchase');
    const save = (body: unknown) =>
      t.app.request('http://localhost/api/journeys/demo-purchase', {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const message = await save({
      journey: stored.journey,
      baseRevision: stored.revision,
      message: 'a\u0000b',
    });
    expect(message.status).toBe(400);
    expect(await errorOf(message)).toEqual({
      code: 'invalid_request',
      message: 'body.message: expected text without the NUL character (U+0000)',
      path: 'body.message',
    });
    const [stage] = stored.journey.stages;
    const deep = await save({
      journey: { ...stored.journey, stages: [{ ...stage, name: 'x\u0000' }] },
      baseRevision: stored.revision,
    });
    expect((await errorOf(deep)).path).toBe('body.journey.stages[0].name');
    const key = await save({ journey: stored.journey, baseRevision: stored.revision, ['k\u0000']: 1 });
    expect((await errorOf(key)).path).toBe('body["k\\u0000"]');
    expect((await t.client.journeys.get('demo-purchase')).revision).toBe(stored.revision);
  });
});

describe('body size limits', () => {
  it('refuses a JSON body over its limit with 413 naming the limit', async () => {
    const endpoint = bodyEndpoints.find((e) => e.name === 'saveJourney');
    if (!endpoint) throw new Error('no saveJourney');
    const body = `{"message":"${'x'.repeat(JSON_BODY_MAX_BYTES)}"}`;
    const res = await send(endpoint, body, 'application/json');
    expect(await expectRefusal(res, 'large json', 413)).toBe(
      'the request body is over 20 MB, the limit of this endpoint',
    );
  });

  it('refuses an avatar upload over 512 KB + 1 MB before reading it, and a smaller oversized file by its field', async () => {
    const endpoint = bodyEndpoints.find((e) => e.name === 'uploadAvatar');
    if (!endpoint) throw new Error('no uploadAvatar');
    const huge = new FormData();
    huge.set('file', new File([new Uint8Array(2 * 1024 * 1024)], 'a.png', { type: 'image/png' }));
    expect(await expectRefusal(await send(endpoint, huge), 'huge avatar', 413)).toBe(
      'the request body is over 1.5 MB, the limit of this endpoint',
    );
    const big = new FormData();
    big.set('file', new File([new Uint8Array(600 * 1024)], 'a.png', { type: 'image/png' }));
    const res = await send(endpoint, big);
    expect(res.status).toBe(413);
    expect(await errorOf(res)).toMatchObject({ code: 'payload_too_large', path: 'body.file' });
  });
});
