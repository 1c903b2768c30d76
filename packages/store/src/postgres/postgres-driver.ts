import pg from 'pg';
import type { SqlClient, SqlDriver, SqlParam, SqlResult } from '../pg-core/sql-client';
import { transactionScope } from '../pg-core/sql-client';

/** Options of the PostgreSQL driver. */
export interface PostgresDriverOptions {
  /** A `postgres://user:password@host:port/database` URL. */
  url: string;
  /** Most connections the pool opens (default 10). */
  maxConnections?: number;
}

type Queryable = Pick<pg.ClientBase, 'query'>;

function queryOn(target: Queryable) {
  return async (sql: string, params: readonly SqlParam[] = []): Promise<SqlResult> => {
    const result = await target.query<Record<string, unknown>>(sql, [...params]);
    return { rows: result.rows };
  };
}

/**
 * The PostgreSQL driver: a node-postgres pool. Each transaction holds one pooled connection from
 * `BEGIN` to `COMMIT`/`ROLLBACK`; a connection whose rollback fails is discarded, not reused.
 */
export function createPostgresDriver(options: PostgresDriverOptions): SqlDriver {
  const pool = new pg.Pool({ connectionString: options.url, max: options.maxConnections ?? 10 });
  // An idle connection dropped by the server must not crash the process; the next query reconnects.
  pool.on('error', (error) =>
    console.error(`waymark store: idle PostgreSQL connection failed: ${error.message}`),
  );

  return {
    dialect: 'postgresql',
    query: queryOn(pool),
    async transaction<T>(work: (tx: SqlClient) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      let result: T;
      try {
        await client.query('BEGIN');
        result = await work(transactionScope(queryOn(client)));
        await client.query('COMMIT');
      } catch (error) {
        try {
          await client.query('ROLLBACK');
          client.release();
        } catch {
          client.release(true);
        }
        throw error;
      }
      client.release();
      return result;
    },
    async close() {
      await pool.end();
    },
  };
}
