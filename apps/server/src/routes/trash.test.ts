import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRASH_RETENTION_DAYS, trashCutoff } from '@waymark/api';
import { errorOf, jsonRequest, openTestApp } from '../test/harness';
import type { TestApp } from '../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp({ seed: false });
});
afterAll(async () => {
  await t.close();
});

const DAY = 86_400_000;

describe('trash routes', () => {
  it('deletes a map to the trash, lists it with its purge time, restores it as it was', async () => {
    const { client } = t;
    const created = await client.journeys.create({ templateId: 'purchase', title: 'Gift shop' });
    const id = created.journey.id;
    await client.journeys.save(id, {
      journey: { ...created.journey, title: 'Gift shop v2' },
      baseRevision: 1,
    });

    const { trashed } = await client.journeys.delete(id, 2);
    expect(trashed).toMatchObject({ id, title: 'Gift shop v2', revision: 2, mapType: 'current_state' });
    expect(Date.parse(trashed.purgeAt) - Date.parse(trashed.deletedAt)).toBe(TRASH_RETENTION_DAYS * DAY);
    expect((await client.journeys.list()).map((j) => j.id)).not.toContain(id);
    expect(await client.trash.list()).toEqual([trashed]);
    await expect(client.journeys.get(id)).rejects.toMatchObject({ status: 404 });
    await expect(client.journeys.history(id)).rejects.toMatchObject({ status: 404 });
    await expect(
      client.journeys.save(id, { journey: created.journey, baseRevision: 2 }),
    ).rejects.toMatchObject({ status: 404, message: `journey "${id}" is in the trash: restore it first` });

    const back = await client.trash.undelete(id);
    expect(back).toMatchObject({ revision: 2, journey: { title: 'Gift shop v2' } });
    expect((await client.journeys.history(id)).map((r) => r.revision)).toEqual([1, 2]);
    expect(await client.trash.list()).toEqual([]);
    await expect(client.trash.undelete(id)).rejects.toMatchObject({ status: 404 });
    await expect(client.trash.purge(id)).rejects.toMatchObject({
      status: 404,
      message: `journey "${id}" is not in the trash`,
    });
  });

  it('purges a map for good, and maps past the retention time before listing or restoring', async () => {
    const { client, opened } = t;
    const [a, b] = [
      await client.journeys.create({ templateId: 'purchase', title: 'A' }),
      await client.journeys.create({ templateId: 'purchase', title: 'B' }),
    ];
    await client.journeys.delete(a.journey.id);
    await client.journeys.delete(b.journey.id);
    expect(await client.trash.purge(a.journey.id)).toEqual({ purged: a.journey.id });
    expect((await client.trash.list()).map((j) => j.id)).toEqual([b.journey.id]);
    await expect(client.trash.undelete(a.journey.id)).rejects.toMatchObject({ status: 404 });

    const maps = opened.deps.maps;
    expect(await maps.purgeTrash({ deletedBefore: trashCutoff() })).toEqual([]);
    const later = Date.now() + (TRASH_RETENTION_DAYS + 1) * DAY;
    expect(await maps.purgeTrash({ deletedBefore: trashCutoff(later) })).toEqual([b.journey.id]);
    expect(await client.trash.list()).toEqual([]);
  });

  it('duplicates a map with new ids, a copy title and its own history', async () => {
    const { client } = t;
    const created = await client.journeys.create({
      templateId: 'service-blueprint',
      title: 'Clinic',
      locale: 'th',
    });
    const id = created.journey.id;
    const copy = await client.journeys.duplicate(id);
    expect(copy.revision).toBe(1);
    expect(copy.journey.id).not.toBe(id);
    expect(copy.journey.title).toBe('สำเนาของ Clinic');
    expect(copy.journey.stages.map((s) => s.name)).toEqual(created.journey.stages.map((s) => s.name));
    const oldIds = new Set([...created.journey.stages, ...created.journey.lanes].map((x) => x.id));
    expect([...copy.journey.stages, ...copy.journey.lanes].filter((x) => oldIds.has(x.id))).toEqual([]);
    expect(copy.journey.dividers.map((d) => d.kind)).toEqual(created.journey.dividers.map((d) => d.kind));
    expect(await client.journeys.history(copy.journey.id)).toEqual([
      expect.objectContaining({ revision: 1, action: 'create', message: `Duplicated from ${id} revision 1` }),
    ]);
    expect((await client.journeys.duplicate(id, { title: 'Clinic B' })).journey.title).toBe('Clinic B');
    expect((await client.journeys.get(id)).revision).toBe(1);
  });

  it('renames a map as one new revision, refusing a stale base and a blank title', async () => {
    const { app, client } = t;
    const created = await client.journeys.create({ templateId: 'purchase', title: 'Web shop' });
    const id = created.journey.id;
    const renamed = await client.journeys.rename(id, { title: '  ร้านค้าออนไลน์  ' });
    expect(renamed).toMatchObject({ revision: 2, journey: { title: 'ร้านค้าออนไลน์' } });
    expect(renamed.journey.stages).toEqual(created.journey.stages);
    expect((await client.journeys.history(id)).at(-1)).toMatchObject({
      revision: 2,
      message: 'Renamed to ร้านค้าออนไลน์',
    });
    expect((await client.journeys.rename(id, { title: 'ร้านค้าออนไลน์' })).revision).toBe(2);
    await expect(client.journeys.rename(id, { title: 'Old base', baseRevision: 1 })).rejects.toMatchObject({
      status: 409,
    });
    expect((await client.journeys.rename(id, { title: 'Shop', baseRevision: 2 })).revision).toBe(3);
    let res = await jsonRequest(app, 'POST', `/api/journeys/${id}/rename`, { title: '   ' });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).path).toBe('body.title');
    res = await jsonRequest(app, 'POST', `/api/journeys/${id}/rename`, { title: 'x', colour: 'red' });
    expect(res.status).toBe(400);
    res = await jsonRequest(app, 'POST', '/api/journeys/no-such-map/rename', { title: 'x' });
    expect(res.status).toBe(404);
    await client.journeys.delete(id);
    res = await jsonRequest(app, 'POST', `/api/journeys/${id}/rename`, { title: 'x' });
    expect(res.status).toBe(404);
  });

  it('answers 400 for bad input and 404 for unknown maps', async () => {
    const { app, client } = t;
    const created = await client.journeys.create({ templateId: 'purchase' });
    const id = created.journey.id;
    let res = await jsonRequest(app, 'POST', `/api/journeys/${id}/duplicate`, { title: '' });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).path).toBe('body.title');
    res = await jsonRequest(app, 'POST', `/api/journeys/${id}/duplicate`, { name: 'x' });
    expect(res.status).toBe(400);
    res = await jsonRequest(app, 'POST', '/api/journeys/no-such-map/duplicate', {});
    expect(res.status).toBe(404);
    res = await jsonRequest(app, 'POST', `/api/journeys/${id}/duplicate`, { workspaceId: 'nowhere' });
    expect(res.status).toBe(404);
    expect((await errorOf(res)).path).toBe('body.workspaceId');
    res = await app.request('/api/journeys/no-such-map', { method: 'DELETE' });
    expect(res.status).toBe(404);
    res = await app.request('/api/trash/no-such-map', { method: 'DELETE' });
    expect(res.status).toBe(404);
    res = await app.request('/api/trash?color=red');
    expect(res.status).toBe(400);
  });
});
