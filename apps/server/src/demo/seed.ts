import { fileURLToPath } from 'node:url';
import type { EventStore, IngestReport } from '@waymark/analytics';
import { REVISION_AUTHORS, parseJourney, parsePersona } from '@waymark/domain';
import type { MapStore } from '@waymark/store';
import { demoBlueprint } from './blueprint';
import { demoFutureState } from './future-state';
import { DEMO_PERSONAS } from './personas';
import { demoPurchaseJourney } from './purchase-journey';

/** The demo workspace's id. */
export const DEMO_WORKSPACE_ID = 'demo';

/** The bundled demo events (retentioneering's ecom dataset; see `apps/server/demo/NOTICE.md`). */
export const DEMO_EVENTS_FILE = fileURLToPath(new URL('../../demo/ecom.csv.gz', import.meta.url));

/** The name of the demo events' data set. */
export const DEMO_EVENTS_DATA_SET = 'Demo shop events (retentioneering ecom)';

/** How the demo events file's columns map onto events. */
export const DEMO_INGEST_OPTIONS = {
  format: 'csv',
  user: 'user_id',
  event: 'event',
  time: 'timestamp',
  channel: 'acquisition_channel',
  session: 'session_id',
} as const;

/** What `seedDemo` did. */
export interface SeedReport {
  maps: boolean;
  events: IngestReport | undefined;
}

/**
 * Seeds the demo workspace on first start, idempotently: the maps and personas only when the store
 * has no workspace at all (in one transaction, so a crash leaves nothing half-written), and the
 * demo events only when the event store is empty and the demo workspace exists.
 */
export async function seedDemo(maps: MapStore, events: EventStore | undefined): Promise<SeedReport> {
  let seededMaps = false;
  if ((await maps.listWorkspaces()).length === 0) {
    await maps.transaction(async (tx) => {
      await tx.createWorkspace({ id: DEMO_WORKSPACE_ID, name: 'Demo: online shop', locale: 'en' });
      for (const persona of DEMO_PERSONAS) {
        await tx.savePersona(DEMO_WORKSPACE_ID, parsePersona(persona), {
          baseRevision: 0,
          author: REVISION_AUTHORS.import,
          message: 'Demo persona',
        });
      }
      for (const journey of [demoPurchaseJourney(), demoBlueprint(), demoFutureState()]) {
        await tx.createJourney(DEMO_WORKSPACE_ID, parseJourney(journey), {
          author: REVISION_AUTHORS.import,
          message: 'Demo map',
        });
      }
    });
    seededMaps = true;
  }
  let report: IngestReport | undefined;
  if (events && (await events.count()) === 0 && (await maps.getWorkspace(DEMO_WORKSPACE_ID))) {
    report = await events.ingestFile(DEMO_EVENTS_FILE, {
      ...DEMO_INGEST_OPTIONS,
      dataSet: { name: DEMO_EVENTS_DATA_SET, author: REVISION_AUTHORS.import },
    });
  }
  return { maps: seededMaps, events: report };
}
