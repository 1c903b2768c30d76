import { parseArgs } from 'node:util';
import { z } from 'zod';

/** Users in the full benchmark run; only a run of this size writes bench/results.md. */
export const FULL_USERS = 1_000_000;

const count = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** Benchmark options from the command line (`npm run bench -- --users 100000`). */
export const benchOptionsSchema = z.object({
  users: count(100, 10_000_000).default(FULL_USERS),
  eventsPerUser: count(1, 1000).default(10),
  seed: count(0, 2 ** 32 - 1).default(20260101),
  /** Timed runs per query (the median is reported), after `warmups` untimed ones. */
  runs: count(1, 50).default(5),
  warmups: count(0, 10).default(1),
  /** Timed runs of each ingest (a 10M-row ingest takes seconds, so fewer). */
  ingestRuns: count(1, 10).default(3),
  ingestWarmups: count(0, 5).default(1),
});
export type BenchOptions = z.infer<typeof benchOptionsSchema>;

const USAGE = `usage: npm run bench -- [--users N] [--events-per-user N] [--seed N] [--runs N] [--warmups N]
                        [--ingest-runs N] [--ingest-warmups N]`;

/** Parses and validates the command line; throws with the usage text on unknown or invalid options. */
export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        users: { type: 'string' },
        'events-per-user': { type: 'string' },
        seed: { type: 'string' },
        runs: { type: 'string' },
        warmups: { type: 'string' },
        'ingest-runs': { type: 'string' },
        'ingest-warmups': { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  const parsed = benchOptionsSchema.safeParse({
    users: values.users,
    eventsPerUser: values['events-per-user'],
    seed: values.seed,
    runs: values.runs,
    warmups: values.warmups,
    ingestRuns: values['ingest-runs'],
    ingestWarmups: values['ingest-warmups'],
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`${problems.join('\n')}\n${USAGE}`);
  }
  return parsed.data;
}
