import { rm, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { DuckDbEventStore } from '@waymark/analytics';
import { FULL_USERS, parseBenchArgs } from './args';
import { DATA_DIR, ensureDataset } from './dataset';
import { describeMachine } from './machine';
import { measure, PeakMemory } from './measure';
import type { Answer } from './questions';
import { assertSameAnswer, QUESTIONS } from './questions';
import type { BenchReport, Comparison } from './report';
import { consoleTable, resultsMarkdown } from './report';
import type { Baseline } from './sides';
import { baselineLoad, baselineRows, closeBaseline, removeBaseline, STORE_DIR, waymarkIngest } from './sides';

/**
 * The analytics benchmark (`npm run bench`), in one process: generate (or reuse) the seeded CSV, then
 * time Waymark against hand-written DuckDB SQL on ingest and four questions, check both give the same
 * answers, and write bench/results.md (full 1M-user run) or bench/data/results-<users>.md (smaller runs).
 * Waymark's phases run first and its store is closed before the baseline loads, so peaks do not mix.
 */

/** Time and ratio targets per comparison (see the "Performance design" section of design.md). */
const TARGETS: Record<string, { maxSeconds?: number; minRatio?: number }> = {
  ingest: { maxSeconds: 15 },
  funnel: { maxSeconds: 0.25, minRatio: 5 },
  dfg: { maxSeconds: 0.25, minRatio: 5 },
  paths: { minRatio: 5 },
  attribution: { minRatio: 5 },
};

async function main(): Promise<void> {
  const options = parseBenchArgs(process.argv.slice(2));
  const loadStart = loadavg()[0] ?? 0;
  const memory = new PeakMemory();
  const peaks: BenchReport['peaks'] = [];
  const machine = await describeMachine();
  console.log(`Waymark analytics benchmark: ${options.users} users, seed ${options.seed}`);
  console.log(`${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, DuckDB ${machine.duckdb}`);

  const dataset = await ensureDataset(options);
  console.log(
    dataset.generatedSeconds === null
      ? `reusing ${dataset.path} (${dataset.rows} events)`
      : `generated ${dataset.path} (${dataset.rows} events) in ${dataset.generatedSeconds.toFixed(1)} s`,
  );
  memory.phase();
  const queryRuns = { warmups: options.warmups, runs: options.runs };
  const ingestRuns = { warmups: options.ingestWarmups, runs: options.ingestRuns };

  // Waymark: ingest (with the journey index), then the questions on the built index.
  console.log('Waymark ingest + journey index');
  let store: DuckDbEventStore | null = null;
  const ingest = await measure(
    'Waymark ingest',
    { ...ingestRuns, prepare: async () => void (await store?.close()) },
    async () => {
      const ingested = await waymarkIngest(dataset.path);
      store = ingested.store;
      return ingested;
    },
  );
  if (ingest.answer.rows !== dataset.rows)
    throw new Error(`Waymark ingested ${ingest.answer.rows} events; the CSV holds ${dataset.rows}`);
  const ready = ingest.answer.store;
  peaks.push({ phase: 'Waymark ingest + index', bytes: memory.phase() });
  const waymarkTimes = new Map<string, Comparison['waymark']>();
  const waymarkAnswers = new Map<string, Answer>();
  for (const question of QUESTIONS) {
    console.log(`Waymark ${question.title}`);
    const { timing, answer } = await measure(`Waymark ${question.key}`, queryRuns, () =>
      question.waymark(ready),
    );
    waymarkTimes.set(question.key, timing);
    waymarkAnswers.set(question.key, answer);
  }
  peaks.push({ phase: 'Waymark queries', bytes: memory.phase() });
  await ready.close();
  const waymarkPeakBytes = Math.max(...peaks.map((p) => p.bytes));

  // Baseline: load with read_csv, then the hand-written SQL.
  console.log('Baseline load');
  let baseline: Baseline | null = null;
  const load = await measure(
    'SQL load',
    {
      ...ingestRuns,
      prepare: async () => {
        if (baseline !== null) closeBaseline(baseline);
        baseline = null;
      },
    },
    async () => {
      baseline = await baselineLoad(dataset.path);
      return baseline;
    },
  );
  const loaded = load.answer;
  const loadedRows = await baselineRows(loaded);
  if (loadedRows !== dataset.rows)
    throw new Error(`the baseline loaded ${loadedRows} events; the CSV holds ${dataset.rows}`);
  peaks.push({ phase: 'SQL load', bytes: memory.phase() });
  const comparisons: Comparison[] = [
    { name: 'ingest', waymark: ingest.timing, baseline: load.timing, ...TARGETS.ingest },
  ];
  const checkedFigures: BenchReport['checkedFigures'] = [];
  for (const question of QUESTIONS) {
    console.log(`SQL ${question.title}`);
    const { timing, answer } = await measure(`SQL ${question.key}`, queryRuns, () =>
      question.sql(loaded.connection),
    );
    const waymark = waymarkAnswers.get(question.key) ?? {};
    assertSameAnswer(question.title, waymark, answer);
    checkedFigures.push({ question: question.key, figures: Object.keys(answer).length });
    const waymarkTiming = waymarkTimes.get(question.key);
    if (waymarkTiming === undefined) throw new Error(`no Waymark timing for ${question.key}`);
    comparisons.push({
      name: question.key,
      waymark: waymarkTiming,
      baseline: timing,
      ...TARGETS[question.key],
    });
  }
  peaks.push({ phase: 'SQL queries', bytes: memory.phase() });
  closeBaseline(loaded);
  await removeBaseline();
  await rm(STORE_DIR, { recursive: true, force: true });

  const report: BenchReport = {
    machine,
    users: options.users,
    events: dataset.rows,
    seed: options.seed,
    runs: options.runs,
    warmups: options.warmups,
    ingestRuns: options.ingestRuns,
    ingestWarmups: options.ingestWarmups,
    generatedSeconds: dataset.generatedSeconds,
    comparisons,
    peaks,
    waymarkPeakBytes,
    overallPeakBytes: memory.overallPeak(),
    peaksPerPhase: memory.perPhase,
    checkedFigures,
    loadStart,
    loadEnd: loadavg()[0] ?? 0,
  };
  memory.stop();
  const out =
    options.users === FULL_USERS && options.eventsPerUser === 10
      ? join(import.meta.dirname, 'results.md')
      : join(DATA_DIR, `results-${options.users}.md`);
  await writeFile(out, resultsMarkdown(report));
  console.log(`\n${consoleTable(report)}\n\nwrote ${out}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
