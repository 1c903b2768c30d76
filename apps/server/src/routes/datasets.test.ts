import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '@waymark/api';
import { DEMO_EVENTS_DATA_SET } from '../demo/seed';
import type { TestApp } from '../test/harness';
import { errorOf, jsonRequest, openTestApp } from '../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp({ seed: true });
}, 120_000);
afterAll(async () => {
  await t?.close();
});

const CSV = [
  'user_id,event,timestamp,channel',
  'n1,signup,2024-07-01T10:00:00Z,ads',
  'n1,purchase,2024-07-02T10:00:00Z,ads',
].join('\n');
const upload = (form: Record<string, string> = {}) =>
  t.client.events.import({ file: new File([CSV], 'july.csv', { type: 'text/csv' }), ...form });

describe('data sets over HTTP', () => {
  it('lists the demo events as a data set', async () => {
    const listed = await t.client.dataSets.list();
    expect(listed).toEqual([
      expect.objectContaining({
        name: DEMO_EVENTS_DATA_SET,
        kind: 'events',
        source: 'ecom.csv.gz',
        author: 'import',
      }),
    ]);
    expect(listed[0]?.rows).toBe((await t.client.events.summary()).events);
    expect(listed[0]?.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('imports a file as a named data set and answers 409 for the same bytes unless forced', async () => {
    const before = (await t.client.events.summary()).events;
    const report = await upload({ dataSet: 'July campaign' });
    expect(report).toMatchObject({
      inserted: 2,
      dataSet: { name: 'July campaign', source: 'july.csv', rows: 2, author: 'local user' },
    });
    const again = await upload().catch((error: unknown) => error);
    expect(again).toBeInstanceOf(ApiError);
    expect(again).toMatchObject({
      status: 409,
      code: 'conflict',
      message: expect.stringContaining(
        `data set "July campaign" (${report.dataSet.id}) already holds this content`,
      ),
    });
    expect((await t.client.events.summary()).events).toBe(before + 2);
    const forced = await upload({ force: 'true' });
    expect(forced.dataSet.name).toBe('july.csv');
    expect((await t.client.events.summary()).events).toBe(before + 4);
    const taken = await upload({ force: 'true', dataSet: 'july CAMPAIGN' }).catch((error: unknown) => error);
    expect(taken).toMatchObject({ status: 409 });
    expect(await t.client.dataSets.list({ kind: 'survey' })).toEqual([]);
  });

  it('renames with a strict body and deletes all of a data set', async () => {
    const july = (await t.client.dataSets.list()).find((dataSet) => dataSet.name === 'July campaign');
    if (july === undefined) throw new Error('July campaign missing');
    expect((await t.client.dataSets.rename(july.id, 'July ads')).name).toBe('July ads');
    const extra = await jsonRequest(t.app, 'PUT', `/api/datasets/${july.id}`, { name: 'x', kind: 'survey' });
    expect(extra.status).toBe(400);
    const blank = await jsonRequest(t.app, 'PUT', `/api/datasets/${july.id}`, { name: '   ' });
    expect(blank.status).toBe(400);
    expect((await errorOf(blank)).path).toBe('body.name');
    const clash = await jsonRequest(t.app, 'PUT', `/api/datasets/${july.id}`, { name: 'july.csv' });
    expect(clash.status).toBe(409);
    const before = (await t.client.events.summary()).events;
    expect((await t.client.dataSets.delete(july.id)).deleted).toMatchObject({ id: july.id, rows: 2 });
    expect((await t.client.events.summary()).events).toBe(before - 2);
    const gone = await t.app.request(`/api/datasets/${july.id}`, { method: 'DELETE' });
    expect(gone.status).toBe(404);
    const badId = await t.app.request('/api/datasets/not-an-id', { method: 'DELETE' });
    expect(badId.status).toBe(404);
    expect((await t.client.dataSets.list()).map((dataSet) => dataSet.name)).toEqual([
      DEMO_EVENTS_DATA_SET,
      'july.csv',
    ]);
  });

  it('documents the data set routes in OpenAPI', async () => {
    const doc = (await (await t.app.request('/api/openapi.json')).json()) as {
      paths: Record<string, object>;
    };
    expect(Object.keys(doc.paths['/api/datasets'] ?? {})).toEqual(['get']);
    expect(Object.keys(doc.paths['/api/datasets/{id}'] ?? {}).sort()).toEqual(['delete', 'put']);
  });
});
