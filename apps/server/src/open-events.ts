import type { EventStore } from '@waymark/analytics';
import { openDuckDbEventStore } from '@waymark/analytics';

/** Where the event store lives: ClickHouse when a URL is given, else DuckDB in `dataDir`. */
export interface EventStoreLocation {
  dataDir: string;
  clickhouseUrl: string | undefined;
}

/**
 * Opens the event store: DuckDB (`<dataDir>/events.duckdb`) by default.
 * Trap: `@waymark/analytics` does not export its ClickHouse opener yet, so `CLICKHOUSE_URL` is
 * refused with a clear message rather than silently ignored.
 */
export async function openEvents(location: EventStoreLocation): Promise<EventStore> {
  if (location.clickhouseUrl) {
    throw new Error(
      'CLICKHOUSE_URL is set, but this build of @waymark/analytics does not export its ClickHouse opener yet',
    );
  }
  return await openDuckDbEventStore({ dataDir: location.dataDir });
}
