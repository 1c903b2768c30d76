import type { Journey } from '@waymark/domain';
import { ValidationError } from '@waymark/domain';
import { describe, expect, it } from 'vitest';
import type { ConformanceContext } from './conformance';
import { ConflictError, NotFoundError, StoreClosedError } from './errors';
import { MULTILINGUAL, makeJourney, makePersona, makeWorkspace } from './test-factories';

/** Conformance tests of personas, transactions, text round trips, validation and reopening. */
export function recordConformance(ctx: ConformanceContext): void {
  describe('personas', () => {
    it('saves, lists, gets, refuses stale writes and deletes personas', async () => {
      const store = ctx.store();
      const ws = (await store.createWorkspace(makeWorkspace())).id;
      const other = (await store.createWorkspace(makeWorkspace())).id;
      const kim = makePersona({ name: 'Kim' });
      const ana = makePersona({ name: 'Ana' });
      const first = await store.savePersona(ws, kim, { author: 'test', baseRevision: 0 });
      expect(first).toMatchObject({ workspaceId: ws, revision: 1, persona: kim });
      await store.savePersona(ws, ana, { author: 'test', baseRevision: 0, message: 'added' });
      await store.savePersona(other, makePersona(), { author: 'test', baseRevision: 0 });
      expect(await store.getPersona(kim.id)).toEqual(first);
      expect(await store.getPersona('no-such-persona')).toBeUndefined();
      expect((await store.listPersonas(ws)).map((p) => p.persona.name)).toEqual(['Ana', 'Kim']);
      expect((await store.listPersonas()).map((p) => p.persona.id)).toEqual(
        expect.arrayContaining([kim.id, ana.id]),
      );

      const renamed = await store.savePersona(
        ws,
        { ...kim, name: 'Kim Lee' },
        { author: 'test', baseRevision: 1 },
      );
      expect(renamed.revision).toBe(2);
      const stale = await store
        .savePersona(ws, { ...kim, name: 'Lost' }, { author: 'test', baseRevision: 1 })
        .catch((e) => e);
      expect(stale).toBeInstanceOf(ConflictError);
      expect(stale).toMatchObject({ current: 2, base: 1 });
      await expect(store.savePersona(ws, kim, { author: 'test', baseRevision: 0 })).rejects.toBeInstanceOf(
        ConflictError,
      );
      await expect(
        store.savePersona(other, kim, { author: 'test', baseRevision: 'force' }),
      ).rejects.toBeInstanceOf(ConflictError);
      await expect(
        store.savePersona(ws, makePersona(), { author: 'test', baseRevision: 4 }),
      ).rejects.toBeInstanceOf(NotFoundError);
      await expect(
        store.savePersona('no-such-workspace', makePersona(), { author: 'test', baseRevision: 0 }),
      ).rejects.toBeInstanceOf(NotFoundError);
      expect(await store.getPersona(kim.id)).toEqual(renamed);

      await expect(store.deletePersona(kim.id, { baseRevision: 1 })).rejects.toBeInstanceOf(ConflictError);
      await store.deletePersona(kim.id, { baseRevision: 2 });
      expect(await store.getPersona(kim.id)).toBeUndefined();
      await expect(store.deletePersona(kim.id, { baseRevision: 'force' })).rejects.toBeInstanceOf(
        NotFoundError,
      );
      expect((await store.listPersonas(ws)).map((p) => p.persona.id)).toEqual([ana.id]);
    });

    it('lets exactly one of concurrent persona writers on the same base win', async () => {
      const store = ctx.store();
      const ws = (await store.createWorkspace(makeWorkspace())).id;
      const persona = makePersona();
      await store.savePersona(ws, persona, { author: 'test', baseRevision: 0 });
      const results = await Promise.allSettled(
        ['A', 'B', 'C'].map((n) =>
          store.savePersona(ws, { ...persona, name: n }, { author: 'test', baseRevision: 1 }),
        ),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect((await store.getPersona(persona.id))?.revision).toBe(2);
    });
  });

  describe('transactions', () => {
    it('rolls back every write when the work throws', async () => {
      const store = ctx.store();
      const ws = (await store.createWorkspace(makeWorkspace())).id;
      const existing = makeJourney();
      await store.createJourney(ws, existing, { author: 'test' });
      const fresh = makeJourney();
      const persona = makePersona();
      const newWs = makeWorkspace();
      const failure = new Error('import failed half way');
      await expect(
        store.transaction(async (tx) => {
          await tx.createWorkspace(newWs);
          await tx.createJourney(ws, fresh, { author: 'test', action: 'import' });
          await tx.savePersona(ws, persona, { author: 'test', baseRevision: 0 });
          await tx.saveJourney(
            { ...existing, title: 'Overwritten' },
            { author: 'test', baseRevision: 1, action: 'import' },
          );
          expect((await tx.getJourney(fresh.id))?.revision).toBe(1);
          throw failure;
        }),
      ).rejects.toBe(failure);
      expect(await store.getWorkspace(newWs.id)).toBeUndefined();
      expect(await store.getJourney(fresh.id)).toBeUndefined();
      expect(await store.getPersona(persona.id)).toBeUndefined();
      expect((await store.getJourney(existing.id))?.journey).toEqual(existing);
      expect(await store.history(existing.id)).toHaveLength(1);
    });

    it('commits every write together, and a caught nested failure undoes only its own writes', async () => {
      const store = ctx.store();
      const ws = (await store.createWorkspace(makeWorkspace())).id;
      const journey = makeJourney();
      const persona = makePersona();
      const dropped = makePersona();
      const result = await store.transaction(async (tx) => {
        await tx.createJourney(ws, journey, { author: 'test' });
        await tx.savePersona(ws, persona, { author: 'test', baseRevision: 0 });
        await tx
          .transaction(async (inner) => {
            await inner.savePersona(ws, dropped, { author: 'test', baseRevision: 0 });
            throw new Error('inner failure');
          })
          .catch(() => undefined);
        // A refused write inside the transaction does not spoil it either.
        await expect(tx.createJourney(ws, journey, { author: 'test' })).rejects.toBeInstanceOf(ConflictError);
        return 'done';
      });
      expect(result).toBe('done');
      expect((await store.getJourney(journey.id))?.revision).toBe(1);
      expect((await store.getPersona(persona.id))?.revision).toBe(1);
      expect(await store.getPersona(dropped.id)).toBeUndefined();
    });
  });

  describe('text in every script', () => {
    it('keeps Thai, Traditional Chinese, Persian and Vietnamese text byte for byte', async () => {
      const store = ctx.store();
      const ws = (await store.createWorkspace(makeWorkspace({ name: MULTILINGUAL.thai, locale: 'th' }))).id;
      const texts = Object.values(MULTILINGUAL);
      const journey: Journey = makeJourney({
        title: MULTILINGUAL.persian,
        description: texts.join('\n'),
        locale: 'fa',
        direction: 'rtl',
        stages: [
          { id: 's1', name: MULTILINGUAL.thai, matchers: [] },
          { id: 's2', name: MULTILINGUAL.chinese, matchers: [] },
        ],
        items: texts.map((text, i) => ({
          type: 'card' as const,
          id: `card-${i}`,
          stageId: i % 2 === 0 ? 's1' : 's2',
          laneId: 'thoughts',
          text,
          tags: [MULTILINGUAL.vietnameseNfd],
          evidence: [],
        })),
      });
      const persona = makePersona({ name: MULTILINGUAL.vietnameseNfd, quote: MULTILINGUAL.persian });
      await store.createJourney(ws, journey, { author: 'test' });
      await store.saveJourney(
        { ...journey, title: MULTILINGUAL.chinese },
        { author: 'test', baseRevision: 1 },
      );
      await store.savePersona(ws, persona, { author: 'test', baseRevision: 0 });

      // Every string in the value, in sorted key order (jsonb does not keep key order), as UTF-8 hex.
      const bytes = (value: unknown): string[] => {
        if (typeof value === 'string') return [Buffer.from(value, 'utf8').toString('hex')];
        if (Array.isArray(value)) return value.flatMap(bytes);
        if (value !== null && typeof value === 'object') {
          return Object.entries(value)
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .flatMap(([key, item]) => [key, ...bytes(item)]);
        }
        return [String(value)];
      };
      const first = await store.getJourney(journey.id, 1);
      expect(bytes(first?.journey)).toEqual(bytes(journey));
      expect((await store.getJourney(journey.id))?.journey.title).toBe(MULTILINGUAL.chinese);
      const items = first?.journey.items ?? [];
      expect(items.map((item) => item.text)).toEqual(texts);
      expect(items[0]?.tags[0]).toBe(MULTILINGUAL.vietnameseNfd);
      expect(items[0]?.tags[0]).not.toBe(MULTILINGUAL.vietnameseNfc);
      expect(bytes((await store.getPersona(persona.id))?.persona)).toEqual(bytes(persona));
      expect((await store.getWorkspace(ws))?.name).toBe(MULTILINGUAL.thai);
      const summary = (await store.listJourneys(ws))[0];
      expect(summary).toMatchObject({ title: MULTILINGUAL.chinese, locale: 'fa' });
    });
  });

  describe('validation', () => {
    it('refuses invalid documents with a validation error naming the field, writing nothing', async () => {
      const store = ctx.store();
      const ws = (await store.createWorkspace(makeWorkspace())).id;
      const broken = makeJourney({ items: [{ ...makeJourney().items[0]!, stageId: 'no-such-stage' }] });
      const invariant = await store.createJourney(ws, broken, { author: 'test' }).catch((e) => e);
      expect(invariant).toBeInstanceOf(ValidationError);
      expect((invariant as Error).message).toContain('$.items[0].stageId');
      expect(await store.getJourney(broken.id)).toBeUndefined();

      const journey = makeJourney();
      await store.createJourney(ws, journey, { author: 'test' });
      const noTitle = { ...journey, title: '' };
      await expect(store.saveJourney(noTitle, { author: 'test', baseRevision: 1 })).rejects.toThrow(
        /\$\.title/,
      );
      const nul = { ...journey, description: 'before\u0000after' };
      const nulError = await store.saveJourney(nul, { author: 'test', baseRevision: 1 }).catch((e) => e);
      expect(nulError).toBeInstanceOf(ValidationError);
      expect((nulError as Error).message).toContain('$.description');
      expect((await store.getJourney(journey.id))?.revision).toBe(1);

      await expect(
        store.savePersona(ws, makePersona({ name: '' }), { author: 'test', baseRevision: 0 }),
      ).rejects.toBeInstanceOf(ValidationError);
      await expect(store.createWorkspace(makeWorkspace({ id: 'has spaces' }))).rejects.toBeInstanceOf(
        ValidationError,
      );
    });
  });

  describe('reopening', () => {
    it('keeps everything after the store is closed and opened again', async () => {
      const store = ctx.store();
      const workspace = makeWorkspace({ name: MULTILINGUAL.chinese });
      await store.createWorkspace(workspace);
      const journey = makeJourney();
      await store.createJourney(workspace.id, journey, { author: 'test', message: 'before reopening' });
      const saved = await store.saveJourney(
        { ...journey, title: MULTILINGUAL.thai },
        { author: 'test', baseRevision: 1 },
      );
      const persona = await store.savePersona(workspace.id, makePersona(), {
        author: 'test',
        baseRevision: 0,
      });
      const historyBefore = await store.history(journey.id);

      const reopened = await ctx.reopen();
      await expect(store.getJourney(journey.id)).rejects.toBeInstanceOf(StoreClosedError);
      expect(await reopened.getWorkspace(workspace.id)).toEqual(workspace);
      expect(await reopened.getJourney(journey.id)).toEqual(saved);
      expect((await reopened.getJourney(journey.id, 1))?.journey).toEqual(journey);
      expect(await reopened.history(journey.id)).toEqual(historyBefore);
      expect(await reopened.getPersona(persona.persona.id)).toEqual(persona);
      expect((await reopened.saveJourney(journey, { author: 'test', baseRevision: 2 })).revision).toBe(3);
    });
  });
}
