import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventStore } from '@waymark/analytics';
import { openEventStore } from '@waymark/analytics';
import type { MapStore } from '@waymark/store';
import { openMapStore } from '@waymark/store';
import type { CliOutput } from '../cli-context';
import { runCli } from '../run-cli';
import type { CliRun } from '../spawn-cli';

/** One data directory and its stores, opened once, on which a test file runs `waymark` commands. */
export interface CliHarness {
  /** A scratch directory; commands run with it as the working directory. */
  readonly dir: string;
  /** The data directory inside it (`--data`). */
  readonly dataDir: string;
  readonly mapStore: MapStore;
  readonly eventStore: EventStore;
  /** Runs one command line in-process on the open stores; resolves with its exit code and output. */
  run(...args: string[]): Promise<CliRun>;
  /** Closes the stores and deletes the directory. */
  close(): Promise<void>;
}

/** A stream that keeps what is written to it, 120 columns wide (as `COLUMNS` unset gives a spawned run). */
function collector(): CliOutput & { text(): string } {
  const chunks: Buffer[] = [];
  return {
    columns: 120,
    write(chunk) {
      chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
      return true;
    },
    text: () => Buffer.concat(chunks).toString('utf8'),
  };
}

/**
 * Opens a scratch directory with an embedded map store (PGlite) and event store (DuckDB) in its data
 * directory, for tests of the `waymark` commands. `run` calls `runCli` in this process with those
 * stores (opening PGlite once per file instead of once per command is what makes the tests fast),
 * the scratch directory as working directory and DATABASE_URL/CLICKHOUSE_URL ignored. Runs are one
 * at a time. The real binary keeps a few spawn smoke tests (`spawn-cli.ts`).
 */
export async function openCliHarness(prefix: string): Promise<CliHarness> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  const dataDir = join(dir, 'data');
  await mkdir(dataDir, { recursive: true });
  const mapStore = await openMapStore({ dataDir }, {});
  const eventStore = await openEventStore({ dataDir }, {});
  let queue: Promise<unknown> = Promise.resolve();
  const runOnce = async (args: string[]): Promise<CliRun> => {
    const stdout = collector();
    const stderr = collector();
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const code = await runCli(['--data', dataDir, ...args], { stdout, stderr, mapStore, eventStore });
      return { code, stdout: stdout.text(), stderr: stderr.text() };
    } finally {
      process.chdir(cwd);
    }
  };
  return {
    dir,
    dataDir,
    mapStore,
    eventStore,
    run(...args) {
      const result = queue.then(() => runOnce(args));
      queue = result.catch(() => undefined);
      return result;
    },
    async close() {
      await queue;
      await Promise.allSettled([mapStore.close(), eventStore.close()]);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
