import type { EventStore } from '@waymark/analytics';
import { openEventStore } from '@waymark/analytics';

/** Where the event store lives: ClickHouse when a URL is given, else DuckDB in `dataDir`. */
export interface EventStoreLocation {
  dataDir: string;
  clickhouseUrl: string | undefined;
}

/** Opens the event store: ClickHouse at `clickhouseUrl` when set, else DuckDB (`<dataDir>/events.duckdb`). */
export async function openEvents(location: EventStoreLocation): Promise<EventStore> {
  return await openEventStore(
    location.clickhouseUrl ? { clickhouseUrl: location.clickhouseUrl } : { dataDir: location.dataDir },
    {},
  );
}
