import { AsyncLocalStorage } from 'node:async_hooks';
import type { EventStore } from '@waymark/analytics';
import type { MapStore } from '@waymark/store';

/** Where a command writes: `process.stdout`/`process.stderr`, or a test's collectors. */
export interface CliOutput {
  write(chunk: string | Uint8Array): unknown;
  /** The terminal's width, when it is one. */
  columns?: number | undefined;
}

/**
 * What one CLI run works with. The real `waymark` runs with the process's streams and opens the
 * stores named by `--data`/`DATABASE_URL`/`CLICKHOUSE_URL` per command; `runCli` callers (tests) may
 * hand in streams and already-open stores, which the run then uses and leaves open.
 */
export interface CliContext {
  stdout: CliOutput;
  stderr: CliOutput;
  /** A map store to use instead of opening one (not closed by the run). */
  mapStore?: MapStore | undefined;
  /** An event store to use instead of opening the data directory's (not closed by the run). */
  eventStore?: EventStore | undefined;
}

const storage = new AsyncLocalStorage<CliContext>();

/** The context of the run in progress (the process's streams outside `withCliContext`). */
export function cliContext(): CliContext {
  return storage.getStore() ?? { stdout: process.stdout, stderr: process.stderr };
}

/** Runs `work` with `context` as the CLI context of everything it awaits. */
export function withCliContext<T>(context: CliContext, work: () => Promise<T>): Promise<T> {
  return storage.run(context, work);
}
