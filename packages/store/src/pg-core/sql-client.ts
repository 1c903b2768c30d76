/**
 * The small SQL surface the store core is written against. Each driver folder (`pglite/`,
 * `postgres/`) implements it in one thin file; everything else speaks only this interface.
 */

/** A value bound to a `$n` placeholder. Documents are passed as JSON text and cast with `::jsonb`. */
export type SqlParam = string | number | boolean | null;

/** Rows as the driver returns them; the core validates each row with zod before using it. */
export interface SqlResult {
  rows: Record<string, unknown>[];
}

/**
 * Runs parameterised SQL. `transaction` runs `work` with a client bound to one transaction: it
 * commits when `work` resolves and rolls back when it throws. Calling `transaction` on a client that
 * is already inside a transaction opens a savepoint, so nested work rolls back on its own.
 * Trap: inside one transaction, run writes one after another, not with `Promise.all`: savepoints of
 * interleaved work would roll back each other's statements.
 */
export interface SqlClient {
  query(sql: string, params?: readonly SqlParam[]): Promise<SqlResult>;
  transaction<T>(work: (tx: SqlClient) => Promise<T>): Promise<T>;
}

/** A client owning connections or an embedded database, which must be closed. */
export interface SqlDriver extends SqlClient {
  /** `pglite` or `postgresql`; shown in test names and diagnostics. */
  readonly dialect: 'pglite' | 'postgresql';
  close(): Promise<void>;
}

/** The one function a driver's transaction handle must offer. */
export type QueryFn = (sql: string, params?: readonly SqlParam[]) => Promise<SqlResult>;

/**
 * Wraps a driver's transaction handle as a `SqlClient` whose nested `transaction` calls use
 * savepoints. Drivers call it with the handle of an open `BEGIN`.
 */
export function transactionScope(query: QueryFn): SqlClient {
  let depth = 0;
  const scope: SqlClient = {
    query,
    async transaction<T>(work: (tx: SqlClient) => Promise<T>): Promise<T> {
      depth += 1;
      const savepoint = `waymark_sp_${depth}`;
      await query(`SAVEPOINT ${savepoint}`);
      try {
        const result = await work(scope);
        await query(`RELEASE SAVEPOINT ${savepoint}`);
        return result;
      } catch (error) {
        await query(`ROLLBACK TO SAVEPOINT ${savepoint}`);
        throw error;
      } finally {
        depth -= 1;
      }
    },
  };
  return scope;
}
