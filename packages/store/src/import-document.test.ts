import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Journey, JourneyDocument, Persona } from '@waymark/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundError } from './errors';
import type { ImportOptions } from './import-document';
import { ImportRefusedError, importDocument } from './import-document';
import { openPgliteStore } from './pglite/open-pglite-store';
import type { MapStore } from './port';
import { makeJourney, makePersona, makeWorkspace } from './test-factories';

let dir = '';
let store: MapStore;
let workspaceId = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'waymark-import-'));
  store = await openPgliteStore(join(dir, 'pglite'));
  workspaceId = (await store.createWorkspace(makeWorkspace())).id;
});
afterAll(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

const doc = (journey: Journey, personas: Persona[] = []): JourneyDocument => ({
  format: 'waymark.journey/v1',
  journey,
  personas,
});
const options = (over: Partial<ImportOptions> = {}): ImportOptions => ({
  workspaceId,
  mode: 'refuse',
  author: 'import',
  message: 'Imported from map.xlsx',
  ...over,
});
const card = (id: string, text: string) => ({
  type: 'card' as const,
  id,
  stageId: 'discover',
  laneId: 'actions',
  text,
  tags: [],
  evidence: [],
});
const texts = (j: Journey) => j.items.map((it) => it.text);

/** A stored map at revision 1, then revision 2 adding a card (someone else's work), and the file from revision 1. */
async function movedOn(persona?: Persona) {
  const v1 = makeJourney({ personaIds: persona ? [persona.id] : [] });
  if (persona) await store.savePersona(workspaceId, persona, { baseRevision: 0, author: 'local user' });
  await store.createJourney(workspaceId, v1, { author: 'local user' });
  const v2 = { ...v1, items: [...v1.items, card('card-theirs', 'Asks in a forum')] };
  await store.saveJourney(v2, { baseRevision: 1, author: 'local user' });
  return v1;
}

describe('importDocument', () => {
  it('creates a new map, and writes nothing for the same file again', async () => {
    const journey = makeJourney();
    const first = await importDocument(store, doc(journey), options());
    expect(first).toMatchObject({ created: true, changed: true, journey: { revision: 1 } });
    const again = await importDocument(store, doc(journey), options({ base: 1 }));
    expect(again).toMatchObject({ created: false, changed: false, journey: { revision: 1 } });
    expect((await store.history(journey.id))[0]).toMatchObject({ action: 'import', author: 'import' });
  });

  it('refuses a file made from an older revision, writing nothing', async () => {
    const v1 = await movedOn();
    const file = { ...v1, title: 'From the file' };
    const error = await importDocument(store, doc(file), options({ base: 1 })).catch((e) => e);
    expect(error).toBeInstanceOf(ImportRefusedError);
    expect(error).toMatchObject({ reason: 'stale', current: 2, base: 1 });
    expect((await store.getJourney(v1.id))?.revision).toBe(2);
  });

  it("merges the file's changes into the newer revisions", async () => {
    const v1 = await movedOn();
    const file = { ...v1, items: [{ ...card('card-1', 'Searches for bicycles on a phone') }] };
    const result = await importDocument(store, doc(file), options({ base: 1, mode: 'merge' }));
    expect(result).toMatchObject({ changed: true, merged: { base: 1, into: 2, conflicts: [] } });
    expect(texts(result.journey.journey)).toEqual(['Searches for bicycles on a phone', 'Asks in a forum']);
    expect(result.journey.revision).toBe(3);
    expect((await store.history(v1.id)).at(-1)).toMatchObject({ action: 'import', author: 'import' });
  });

  it('lists conflicts without writing, and settles them by --prefer or per conflict', async () => {
    const v1 = await movedOn();
    await store.saveJourney(
      { ...v1, title: 'Their title', items: [...v1.items, card('card-theirs', 'Asks in a forum')] },
      { baseRevision: 2, author: 'local user' },
    );
    const file = { ...v1, title: 'File title' };
    const error = await importDocument(store, doc(file), options({ base: 1, mode: 'merge' })).catch((e) => e);
    expect(error).toBeInstanceOf(ImportRefusedError);
    expect(error).toMatchObject({ reason: 'conflicts', current: 3, base: 1 });
    expect((error as ImportRefusedError).conflicts.map((c) => [c.key, c.theirs, c.mine])).toEqual([
      [`journey/${v1.id}/title`, 'Their title', 'File title'],
    ]);
    expect((await store.getJourney(v1.id))?.revision).toBe(3);

    const choices = { [`journey/${v1.id}/title`]: 'theirs' as const };
    const chosen = await importDocument(store, doc(file), options({ base: 1, mode: 'merge', choices }));
    expect(chosen).toMatchObject({
      changed: false,
      journey: { revision: 3, journey: { title: 'Their title' } },
    });
    const mine = await importDocument(store, doc(file), options({ base: 1, mode: 'merge', prefer: 'mine' }));
    expect(mine.journey.journey.title).toBe('File title');
    expect(texts(mine.journey.journey)).toContain('Asks in a forum');
    expect(mine.merged?.conflicts).toHaveLength(1);
  });

  it('forces the file over newer revisions, which stay in the history', async () => {
    const v1 = await movedOn();
    const result = await importDocument(store, doc(v1), options({ base: 1, mode: 'force' }));
    expect(texts(result.journey.journey)).toEqual(['Searches for bicycles']);
    expect((await store.getJourney(v1.id, 2))?.journey.items).toHaveLength(2);
  });

  it('merges personas from what they were at the base revision', async () => {
    const kim = makePersona({ name: 'Kim' });
    const v1 = await movedOn(kim);
    await store.savePersona(
      workspaceId,
      { ...kim, quote: 'Stored quote' },
      { baseRevision: 1, author: 'local user' },
    );
    const file = doc(v1, [{ ...kim, goals: ['Ride to work'] }]);
    const result = await importDocument(store, file, options({ base: 1, mode: 'merge' }));
    expect(result.merged?.conflicts).toEqual([]);
    expect(result.personas[0]?.persona).toMatchObject({ quote: 'Stored quote', goals: ['Ride to work'] });
    expect(result.personasWritten).toBe(1);
  });

  it('says so when the base revision does not exist', async () => {
    const v1 = await movedOn();
    const error = await importDocument(store, doc(v1), options({ base: 9, mode: 'merge' })).catch((e) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as Error).message).toBe(`journey "${v1.id}" has no revision 9`);
  });
});
