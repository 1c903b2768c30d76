import type { DuckDBConnection } from '@duckdb/node-api';
import type { IngestProgress, ProgressCallback } from './options';

/** How often a running statement's progress is read. */
const POLL_MS = 200;

/**
 * Runs `work` (one long DuckDB statement on `connection`) while reporting how far DuckDB has got with
 * it, as `done` percent of 100 for `phase`, every 200 ms. DuckDB runs the statement off the event
 * loop, so the timer keeps firing; its progress counts rows of the file read so far.
 */
export async function withStatementProgress<T>(
  connection: DuckDBConnection,
  phase: IngestProgress['phase'],
  onProgress: ProgressCallback,
  work: () => Promise<T>,
): Promise<T> {
  await connection.run('SET enable_progress_bar = true');
  await connection.run('SET enable_progress_bar_print = false');
  let last = -1;
  const timer = setInterval(() => {
    const percent = Math.min(100, Math.floor(connection.progress.percentage));
    if (percent <= last) return;
    last = percent;
    onProgress({ phase, done: percent, total: 100 });
  }, POLL_MS);
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}
