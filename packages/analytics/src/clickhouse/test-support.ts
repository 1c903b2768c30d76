/**
 * Test helpers for the ClickHouse adapter: a per-file throwaway server, hostile strings, a seeded random
 * source and an event factory. Imported by tests only.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import { startClickHouse } from '../../../../scripts/test-servers/clickhouse';
import type { ClickHouseTestServer } from '../../../../scripts/test-servers/clickhouse';
import type { AnalyticsEventInput } from '../event';
import type { ClickHouseEventStore } from './adapter';
import { ClickHouseHttp } from './http';
import { openClickHouseEventStore } from './index';

/** Strings that break naive escaping: quotes, backslashes, injections, control characters, scripts. */
export const HOSTILE_STRINGS: readonly string[] = [
  "it's",
  "''",
  'back\\slash',
  '\\',
  "\\'",
  "'\\",
  "x'); DROP TABLE events; --",
  "' OR 1=1 --",
  '`backtick` "double"',
  'nul\u0000inside',
  '\u0000',
  'line\nbreak\r\nwindows',
  'tab\there',
  '\u0001\u0002\u0007\u0008\u000b\u000c\u001b\u001f\u007f',
  '\\x00 \\n \\0 literal escapes',
  '😀 emoji 👩‍👩‍👧 family',
  'سلام دنیا، خرید انجام شد',
  '\u200f\u202eRTL override',
  'ทดสอบภาษาไทย',
  '中文測試',
  '\u2028\u2029 separators',
  '%_ like wildcards %',
  '{"json": [1, 2]}',
  ' leading and trailing spaces ',
];

const POOL = [
  "'",
  '\\',
  '"',
  '`',
  '\u0000',
  '\n',
  '\r',
  '\t',
  '\u001f',
  '\u007f',
  'a',
  'Z',
  '0',
  ' ',
  '%',
  '_',
  '😀',
  'س',
  'ท',
  '中',
  '\u202e',
];

/** A random string of hostile characters from the given random source. */
export function hostileString(random: () => number, maxLength = 12): string {
  const length = 1 + Math.floor(random() * maxLength);
  let text = '';
  for (let i = 0; i < length; i++) text += POOL[Math.floor(random() * POOL.length)] ?? 'a';
  return text;
}

/** An event with sensible defaults; pass overrides for the fields a test cares about. */
export function makeEvent(overrides: Partial<AnalyticsEventInput> = {}): AnalyticsEventInput {
  return {
    userId: 'u1',
    timestamp: Date.UTC(2024, 0, 1, 12, 0, 0),
    event: 'page_view',
    ...overrides,
  };
}

/** The kernel tests' seeded random source, and their one-step builder as `step(...names)`. */
export { names as step, seededRandom } from '../kernels/test-store';

/** Access to this test file's throwaway server. */
export interface ClickHouseFixture {
  url(): string;
  http(): ClickHouseHttp;
  /** A new, empty store in a fresh database of the server. */
  newStore(): Promise<ClickHouseEventStore>;
}

/**
 * Starts one throwaway ClickHouse server for the calling test file (beforeAll) and stops it (afterAll).
 * Call at the top level of a test file.
 */
export function useClickHouse(): ClickHouseFixture {
  let server: ClickHouseTestServer | undefined;
  let client: ClickHouseHttp | undefined;
  beforeAll(async () => {
    server = await startClickHouse();
    console.log(`[clickhouse] clickhouse-server 18.16 started in ${server.startupMs} ms at ${server.url}`);
    client = new ClickHouseHttp({ url: server.url });
  });
  afterAll(async () => {
    await server?.stop();
  });
  const url = () => {
    if (server === undefined) throw new Error('the ClickHouse test server is not running (use inside tests)');
    return server.url;
  };
  return {
    url,
    http: () => client ?? new ClickHouseHttp({ url: url() }),
    newStore: () => openClickHouseEventStore({ url: url(), database: `t_${randomBytes(6).toString('hex')}` }),
  };
}
