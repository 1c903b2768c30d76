/**
 * A tiny client for ClickHouse's HTTP interface. It sends plain query text and only the URL parameters
 * 18.16 understands (`wait_end_of_query`, `max_query_size`, `user`, `password`); no third-party client, since newer
 * clients send settings that 18.16 rejects. Transport: `transport.ts` (why not fetch: see there).
 */
import { z } from 'zod';
import { randomUUID } from 'node:crypto';
import type { QueryBudget } from '../deadline';
import { quoteString } from './escape';
import type { PendingResponse } from './transport';
import { post, readText } from './transport';

/** Longest statement the server will parse (its `max_query_size`): 64 MiB. */
const MAX_QUERY_BYTES = 64 * 1024 * 1024;

/** Connection options for {@link ClickHouseHttp}. */
export interface ClickHouseHttpOptions {
  /** Base URL of the HTTP interface, e.g. `http://127.0.0.1:8123`. */
  url: string;
  /** Per-request timeout in milliseconds (default 120 s). */
  timeoutMs?: number;
}

/** An error ClickHouse reported, carrying its error code and message and the query that failed. */
export class ClickHouseError extends Error {
  /** ClickHouse error code (e.g. 62 for a syntax error), or undefined for transport failures. */
  readonly code: number | undefined;
  /** The statement that failed, shortened to 500 characters. */
  readonly sql: string;

  constructor(message: string, code: number | undefined, sql: string) {
    const shortSql = sql.length > 500 ? `${sql.slice(0, 500)}…` : sql;
    super(`ClickHouse${code === undefined ? '' : ` error ${code}`}: ${message}\n  in query: ${shortSql}`);
    this.name = 'ClickHouseError';
    this.code = code;
    this.sql = shortSql;
  }
}

const jsonCompactSchema = z.object({
  meta: z.array(z.object({ name: z.string(), type: z.string() })),
  data: z.array(z.array(z.unknown())),
  rows: z.number(),
});

/** Result of a `FORMAT JSONCompact` query: column names and types, then rows as arrays of cells. */
export type JsonCompactResult = z.infer<typeof jsonCompactSchema>;

/** Pulls `Code: N, e.displayText() = DB::Exception: message` apart. */
function parseServerError(body: string): { code: number | undefined; message: string } {
  const match =
    /Code: (\d+), e\.displayText\(\) = (?:DB::Exception: )?([\s\S]*?)(?:, e\.what\(\) = [\w:]+)?\s*$/.exec(
      body,
    );
  if (match?.[1] !== undefined && match[2] !== undefined)
    return { code: Number(match[1]), message: match[2] };
  return { code: undefined, message: body.trim() || '(empty response)' };
}

/** The error a server answer (an error body, or a `Code: ` line in a stream) reports for `sql`. */
function serverError(body: string, sql: string): ClickHouseError {
  const { code, message } = parseServerError(body);
  return new ClickHouseError(message, code, sql);
}

const TSV_ESCAPES: Record<string, string> = {
  '0': '\0',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  a: '\u0007',
  v: '\v',
  '\\': '\\',
  "'": "'",
};

/** Decodes one TabSeparated text cell (`\t`, `\n`, `\0`, `\\`, `\'` ... back to their characters). */
export function unescapeTsv(cell: string): string {
  if (!cell.includes('\\')) return cell;
  return cell.replace(/\\(.)/gs, (_match, char: string) => TSV_ESCAPES[char] ?? char);
}

/**
 * Client for one ClickHouse server over HTTP. Every method throws {@link ClickHouseError} with the
 * server's own message on failure.
 * Trap: statements are sent verbatim and run in the server's default database; name tables with
 * `qualifiedTable` and build statements only from escaped literals (see `escape.ts`).
 */
export class ClickHouseHttp {
  /** Base URL without credentials. */
  readonly url: string;
  private readonly timeoutMs: number;
  /** `user` / `password` URL parameters taken from credentials in the URL. */
  private readonly auth: [string, string][] = [];

  constructor(options: ClickHouseHttpOptions) {
    const parsed = new URL(options.url);
    if (parsed.username !== '') this.auth.push(['user', decodeURIComponent(parsed.username)]);
    if (parsed.password !== '') this.auth.push(['password', decodeURIComponent(parsed.password)]);
    parsed.username = '';
    parsed.password = '';
    this.url = parsed.toString().replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? 120_000;
  }

  /**
   * Sends one request, waits for the status line and hands the response to `consume`; `query` goes in
   * the URL when `body` carries data (inserts). Non-2xx answers are read and thrown as
   * {@link ClickHouseError}. With a budget the query gets an id and is killed on the server when the
   * budget ends (18.16 keeps running a query whose client went away), the connection is closed, and
   * the failure is reported as `QueryCancelledError`.
   */
  private async exchange<T>(
    sql: string,
    body: string,
    queryInUrl: boolean,
    budget: QueryBudget | undefined,
    consume: (response: PendingResponse) => Promise<T>,
  ): Promise<T> {
    budget?.check();
    const params = new URLSearchParams(this.auth);
    params.set('wait_end_of_query', '1');
    // The default (256 KiB) is shorter than a capped in-list of long values; queries are built by us.
    params.set('max_query_size', String(MAX_QUERY_BYTES));
    if (queryInUrl) params.set('query', sql);
    const queryId = `waymark-${randomUUID()}`;
    const kill = () => {
      this.exec(`KILL QUERY WHERE query_id = ${quoteString(queryId)} ASYNC`).catch(() => {
        // Best effort: the query may have finished already, or the server may be gone.
      });
    };
    if (budget !== undefined) {
      params.set('query_id', queryId);
      budget.signal.addEventListener('abort', kill, { once: true });
    }
    try {
      let response: PendingResponse;
      try {
        response = await post(
          new URL(`${this.url}/?${params.toString()}`),
          body,
          this.timeoutMs,
          budget?.signal,
        );
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new ClickHouseError(`cannot reach ${this.url} (${reason})`, undefined, sql);
      }
      if (response.status < 200 || response.status >= 300) throw serverError(await readText(response), sql);
      try {
        return await consume(response);
      } catch (error) {
        response.discard();
        throw error;
      }
    } catch (error) {
      throw budget === undefined ? error : budget.translate(error);
    } finally {
      budget?.signal.removeEventListener('abort', kill);
    }
  }

  /** Runs a statement that returns nothing (DDL, INSERT ... SELECT). */
  async exec(sql: string): Promise<void> {
    await this.exchange(sql, sql, false, undefined, readText);
  }

  /**
   * Runs a SELECT and returns its JSONCompact result. Do not add a FORMAT clause yourself.
   * Trap: 64-bit integers arrive as strings (ClickHouse quotes them); read them with `readInt`.
   */
  async query(sql: string, budget?: QueryBudget): Promise<JsonCompactResult> {
    const statement = `${sql}\nFORMAT JSONCompact`;
    const text = await this.exchange(statement, statement, false, budget, readText);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new ClickHouseError(`response is not JSON: ${text.slice(-300)}`, undefined, statement);
    }
    const parsed = jsonCompactSchema.safeParse(json);
    if (!parsed.success)
      throw new ClickHouseError(`unexpected JSONCompact shape: ${parsed.error.message}`, undefined, sql);
    return parsed.data;
  }

  /**
   * Runs a SELECT with `FORMAT TabSeparated` and hands each row's raw cells to `onRow` as the response
   * streams in, so results larger than a JS string can hold are fine. Cells are still TSV-escaped; pass
   * text cells through `unescapeTsv`.
   * Trap: an error after streaming began shows up as a last line starting `Code: `; it is thrown.
   */
  async streamTsv(sql: string, onRow: (cells: string[]) => void, budget?: QueryBudget): Promise<void> {
    const statement = `${sql}\nFORMAT TabSeparated`;
    // wait_end_of_query (always set): the server buffers the whole result first, so a failure
    // arrives as an HTTP error rather than in the middle of the rows.
    await this.exchange(statement, statement, false, budget, async (response) => {
      const decoder = new TextDecoder('utf-8', { fatal: true });
      let pending = '';
      const flush = (final: boolean) => {
        let start = 0;
        for (let end = pending.indexOf('\n'); end !== -1; end = pending.indexOf('\n', start)) {
          const line = pending.slice(start, end);
          start = end + 1;
          if (line.startsWith('Code: ')) throw serverError(line, statement);
          onRow(line.split('\t'));
        }
        pending = pending.slice(start);
        if (final && pending.length > 0) {
          if (pending.startsWith('Code: ')) throw serverError(pending, statement);
          throw new ClickHouseError(`response ended mid-row: ${pending.slice(0, 200)}`, undefined, statement);
        }
      };
      for await (const chunk of response.body) {
        pending += decoder.decode(chunk, { stream: true });
        flush(false);
      }
      pending += decoder.decode();
      flush(true);
    });
  }

  /**
   * Runs a SELECT with `FORMAT RowBinary` and hands the raw bytes to `onChunk` as they stream in
   * (chunk boundaries fall anywhere, also inside a value). Failures arrive before the first byte.
   */
  async streamRowBinary(sql: string, onChunk: (chunk: Buffer) => void, budget?: QueryBudget): Promise<void> {
    const statement = `${sql}\nFORMAT RowBinary`;
    await this.exchange(statement, statement, false, budget, async (response) => {
      for await (const chunk of response.body) onChunk(chunk);
    });
  }

  /**
   * Inserts rows with `FORMAT JSONEachRow`. `table` must already be a quoted identifier; each row is
   * serialised with JSON.stringify, which ClickHouse 18.16 reads back byte for byte (NUL, emoji included).
   */
  async insertJsonEachRow(table: string, rows: readonly object[]): Promise<void> {
    if (rows.length === 0) return;
    const body = rows.map((row) => JSON.stringify(row)).join('\n');
    await this.exchange(`INSERT INTO ${table} FORMAT JSONEachRow`, body, true, undefined, readText);
  }
}

/**
 * Reads an integer cell from a JSONCompact row: ClickHouse sends (U)Int64 as a string and smaller
 * integers as numbers. Throws when the value is not a safe integer, so precision is never lost silently.
 */
export function readInt(value: unknown, what: string): number {
  const number = typeof value === 'string' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isSafeInteger(number)) {
    throw new Error(`ClickHouse result: ${what} should be a safe integer, got ${JSON.stringify(value)}`);
  }
  return number;
}

/** Reads a string cell from a JSONCompact row. */
export function readString(value: unknown, what: string): string {
  if (typeof value !== 'string') {
    throw new Error(`ClickHouse result: ${what} should be a string, got ${JSON.stringify(value)}`);
  }
  return value;
}
