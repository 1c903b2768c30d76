/**
 * ClickHouse 18.16 adapter of the EventStore port. Selected when `CLICKHOUSE_URL` is set.
 */
import { z } from 'zod';
import { ClickHouseEventStore } from './adapter';
import { ClickHouseHttp } from './http';
import { prepareClickHouseDataSets } from '../datasets/clickhouse';
import { ensureSchema } from './schema';

/** Options of {@link openClickHouseEventStore}. */
export const clickHouseStoreOptionsSchema = z.object({
  /** HTTP interface URL, e.g. `http://127.0.0.1:8123` (user and password may be given as URL credentials). */
  url: z.url({ protocol: /^https?$/ }),
  /** Database for the `events` table, created when missing. */
  database: z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_]{0,62}$/, 'expected letters, digits and _ (not starting with a digit)')
    .default('waymark'),
  /** Per-request timeout in milliseconds. */
  timeoutMs: z.number().int().positive().max(3_600_000).default(600_000),
});
/** What callers pass to {@link openClickHouseEventStore} (database and timeout have defaults). */
export type ClickHouseStoreOptions = z.input<typeof clickHouseStoreOptionsSchema>;

/**
 * Connects to ClickHouse over HTTP, creates the database and `events` table when missing and returns
 * an EventStore (plus the ClickHouse-only `pushDownFunnel`). Throws when the server cannot be reached or refuses the schema.
 */
export async function openClickHouseEventStore(
  options: ClickHouseStoreOptions,
): Promise<ClickHouseEventStore> {
  const parsed = clickHouseStoreOptionsSchema.safeParse(options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new TypeError(`ClickHouse options: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  const { url, database, timeoutMs } = parsed.data;
  const http = new ClickHouseHttp({ url, timeoutMs });
  await ensureSchema(http, database);
  await prepareClickHouseDataSets(http, database);
  return new ClickHouseEventStore(http, database);
}

export { ClickHouseEventStore } from './adapter';
export { ClickHouseError } from './http';
