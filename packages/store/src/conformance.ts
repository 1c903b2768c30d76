import { afterAll, beforeAll, describe } from 'vitest';
import { dataSetConformance } from './conformance-datasets';
import { imageConformance } from './conformance-images';
import { journeyConformance } from './conformance-journeys';
import { recordConformance } from './conformance-records';
import { revisionConformance } from './conformance-revisions';
import type { MapStore } from './port';

/**
 * The MapStore conformance suite, run against every adapter (the Drizzle `pg-common.ts` pattern):
 * `pglite.test.ts` and `postgres.test.ts` each call `storeConformanceTests` once. One store is
 * opened per suite; tests use fresh ids (`test-factories.ts`) instead of resetting the database.
 */

/** What the suite's test groups share: the open store, and a way to close and reopen it. */
export interface ConformanceContext {
  /** The store currently open (replaced by `reopen`). */
  store(): MapStore;
  /** Closes the store and opens it again on the same data. */
  reopen(): Promise<MapStore>;
  adapterName: string;
}

/**
 * Declares `store conformance [<adapterName>]`. `makeStore` must open a store on the same data
 * every time it is called (one PGlite folder, one database): the suite calls it again to check
 * that closing and reopening keeps everything.
 */
export function storeConformanceTests(adapterName: string, makeStore: () => Promise<MapStore>): void {
  describe(`store conformance [${adapterName}]`, () => {
    let current: MapStore | undefined;
    const context: ConformanceContext = {
      adapterName,
      store() {
        if (current === undefined) throw new Error('the conformance store is not open');
        return current;
      },
      async reopen() {
        await current?.close();
        current = undefined;
        current = await makeStore();
        return current;
      },
    };

    beforeAll(async () => {
      current = await makeStore();
    });
    afterAll(async () => {
      await current?.close();
    });

    journeyConformance(context);
    recordConformance(context);
    revisionConformance(context);
    imageConformance(context);
    dataSetConformance(context);
  });
}
