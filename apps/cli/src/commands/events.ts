import type { Command } from 'commander';
import type { IngestProgress } from '@waymark/analytics';
import { cliContext } from '../cli-context';
import { fail } from '../cli-error';
import { printJson, printLines, terminalSafe, terminalWidth } from '../output';
import { dataDirOf } from '../store-context';
import { renderTable } from '../text/table';
import type { ColumnFlags } from './analyze-options';
import { addColumnFlags, ingestOptionsOf } from './analyze-options';

/** Where each import phase starts on the bar (percent): reading the file and validating rows is the longest. */
const PHASE_START: Record<IngestProgress['phase'], number> = {
  reading: 0,
  validating: 2,
  inserting: 50,
  indexing: 80,
  done: 100,
};
const PHASE_END: Record<IngestProgress['phase'], number> = {
  reading: 2,
  validating: 50,
  inserting: 80,
  indexing: 100,
  done: 100,
};

/** The whole import's percent from one progress update. */
export function overallPercent(progress: IngestProgress): number {
  const start = PHASE_START[progress.phase];
  const share = progress.total > 0 ? Math.min(1, progress.done / progress.total) : 0;
  return Math.round(start + (PHASE_END[progress.phase] - start) * share);
}

/** `waymark events import FILE`: loads events into the data directory's DuckDB store, all-or-nothing. */
export function registerEvents(program: Command): void {
  const events = program.command('events').description('import and inspect analytics events');
  addColumnFlags(
    events
      .command('import')
      .description('import events from a CSV, NDJSON or Parquet file (all-or-nothing)')
      .argument('<file>', 'the file to import'),
  )
    .option(
      '--on-error <mode>',
      'fail (default: load nothing when a row is bad) or skip (load the good rows)',
    )
    .option('--dataset <name>', 'name of the data set the import creates (default: the file name)')
    .option('--force', 'import even when a data set already holds the same bytes')
    .option('--json', 'print the import report as JSON')
    .action(
      async (
        file: string,
        flags: ColumnFlags & { onError?: string; json?: boolean; dataset?: string; force?: boolean },
        command: Command,
      ) => {
        const onError = flags.onError ?? 'fail';
        if (onError !== 'fail' && onError !== 'skip')
          fail(`--on-error: expected fail or skip, got "${flags.onError}"`, 2);
        const { openEventStore } = await import('@waymark/analytics');
        const { REVISION_AUTHORS } = await import('@waymark/domain');
        const { SingleBar, Presets } = await import('cli-progress');
        const bar = new SingleBar(
          { format: 'importing [{bar}] {percentage}% {phase}', hideCursor: true, clearOnComplete: true },
          Presets.shades_classic,
        );
        bar.start(100, 0, { phase: 'reading' });
        const given = cliContext().eventStore;
        const store = given ?? (await openEventStore({ dataDir: dataDirOf(command) }));
        try {
          const dataSet = { name: flags.dataset, author: REVISION_AUTHORS.cli, force: flags.force === true };
          const report = await store.ingestFile(
            file,
            { ...ingestOptionsOf(flags), onError, dataSet },
            (progress) => {
              bar.update(overallPercent(progress), { phase: progress.phase });
            },
          );
          bar.stop();
          if (flags.json) return printJson(report);
          printLines(
            `imported ${report.inserted} event${report.inserted === 1 ? '' : 's'} from ${terminalSafe(file)}` +
              ` (${report.rows} rows, ${report.duplicates} duplicate ids, ${report.skipped} bad rows skipped)` +
              (report.dataSet
                ? ` as data set "${terminalSafe(report.dataSet.name)}" (${report.dataSet.id})`
                : ''),
          );
          if (report.errors.length > 0) {
            const rows = report.errors.map((e) => [
              String(e.row),
              terminalSafe(e.column),
              terminalSafe(e.value),
              e.reason,
            ]);
            printLines(
              renderTable(['row', 'column', 'value', 'problem'], rows, { maxWidth: terminalWidth() }),
            );
          }
        } finally {
          bar.stop();
          if (store !== given) await store.close();
        }
      },
    );
}
