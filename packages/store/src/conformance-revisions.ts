import { ValidationError } from '@waymark/domain';
import { describe, expect, it } from 'vitest';
import type { ConformanceContext } from './conformance';
import { ConflictError, NotFoundError } from './errors';
import type { MapStore, SaveBurst } from './port';
import { makeJourney, makePersona, makeWorkspace } from './test-factories';

/** A burst window no test outlasts, and one every test outlasts. */
const LONG: SaveBurst = { quietMs: 600_000, maxMs: 3_600_000 };
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Conformance tests of revision authors, labels, autosave bursts and personas as of a time. */
export function revisionConformance(ctx: ConformanceContext): void {
  async function newJourney(store: MapStore, author = 'local user') {
    const ws = (await store.createWorkspace(makeWorkspace())).id;
    const journey = makeJourney();
    await store.createJourney(ws, journey, { author });
    return { ws, journey };
  }
  const save =
    (store: MapStore, title: string, base: number, author = 'local user', burst = LONG) =>
    async (journey: ReturnType<typeof makeJourney>) =>
      store.saveJourney({ ...journey, title }, { baseRevision: base, author, burst });

  describe('revision authors and labels', () => {
    it('records who made each revision', async () => {
      const store = ctx.store();
      const { journey } = await newJourney(store, 'CLI');
      await store.saveJourney({ ...journey, title: 'Two' }, { baseRevision: 1, author: 'local user' });
      await store.saveJourney(
        { ...journey, title: 'Three' },
        { baseRevision: 'force', author: 'import', action: 'import' },
      );
      await store.restore(journey.id, 1, { baseRevision: 3, author: 'local user' });
      expect((await store.history(journey.id)).map((r) => [r.revision, r.action, r.author, r.saves])).toEqual(
        [
          [1, 'create', 'CLI', 1],
          [2, 'save', 'local user', 1],
          [3, 'import', 'import', 1],
          [4, 'restore', 'local user', 1],
        ],
      );
    });

    it('labels a revision, keeps the label across reopening, and clears it', async () => {
      const store = ctx.store();
      const { journey } = await newJourney(store);
      await store.saveJourney({ ...journey, title: 'Two' }, { baseRevision: 1, author: 'local user' });
      const labelled = await store.labelRevision(journey.id, 1, '  Q3 baseline ');
      expect(labelled).toMatchObject({ journeyId: journey.id, revision: 1, label: 'Q3 baseline' });
      expect((await store.getJourney(journey.id))?.revision).toBe(2);
      const reopened = await ctx.reopen();
      expect((await reopened.history(journey.id))[0]?.label).toBe('Q3 baseline');
      expect(await reopened.labelRevision(journey.id, 1, null)).not.toHaveProperty('label');
      expect((await reopened.history(journey.id))[0]).not.toHaveProperty('label');
      await expect(reopened.labelRevision(journey.id, 9, 'x')).rejects.toBeInstanceOf(NotFoundError);
      for (const bad of ['', '   ', 'a'.repeat(101), 'two\nlines'])
        await expect(reopened.labelRevision(journey.id, 1, bad)).rejects.toBeInstanceOf(ValidationError);
    });
  });

  describe('autosave bursts', () => {
    it('folds a burst of saves by one author into its last, keeping every revision readable', async () => {
      const store = ctx.store();
      const { journey } = await newJourney(store);
      for (const [n, title] of ['A', 'B', 'C'].entries()) await save(store, title, n + 1)(journey);
      const entries = await store.history(journey.id);
      expect(entries.map((r) => [r.revision, r.saves])).toEqual([
        [1, 1],
        [4, 3],
      ]);
      expect((await store.getJourney(journey.id, 2))?.journey.title).toBe('A');
      // A writer still on a folded revision is refused as before.
      const stale = await save(store, 'Lost', 2)(journey).catch((e) => e);
      expect(stale).toBeInstanceOf(ConflictError);
      expect(stale).toMatchObject({ current: 4, base: 2 });
    });

    it('starts a new revision for another author, a message, a label, an import or after a pause', async () => {
      const store = ctx.store();
      const { journey } = await newJourney(store);
      await save(store, 'mine', 1)(journey);
      await save(store, 'theirs', 2, 'someone else')(journey);
      await store.saveJourney(
        { ...journey, title: 'noted' },
        { baseRevision: 3, author: 'someone else', burst: LONG, message: 'checkpoint' },
      );
      await save(store, 'after message', 4, 'someone else')(journey);
      await store.labelRevision(journey.id, 5, 'Named');
      await save(store, 'after label', 5, 'someone else')(journey);
      await store.saveJourney(
        { ...journey, title: 'imported' },
        { baseRevision: 6, author: 'someone else', action: 'import' },
      );
      await save(store, 'after import', 7, 'someone else')(journey);
      await pause(30);
      await save(store, 'after a pause', 8, 'someone else', { quietMs: 10, maxMs: 600_000 })(journey);
      await pause(30);
      await save(store, 'burst too long', 9, 'someone else', { quietMs: 600_000, maxMs: 10 })(journey);
      expect((await store.history(journey.id)).map((r) => r.revision)).toEqual([
        1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
      ]);

      await save(store, 'folds', 10, 'someone else')(journey);
      expect((await store.history(journey.id)).map((r) => r.revision).slice(-2)).toEqual([9, 11]);
    });

    it('lists a folded revision again once it is labelled', async () => {
      const store = ctx.store();
      const { journey } = await newJourney(store);
      await save(store, 'A', 1)(journey);
      await save(store, 'B', 2)(journey);
      expect((await store.history(journey.id)).map((r) => r.revision)).toEqual([1, 3]);
      await store.labelRevision(journey.id, 2, 'Before B');
      expect((await store.history(journey.id)).map((r) => [r.revision, r.label])).toEqual([
        [1, undefined],
        [2, 'Before B'],
        [3, undefined],
      ]);
    });
  });

  describe('personas as of a time', () => {
    it('finds the persona revision current at a map revision', async () => {
      const store = ctx.store();
      const { ws, journey } = await newJourney(store);
      const persona = makePersona({ name: 'Kim' });
      await store.savePersona(ws, persona, { baseRevision: 0, author: 'local user' });
      const at = (await save(store, 'with Kim', 1)(journey)).updatedAt;
      await pause(5);
      await store.savePersona(ws, { ...persona, name: 'Kim Lee' }, { baseRevision: 1, author: 'local user' });
      expect((await store.getPersona(persona.id, at))?.persona.name).toBe('Kim');
      expect((await store.getPersona(persona.id))?.persona.name).toBe('Kim Lee');
      expect(await store.getPersona(persona.id, '2000-01-01T00:00:00.000Z')).toBeUndefined();
    });
  });
}
