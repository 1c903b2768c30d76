import { openClickHouseEventStore } from './clickhouse';
import { openDuckDbEventStore } from './duckdb/store';
import type { EventStore } from './port';

/** Where events live. Without a ClickHouse URL (option or `CLICKHOUSE_URL`), DuckDB in `dataDir`. */
export interface OpenEventStoreOptions {
  /** Folder of `events.duckdb`; omitted, an in-memory DuckDB. */
  dataDir?: string;
  /** ClickHouse HTTP URL, e.g. `http://127.0.0.1:8123`. Empty counts as unset. */
  clickhouseUrl?: string;
}

/**
 * Opens the configured event store: ClickHouse when a URL is given or `CLICKHOUSE_URL` is set,
 * otherwise DuckDB. Both implement the same port and give equal answers (the conformance suite).
 */
export async function openEventStore(
  options: OpenEventStoreOptions = {},
  env: NodeJS.ProcessEnv = process.env,
): Promise<EventStore> {
  const url = options.clickhouseUrl || env.CLICKHOUSE_URL || undefined;
  if (url) return await openClickHouseEventStore({ url });
  return await openDuckDbEventStore(options.dataDir === undefined ? {} : { dataDir: options.dataDir });
}
