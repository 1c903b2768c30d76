import type { EventStore } from '@waymark/analytics';
import type { MapStore } from '@waymark/store';
import type { AllowedHost } from './http/request-guards';

/**
 * What the HTTP app runs on. `createApp` takes these already opened, so tests build them over a
 * temporary data directory and `main.ts` over the configured one.
 */
export interface AppDeps {
  maps: MapStore;
  /** The event store; analytics routes answer 503 when it is missing. */
  events: EventStore | undefined;
  /** Workspace used when a request names none. */
  defaultWorkspaceId: string;
  /** Folder of the built web app (`apps/web/dist`). */
  webDist: string;
  backends: { mapStore: 'pglite' | 'postgres'; eventStore: 'duckdb' | 'clickhouse' | 'none' };
  version: string;
  /** Host names the server answers for (the loopback names plus `WAYMARK_HOSTS`); others get 421. */
  hosts: readonly AllowedHost[];
}
