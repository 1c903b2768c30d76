import { describe, expect, it } from 'vitest';
import type { ConformanceContext } from './conformance';
import { ConflictError, NotFoundError } from './errors';
import type { MapStore } from './port';
import { makeJourney, makeWorkspace } from './test-factories';

/** Conformance tests of workspaces, journeys, revisions, history, restore and stale writes. */
export function journeyConformance(ctx: ConformanceContext): void {
  async function workspace(store: MapStore): Promise<string> {
    return (await store.createWorkspace(makeWorkspace())).id;
  }

  describe('workspaces', () => {
    it('creates, gets and lists workspaces; refuses an existing id', async () => {
      const store = ctx.store();
      const a = makeWorkspace({ name: 'Retail' });
      const b = makeWorkspace({ name: 'Banking', locale: 'th' });
      expect(await store.createWorkspace(a)).toEqual(a);
      await store.createWorkspace(b);
      expect(await store.getWorkspace(b.id)).toEqual(b);
      expect(await store.getWorkspace('no-such-workspace')).toBeUndefined();
      const ids = (await store.listWorkspaces()).map((w) => w.id);
      expect(ids).toEqual(expect.arrayContaining([a.id, b.id]));
      expect(ids.indexOf(a.id)).toBeLessThan(ids.indexOf(b.id));
      await expect(store.createWorkspace({ ...a, name: 'Other' })).rejects.toBeInstanceOf(ConflictError);
      expect(await store.getWorkspace(a.id)).toEqual(a);
    });
  });

  describe('journeys and revisions', () => {
    it('creates a journey at revision 1 and gets it back', async () => {
      const store = ctx.store();
      const ws = await workspace(store);
      const journey = makeJourney();
      const stored = await store.createJourney(ws, journey, { author: 'test' });
      expect(stored.revision).toBe(1);
      expect(stored.workspaceId).toBe(ws);
      expect(stored.journey).toEqual(journey);
      expect(new Date(stored.updatedAt).toISOString()).toBe(stored.updatedAt);
      expect(await store.getJourney(journey.id)).toEqual(stored);
      expect(await store.getJourney('no-such-journey')).toBeUndefined();
    });

    it('refuses a journey in a workspace that does not exist', async () => {
      const journey = makeJourney();
      await expect(
        ctx.store().createJourney('no-such-workspace', journey, { author: 'test' }),
      ).rejects.toBeInstanceOf(NotFoundError);
      expect(await ctx.store().getJourney(journey.id)).toBeUndefined();
    });

    it('makes a revision on every write and gets any revision', async () => {
      const store = ctx.store();
      const ws = await workspace(store);
      const v1 = makeJourney({ title: 'Version one' });
      await store.createJourney(ws, v1, { author: 'test' });
      const v2 = { ...v1, title: 'Version two' };
      const v3 = { ...v1, title: 'Version three', mapType: 'future_state' as const };
      expect((await store.saveJourney(v2, { author: 'test', baseRevision: 1 })).revision).toBe(2);
      expect((await store.saveJourney(v3, { author: 'test', baseRevision: 2 })).revision).toBe(3);
      expect((await store.getJourney(v1.id))?.journey).toEqual(v3);
      expect((await store.getJourney(v1.id, 1))?.journey).toEqual(v1);
      expect((await store.getJourney(v1.id, 2))?.journey).toEqual(v2);
      expect((await store.getJourney(v1.id, 2))?.revision).toBe(2);
      expect(await store.getJourney(v1.id, 4)).toBeUndefined();

      const summaries = await store.listJourneys(ws);
      expect(summaries).toEqual([
        expect.objectContaining({
          id: v1.id,
          workspaceId: ws,
          title: 'Version three',
          mapType: 'future_state',
          journeyKind: 'purchase',
          locale: 'en',
          personaIds: [],
          revision: 3,
        }),
      ]);
      expect((await store.listJourneys()).map((s) => s.id)).toContain(v1.id);
    });

    it('lists only the given workspace, most recently updated first', async () => {
      const store = ctx.store();
      const ws = await workspace(store);
      const other = await workspace(store);
      const older = makeJourney({ title: 'Older' });
      const newer = makeJourney({ title: 'Newer' });
      await store.createJourney(ws, older, { author: 'test' });
      await store.createJourney(ws, newer, { author: 'test' });
      await store.createJourney(other, makeJourney(), { author: 'test' });
      await store.saveJourney({ ...older, title: 'Older, edited' }, { author: 'test', baseRevision: 1 });
      expect((await store.listJourneys(ws)).map((s) => s.title)).toEqual(['Older, edited', 'Newer']);
    });

    it('lists the persona ids of the current revision, in document order', async () => {
      const store = ctx.store();
      const ws = await workspace(store);
      const named = makeJourney({ personaIds: ['persona-b', 'persona-a'] });
      const none = makeJourney();
      await store.createJourney(ws, named, { author: 'test' });
      await store.createJourney(ws, none, { author: 'test' });
      const personasOf = async (): Promise<Record<string, string[]>> =>
        Object.fromEntries((await store.listJourneys(ws)).map((s) => [s.id, s.personaIds]));
      expect(await personasOf()).toEqual({ [named.id]: ['persona-b', 'persona-a'], [none.id]: [] });

      await store.saveJourney({ ...named, personaIds: ['persona-c'] }, { author: 'test', baseRevision: 1 });
      await store.saveJourney({ ...none, personaIds: ['persona-a'] }, { author: 'test', baseRevision: 1 });
      expect(await personasOf()).toEqual({ [named.id]: ['persona-c'], [none.id]: ['persona-a'] });
      expect((await store.listJourneys()).find((s) => s.id === named.id)?.personaIds).toEqual(['persona-c']);
    });

    it('keeps history oldest first with action and message', async () => {
      const store = ctx.store();
      const ws = await workspace(store);
      const journey = makeJourney();
      await store.createJourney(ws, journey, { author: 'test', message: 'first draft' });
      await store.saveJourney(
        { ...journey, title: 'Renamed' },
        { author: 'test', baseRevision: 1, message: 'rename' },
      );
      await store.saveJourney(
        { ...journey, title: 'Imported' },
        { author: 'test', baseRevision: 'force', action: 'import' },
      );
      const revisions = await store.history(journey.id);
      expect(revisions.map((r) => [r.revision, r.action, r.message])).toEqual([
        [1, 'create', 'first draft'],
        [2, 'save', 'rename'],
        [3, 'import', undefined],
      ]);
      expect(revisions.every((r) => r.journeyId === journey.id)).toBe(true);
      const times = revisions.map((r) => Date.parse(r.createdAt));
      expect(times.every((t, i) => Number.isFinite(t) && (i === 0 || t >= (times[i - 1] ?? 0)))).toBe(true);
      await expect(store.history('no-such-journey')).rejects.toBeInstanceOf(NotFoundError);
    });

    it('restores an old revision as a new revision with equal content', async () => {
      const store = ctx.store();
      const ws = await workspace(store);
      const v1 = makeJourney({ title: 'Original' });
      await store.createJourney(ws, v1, { author: 'test' });
      await store.saveJourney({ ...v1, title: 'Changed', items: [] }, { author: 'test', baseRevision: 1 });
      const restored = await store.restore(v1.id, 1, { author: 'test', baseRevision: 2 });
      expect(restored.revision).toBe(3);
      expect(restored.journey).toEqual(v1);
      expect((await store.getJourney(v1.id))?.journey).toEqual(v1);
      const last = (await store.history(v1.id)).at(-1);
      expect(last).toMatchObject({ revision: 3, action: 'restore', message: 'restored revision 1' });
      await expect(store.restore(v1.id, 1, { author: 'test', baseRevision: 2 })).rejects.toBeInstanceOf(
        ConflictError,
      );
      await expect(store.restore(v1.id, 9, { author: 'test', baseRevision: 3 })).rejects.toBeInstanceOf(
        NotFoundError,
      );
      expect((await store.getJourney(v1.id))?.revision).toBe(3);
    });
  });

  describe('stale writes', () => {
    it('refuses a write based on a stale revision and changes nothing', async () => {
      const store = ctx.store();
      const ws = await workspace(store);
      const journey = makeJourney();
      await store.createJourney(ws, journey, { author: 'test' });
      const second = await store.saveJourney(
        { ...journey, title: 'Second' },
        { author: 'test', baseRevision: 1 },
      );
      const error = await store
        .saveJourney({ ...journey, title: 'Lost update' }, { author: 'test', baseRevision: 1 })
        .catch((e) => e);
      expect(error).toBeInstanceOf(ConflictError);
      expect(error).toMatchObject({ current: 2, base: 1, kind: 'journey', id: journey.id });
      expect((error as ConflictError).message).toBe(
        `journey "${journey.id}" is at revision 2, but this write was based on revision 1: reload it and try again`,
      );
      expect(await store.getJourney(journey.id)).toEqual(second);
      expect(await store.history(journey.id)).toHaveLength(2);
    });

    it('lets exactly one of several concurrent writers on the same base win', async () => {
      const store = ctx.store();
      const ws = await workspace(store);
      const journey = makeJourney();
      await store.createJourney(ws, journey, { author: 'test' });
      const titles = ['A', 'B', 'C', 'D', 'E'].map((t) => `Writer ${t}`);
      const results = await Promise.allSettled(
        titles.map((title) => store.saveJourney({ ...journey, title }, { author: 'test', baseRevision: 1 })),
      );
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r) => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost.every((r) => r.reason instanceof ConflictError)).toBe(true);
      const current = await store.getJourney(journey.id);
      expect(current?.revision).toBe(2);
      expect(won[0]?.status === 'fulfilled' && won[0].value.journey.title).toBe(current?.journey.title);
      expect(await store.history(journey.id)).toHaveLength(2);
    });

    it('serialises concurrent forced writes into consecutive revisions', async () => {
      const store = ctx.store();
      const ws = await workspace(store);
      const journey = makeJourney();
      await store.createJourney(ws, journey, { author: 'test' });
      const saved = await Promise.all(
        [1, 2, 3, 4].map((n) =>
          store.saveJourney({ ...journey, title: `Forced ${n}` }, { author: 'test', baseRevision: 'force' }),
        ),
      );
      expect(saved.map((s) => s.revision).sort()).toEqual([2, 3, 4, 5]);
      expect((await store.history(journey.id)).map((r) => r.revision)).toEqual([1, 2, 3, 4, 5]);
    });

    it('refuses to create a journey whose id exists, even concurrently', async () => {
      const store = ctx.store();
      const ws = await workspace(store);
      const journey = makeJourney();
      await store.createJourney(ws, journey, { author: 'test' });
      const error = await store
        .createJourney(ws, { ...journey, title: 'Impostor' }, { author: 'test' })
        .catch((e) => e);
      expect(error).toBeInstanceOf(ConflictError);
      expect((error as Error).message).toContain(`journey "${journey.id}" already exists`);
      expect((await store.getJourney(journey.id))?.journey.title).toBe(journey.title);

      const twin = makeJourney();
      const results = await Promise.allSettled(
        [1, 2, 3].map(() => store.createJourney(ws, twin, { author: 'test' })),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect(
        results.filter((r) => r.status === 'rejected' && r.reason instanceof ConflictError),
      ).toHaveLength(2);
      expect(await store.history(twin.id)).toHaveLength(1);
    });

    it('refuses saving a journey that does not exist', async () => {
      await expect(
        ctx.store().saveJourney(makeJourney(), { author: 'test', baseRevision: 'force' }),
      ).rejects.toBeInstanceOf(NotFoundError);
    });
  });

  describe('delete, trash and purge', () => {
    it('moves a deleted journey to the trash, hidden from reads and writes, refusing a stale base', async () => {
      const store = ctx.store();
      const ws = await workspace(store);
      const journey = makeJourney();
      await store.createJourney(ws, journey, { author: 'test' });
      await store.saveJourney({ ...journey, title: 'Two' }, { author: 'test', baseRevision: 1 });
      await expect(store.deleteJourney(journey.id, { baseRevision: 1 })).rejects.toBeInstanceOf(
        ConflictError,
      );
      expect((await store.getJourney(journey.id))?.revision).toBe(2);

      const trashed = await store.deleteJourney(journey.id, { baseRevision: 2 });
      expect(trashed).toMatchObject({ id: journey.id, workspaceId: ws, title: 'Two', revision: 2 });
      expect(new Date(trashed.deletedAt).toISOString()).toBe(trashed.deletedAt);
      expect(await store.getJourney(journey.id)).toBeUndefined();
      expect(await store.getJourney(journey.id, 1)).toBeUndefined();
      expect((await store.listJourneys(ws)).map((s) => s.id)).not.toContain(journey.id);
      expect((await store.listJourneys()).map((s) => s.id)).not.toContain(journey.id);
      expect(await store.listTrash(ws)).toEqual([trashed]);
      await expect(store.history(journey.id)).rejects.toBeInstanceOf(NotFoundError);
      const write = await store
        .saveJourney(journey, { author: 'test', baseRevision: 'force' })
        .catch((e) => e);
      expect(write).toBeInstanceOf(NotFoundError);
      expect((write as Error).message).toBe(`journey "${journey.id}" is in the trash: restore it first`);
      await expect(store.restore(journey.id, 1, { author: 'test', baseRevision: 2 })).rejects.toBeInstanceOf(
        NotFoundError,
      );
      await expect(store.deleteJourney(journey.id, { baseRevision: 'force' })).rejects.toBeInstanceOf(
        NotFoundError,
      );
      const again = await store.createJourney(ws, journey, { author: 'test' }).catch((e) => e);
      expect(again).toBeInstanceOf(ConflictError);
      expect((again as Error).message).toContain('is in the trash');
      await expect(store.deleteJourney('no-such-journey', { baseRevision: 'force' })).rejects.toBeInstanceOf(
        NotFoundError,
      );
    });

    it('undeletes a journey as it was, with its history, writing no revision', async () => {
      const store = ctx.store();
      const ws = await workspace(store);
      const journey = makeJourney();
      await store.createJourney(ws, journey, { author: 'test', message: 'first' });
      const second = await store.saveJourney(
        { ...journey, title: 'Second' },
        { author: 'test', baseRevision: 1 },
      );
      await store.deleteJourney(journey.id, { baseRevision: 2 });
      const back = await store.undeleteJourney(journey.id);
      expect(back).toMatchObject({ workspaceId: ws, revision: 2, journey: second.journey });
      expect(await store.getJourney(journey.id)).toEqual(back);
      expect((await store.history(journey.id)).map((r) => [r.revision, r.message])).toEqual([
        [1, 'first'],
        [2, undefined],
      ]);
      expect((await store.listJourneys(ws)).map((s) => s.id)).toEqual([journey.id]);
      expect(await store.listTrash(ws)).toEqual([]);
      expect(
        (await store.saveJourney({ ...journey, title: 'Third' }, { author: 'test', baseRevision: 2 }))
          .revision,
      ).toBe(3);
      const notTrashed = await store.undeleteJourney(journey.id).catch((e) => e);
      expect(notTrashed).toBeInstanceOf(NotFoundError);
      expect((notTrashed as Error).message).toBe(`journey "${journey.id}" is not in the trash`);
      await expect(store.purgeJourney(journey.id)).rejects.toBeInstanceOf(NotFoundError);
      expect((await store.getJourney(journey.id))?.revision).toBe(3);
    });

    it('lists the trash per workspace, most recently deleted first, and survives a reopen', async () => {
      const store = ctx.store();
      const ws = await workspace(store);
      const other = await workspace(store);
      const first = makeJourney({ title: 'First deleted' });
      const second = makeJourney({ title: 'Second deleted' });
      const elsewhere = makeJourney();
      for (const j of [first, second]) await store.createJourney(ws, j, { author: 'test' });
      await store.createJourney(other, elsewhere, { author: 'test' });
      await store.deleteJourney(first.id, { baseRevision: 1 });
      await store.deleteJourney(second.id, { baseRevision: 1 });
      await store.deleteJourney(elsewhere.id, { baseRevision: 1 });
      expect((await store.listTrash(ws)).map((t) => t.title)).toEqual(['Second deleted', 'First deleted']);
      expect((await store.listTrash()).map((t) => t.id)).toEqual(
        expect.arrayContaining([first.id, second.id, elsewhere.id]),
      );
      const reopened = await ctx.reopen();
      expect((await reopened.listTrash(ws)).map((t) => t.id)).toEqual([second.id, first.id]);
      expect(await reopened.getJourney(first.id)).toBeUndefined();
    });

    it('purges one journey of the trash with its revisions, and the trash by age', async () => {
      const store = ctx.store();
      const ws = await workspace(store);
      const [a, b, c] = [makeJourney(), makeJourney(), makeJourney()];
      for (const j of [a, b, c]) await store.createJourney(ws, j, { author: 'test' });
      await store.saveJourney({ ...a, title: 'A2' }, { author: 'test', baseRevision: 1 });
      await store.deleteJourney(a.id, { baseRevision: 2 });
      await store.deleteJourney(b.id, { baseRevision: 1 });
      await store.purgeJourney(a.id);
      expect((await store.listTrash(ws)).map((t) => t.id)).toEqual([b.id]);
      await expect(store.undeleteJourney(a.id)).rejects.toBeInstanceOf(NotFoundError);
      expect((await store.createJourney(ws, a, { author: 'test' })).revision).toBe(1);
      expect((await store.history(a.id)).map((r) => r.revision)).toEqual([1]);

      const past = new Date(Date.now() - 3_600_000).toISOString();
      expect(await store.purgeTrash({ workspaceId: ws, deletedBefore: past })).toEqual([]);
      await store.deleteJourney(c.id, { baseRevision: 1 });
      const future = new Date(Date.now() + 3_600_000).toISOString();
      expect(await store.purgeTrash({ workspaceId: ws, deletedBefore: future })).toEqual([b.id, c.id].sort());
      expect(await store.listTrash(ws)).toEqual([]);
      expect((await store.listJourneys(ws)).map((s) => s.id)).toEqual([a.id]);
      await expect(store.purgeTrash({ deletedBefore: 'yesterday' })).rejects.toThrow(/ISO time/);
    });

    it('deletes and undeletes inside a transaction all or nothing', async () => {
      const store = ctx.store();
      const ws = await workspace(store);
      const journey = makeJourney();
      await store.createJourney(ws, journey, { author: 'test' });
      await expect(
        store.transaction(async (tx) => {
          await tx.deleteJourney(journey.id, { baseRevision: 1 });
          throw new Error('changed my mind');
        }),
      ).rejects.toThrow('changed my mind');
      expect((await store.getJourney(journey.id))?.revision).toBe(1);
      expect(await store.listTrash(ws)).toEqual([]);
    });
  });
}
