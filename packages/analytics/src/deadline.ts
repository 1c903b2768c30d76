/**
 * Query deadlines and cancellation. Every analytics query runs under a {@link QueryBudget}: a deadline
 * (default {@link DEFAULT_QUERY_TIMEOUT_MS}) joined with the caller's AbortSignal (the HTTP request's,
 * which aborts when the client disconnects). Adapters stop their engine when the signal aborts (DuckDB
 * interrupts the query's own connection; ClickHouse kills the query by its id), and the kernels check
 * the budget every few thousand users, so neither SQL nor the TypeScript pass outlives its deadline.
 */

/** The deadline of a query when neither the caller nor `WAYMARK_QUERY_TIMEOUT_MS` gives one: 30 s. */
export const DEFAULT_QUERY_TIMEOUT_MS = 30_000;

/**
 * The query deadline configured by `WAYMARK_QUERY_TIMEOUT_MS` (whole milliseconds, 100 to 3,600,000),
 * or {@link DEFAULT_QUERY_TIMEOUT_MS} when unset. Throws naming the variable when it is not such a number.
 */
export function queryTimeoutFromEnv(env: Record<string, string | undefined> = process.env): number {
  const text = env.WAYMARK_QUERY_TIMEOUT_MS;
  if (text === undefined || text.trim() === '') return DEFAULT_QUERY_TIMEOUT_MS;
  const ms = Number(text);
  if (!Number.isInteger(ms) || ms < 100 || ms > 3_600_000) {
    throw new Error(
      `WAYMARK_QUERY_TIMEOUT_MS: expected whole milliseconds from 100 to 3600000, got "${text}"`,
    );
  }
  return ms;
}

/** A query stopped before it finished: its deadline passed, or the caller went away. */
export class QueryCancelledError extends Error {
  constructor(
    readonly reason: 'deadline' | 'cancelled',
    readonly timeoutMs: number,
  ) {
    super(
      reason === 'deadline'
        ? `the query did not finish within its deadline of ${timeoutMs / 1000} s; narrow the time range, filters or steps`
        : 'the query was cancelled',
    );
    this.name = 'QueryCancelledError';
  }
}

/** The deadline and cancellation signal of one query. */
export class QueryBudget {
  /** Aborts when the deadline passes or the caller's signal aborts. */
  readonly signal: AbortSignal;
  private readonly expiresAt: number;
  private readonly caller: AbortSignal | undefined;

  constructor(
    readonly timeoutMs: number = queryTimeoutFromEnv(),
    caller?: AbortSignal,
  ) {
    const timeout = AbortSignal.timeout(timeoutMs);
    this.signal = caller === undefined ? timeout : AbortSignal.any([caller, timeout]);
    this.expiresAt = Date.now() + timeoutMs;
    this.caller = caller;
  }

  /** The error that describes why this budget ended (call once it has). */
  error(): QueryCancelledError {
    return new QueryCancelledError(this.caller?.aborted === true ? 'cancelled' : 'deadline', this.timeoutMs);
  }

  /** Whether the deadline has passed or the caller went away (also inside synchronous code, by the clock). */
  spent(): boolean {
    return this.signal.aborted || Date.now() >= this.expiresAt;
  }

  /** Throws {@link QueryCancelledError} when the budget is spent. */
  check(): void {
    if (this.spent()) throw this.error();
  }

  /** Turns an engine's failure after the budget was spent into {@link QueryCancelledError}; other errors pass. */
  translate(error: unknown): unknown {
    return this.spent() && !(error instanceof QueryCancelledError) ? this.error() : error;
  }
}

/** The budget of the kernel running now (kernels are synchronous, so one at a time), or null. */
let current: QueryBudget | null = null;
let ticks = 0;

/** Runs a synchronous kernel under `budget`, so its {@link checkpoint} calls can stop it. */
export function underBudget<T>(budget: QueryBudget | undefined, kernel: () => T): T {
  const previous = current;
  current = budget ?? null;
  try {
    budget?.check();
    return kernel();
  } finally {
    current = previous;
  }
}

/**
 * Called by kernels once per user or sequence: every 1024th call checks the running kernel's budget
 * and throws {@link QueryCancelledError} when it is spent. Free when no budget is set.
 */
export function checkpoint(): void {
  if (current === null) return;
  ticks = (ticks + 1) & 1023;
  if (ticks === 0) current.check();
}
