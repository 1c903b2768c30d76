/**
 * Limits on what one query may ask for, beyond what the schemas check: the number of trend periods
 * (known only once the interval and the range, or the span of the events, are) and the groups of a
 * breakdown. The caps live in `@waymark/domain` (`MAX_TREND_PERIODS`, `MAX_BREAKDOWN_GROUPS`).
 */

/** A query that asks for more than a limit allows: a 400 naming the field to change. */
export class QueryLimitError extends Error {
  constructor(
    /** The field of the query description, e.g. `timeRange` or `interval`. */
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'QueryLimitError';
  }
}
