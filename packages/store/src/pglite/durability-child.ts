/**
 * Child process of `durability.test.ts`: opens a PGlite store in the folder given as argv[2] and
 * writes revision after revision of one journey, printing `ACK <revision>` after each write the
 * store acknowledged, as autosave does (one burst: each save folds the previous one). It never
 * closes the store; the test kills it with SIGKILL mid-write.
 */
import { makeJourney, makeWorkspace } from '../test-factories';
import { openPgliteStore } from './open-pglite-store';

const dir = process.argv[2];
if (dir === undefined) throw new Error('usage: durability-child.ts <pglite folder>');

const store = await openPgliteStore(dir);
const workspace = await store.createWorkspace(makeWorkspace({ id: 'durable-ws' }));
const journey = makeJourney({ id: 'durable-journey', title: 'revision 1' });
let revision = (await store.createJourney(workspace.id, journey, { author: 'test' })).revision;
process.stdout.write(`ACK ${revision}\n`);
for (;;) {
  const saved = await store.saveJourney(
    { ...journey, title: `revision ${revision + 1}` },
    { author: 'test', baseRevision: revision, burst: { quietMs: 600_000, maxMs: 3_600_000 } },
  );
  revision = saved.revision;
  process.stdout.write(`ACK ${revision}\n`);
}
