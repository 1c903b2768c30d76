import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, endpoints } from '@waymark/api';
import { errorOf, jsonRequest, openTestApp } from '../test/harness';
import type { TestApp } from '../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp({ seed: false });
});
afterAll(async () => {
  await t.close();
});

describe('journey routes', () => {
  it('creates from a template, saves revisions, refuses a stale save with 409, diffs and restores', async () => {
    const { client } = t;
    const templates = await client.templates.list({ locale: 'en' });
    expect(templates.length).toBeGreaterThan(0);
    const template = templates[0];
    if (!template) throw new Error('no template');
    expect(template.stages.length).toBeGreaterThan(0);

    const created = await client.journeys.create({ templateId: template.id, title: 'Checkout study' });
    expect(created.revision).toBe(1);
    expect(created.journey.title).toBe('Checkout study');
    const id = created.journey.id;

    expect((await client.journeys.list()).map((j) => j.id)).toContain(id);
    expect((await client.journeys.get(id)).revision).toBe(1);

    const renamed = { ...created.journey, title: 'Checkout study v2' };
    const saved = await client.journeys.save(id, { journey: renamed, baseRevision: 1, message: 'rename' });
    expect(saved.revision).toBe(2);

    // A second editor still on revision 1 must not overwrite revision 2.
    const stale = client.journeys.save(id, {
      journey: { ...created.journey, title: 'Other' },
      baseRevision: 1,
    });
    await expect(stale).rejects.toBeInstanceOf(ApiError);
    const error = await stale.catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 409, code: 'conflict' });
    expect(String(error instanceof Error ? error.message : '')).toMatch(/revision 2.*revision 1/);
    expect((await client.journeys.get(id)).journey.title).toBe('Checkout study v2');

    expect((await client.journeys.getRevision(id, 1)).journey.title).toBe('Checkout study');
    const history = await client.journeys.history(id);
    expect(history.map((h) => h.revision)).toEqual([1, 2]);

    const diff = await client.journeys.diff(id, 1, 2);
    expect(diff.changes).toContainEqual(
      expect.objectContaining({
        kind: 'changed',
        entity: 'journey',
        field: 'title',
        before: 'Checkout study',
        after: 'Checkout study v2',
      }),
    );

    const restored = await client.journeys.restore(id, { revision: 1, baseRevision: 2 });
    expect(restored.revision).toBe(3);
    expect(restored.journey.title).toBe('Checkout study');

    await expect(client.journeys.delete(id, 2)).rejects.toMatchObject({ status: 409 });
    expect(await client.journeys.delete(id, 3)).toMatchObject({ deleted: id, trashed: { id, revision: 3 } });
    await expect(client.journeys.get(id)).rejects.toMatchObject({ status: 404, code: 'not_found' });
  });

  it('records the local user, folds a burst of autosaves into one entry, and labels revisions', async () => {
    const { app, client } = t;
    const created = await client.journeys.create({ templateId: 'purchase', title: 'Autosaved' });
    const id = created.journey.id;
    let revision = created.revision;
    for (const title of ['A', 'B', 'C'])
      revision = (
        await client.journeys.save(id, { journey: { ...created.journey, title }, baseRevision: revision })
      ).revision;
    expect(revision).toBe(4);
    const history = await client.journeys.history(id);
    expect(history.map((h) => [h.revision, h.action, h.author, h.saves])).toEqual([
      [1, 'create', 'local user', 1],
      [4, 'save', 'local user', 3],
    ]);
    // A folded revision stays readable, and a writer still on it is refused.
    expect((await client.journeys.getRevision(id, 2)).journey.title).toBe('A');
    await expect(
      client.journeys.save(id, { journey: created.journey, baseRevision: 3 }),
    ).rejects.toMatchObject({ status: 409 });

    expect(await client.journeys.label(id, 4, 'Q3 baseline')).toMatchObject({
      revision: 4,
      label: 'Q3 baseline',
    });
    await client.journeys.save(id, { journey: { ...created.journey, title: 'D' }, baseRevision: 4 });
    expect((await client.journeys.history(id)).map((h) => [h.revision, h.label])).toEqual([
      [1, undefined],
      [4, 'Q3 baseline'],
      [5, undefined],
    ]);
    expect(await client.journeys.label(id, 4, null)).not.toHaveProperty('label');

    let res = await jsonRequest(app, 'PUT', `/api/journeys/${id}/revisions/4/label`, {
      label: 'x'.repeat(101),
    });
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toMatchObject({ code: 'invalid_request', path: 'body.label' });
    res = await jsonRequest(app, 'PUT', `/api/journeys/${id}/revisions/4/label`, { label: 'ok', extra: 1 });
    expect(res.status).toBe(400);
    res = await jsonRequest(app, 'PUT', `/api/journeys/${id}/revisions/99/label`, { label: 'Missing' });
    expect(res.status).toBe(404);
    expect(await errorOf(res)).toMatchObject({ code: 'not_found', path: 'params.revision' });
  });

  it('keeps the state before a restore as a listed revision, even at the end of an autosave burst', async () => {
    const { client } = t;
    const created = await client.journeys.create({ templateId: 'purchase', title: 'Before restore' });
    const id = created.journey.id;
    let revision = created.revision;
    for (const title of ['Draft one', 'Draft two'])
      revision = (
        await client.journeys.save(id, { journey: { ...created.journey, title }, baseRevision: revision })
      ).revision;
    const restored = await client.journeys.restore(id, { revision: 1, baseRevision: revision });
    expect(restored.journey.title).toBe('Before restore');
    const history = await client.journeys.history(id);
    expect(history.map((h) => [h.revision, h.action, h.saves])).toEqual([
      [1, 'create', 1],
      [3, 'save', 2],
      [4, 'restore', 1],
    ]);
    expect((await client.journeys.getRevision(id, 3)).journey.title).toBe('Draft two');
    // The next autosave starts a new entry instead of folding into the restore.
    await client.journeys.save(id, { journey: { ...restored.journey, title: 'After' }, baseRevision: 4 });
    expect((await client.journeys.history(id)).map((h) => h.revision)).toEqual([1, 3, 4, 5]);
  });

  it('answers 400 with the field path for invalid input', async () => {
    const { app, client } = t;
    const created = await client.journeys.create({ templateId: 'purchase' });
    const id = created.journey.id;

    const badStage = { ...created.journey, stages: [{ ...created.journey.stages[0], name: '' }] };
    let res = await jsonRequest(app, 'PUT', `/api/journeys/${id}`, { journey: badStage, baseRevision: 1 });
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toMatchObject({
      code: 'invalid_request',
      path: 'body.journey.stages[0].name',
    });

    res = await jsonRequest(app, 'PUT', `/api/journeys/${id}`, {
      journey: created.journey,
      baseRevision: 'one',
    });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).path).toBe('body.baseRevision');

    res = await jsonRequest(app, 'PUT', `/api/journeys/${id}`, {
      journey: { ...created.journey, id: 'other' },
      baseRevision: 1,
    });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).path).toBe('body.journey.id');

    res = await jsonRequest(app, 'POST', '/api/journeys', { templateId: 'no-such-template' });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toMatch(/no-such-template/);

    res = await jsonRequest(app, 'POST', '/api/journeys', { templateId: 'purchase', locale: 'xx' });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).path).toBe('body.locale');

    res = await app.request(`/api/journeys/${id}/diff?from=1&to=abc`);
    expect(res.status).toBe(400);
    expect((await errorOf(res)).path).toBe('query.to');

    res = await app.request('/api/journeys/bad%20id');
    expect(res.status).toBe(400);
    expect((await errorOf(res)).path).toBe('params.id');

    res = await app.request(`/api/journeys/${id}/revisions/9`);
    expect(res.status).toBe(404);
    expect((await errorOf(res)).path).toBe('params.revision');

    res = await app.request('/api/nothing-here');
    expect(res.status).toBe(404);
    expect((await errorOf(res)).code).toBe('not_found');
  });

  it('lists, gets and creates workspaces', async () => {
    const { client, app } = t;
    const health = await client.health();
    expect(health.ok).toBe(true);
    const created = await client.workspaces.create({ id: 'team-a', name: 'Team A', locale: 'th' });
    expect(created.locale).toBe('th');
    expect((await client.workspaces.list()).map((w) => w.id)).toContain('team-a');
    expect((await client.workspaces.get('team-a')).name).toBe('Team A');
    await expect(
      client.workspaces.create({ id: 'team-a', name: 'Again', locale: 'en' }),
    ).rejects.toMatchObject({ status: 409 });
    const res = await jsonRequest(app, 'POST', '/api/workspaces', { id: 'x', name: '' });
    expect((await errorOf(res)).path).toBe('body.name');
    const th = await client.journeys.create({ templateId: 'purchase', workspaceId: 'team-a' });
    expect(th.journey.locale).toBe('th');
    expect((await client.journeys.list({ workspaceId: 'team-a' })).map((j) => j.id)).toEqual([th.journey.id]);
  });

  it('lists each journey with the personas it names', async () => {
    const { client } = t;
    await client.workspaces.create({ id: 'team-p', name: 'Team P', locale: 'en' });
    const named = await client.journeys.create({
      templateId: 'purchase',
      workspaceId: 'team-p',
      personaIds: ['buyer', 'browser'],
    });
    const none = await client.journeys.create({ templateId: 'purchase', workspaceId: 'team-p' });
    const listed = await client.journeys.list({ workspaceId: 'team-p' });
    expect(Object.fromEntries(listed.map((j) => [j.id, j.personaIds]))).toEqual({
      [named.journey.id]: ['buyer', 'browser'],
      [none.journey.id]: [],
    });
    const raw = await t.app.request('/api/journeys?workspaceId=team-p');
    expect(JSON.stringify(await raw.json())).toContain('"personaIds":["buyer","browser"]');
  });

  it('serves an OpenAPI document listing every route of the contract', async () => {
    const res = await t.app.request('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc: unknown = await res.json();
    const paths = typeof doc === 'object' && doc !== null && 'paths' in doc ? doc.paths : {};
    const listed = new Set<string>();
    for (const [path, ops] of Object.entries(paths ?? {})) {
      for (const method of Object.keys(ops ?? {})) listed.add(`${method} ${path}`);
    }
    const expected = Object.values(endpoints).map((e) => `${e.method} ${e.path}`);
    expect(expected.length).toBeGreaterThan(30);
    for (const route of expected) expect(listed, route).toContain(route);
  });

  it('says how to build the web app when it is not built', async () => {
    const res = await t.app.request('/some/page');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('npx vite build apps/web');
  });
});
