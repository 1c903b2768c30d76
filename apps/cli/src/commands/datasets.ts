import type { Command } from 'commander';
import type { DataSet, DataSetCatalog } from '@waymark/domain';
import { mapStoreDataSetHome } from '@waymark/store';
import { fail } from '../cli-error';
import { printJson, printLines, terminalSafe, terminalWidth } from '../output';
import { dataDirOf, withStore } from '../store-context';
import { renderTable } from '../text/table';

/**
 * Opens the homes of the data sets (the event store for events, the map store for the others), runs `work` on their catalogue and
 * closes them whatever happens.
 */
export async function withDataSets<T>(
  command: Command,
  work: (catalog: DataSetCatalog) => Promise<T>,
): Promise<T> {
  const { eventDataSetHome, openEventStore } = await import('@waymark/analytics');
  const { DataSetCatalog } = await import('@waymark/domain');
  return await withStore(command, async (maps) => {
    const events = await openEventStore({ dataDir: dataDirOf(command) });
    try {
      return await work(new DataSetCatalog([eventDataSetHome(events), mapStoreDataSetHome(maps)]));
    } finally {
      await events.close();
    }
  });
}

/** A data set's time span as one cell: `from – to`, a date when both are whole days, or `-`. */
function spanOf(dataSet: DataSet): string {
  if (dataSet.from === null || dataSet.to === null) return '-';
  const short = (iso: string): string => iso.replace(/\.000Z$/, 'Z').replace('T00:00:00Z', '');
  return `${short(dataSet.from)} – ${short(dataSet.to)}`;
}

/** One line naming a data set: `"name" (id, kind)`. */
function named(dataSet: DataSet): string {
  return `"${terminalSafe(dataSet.name)}" (${dataSet.id}, ${dataSet.kind})`;
}

/** `waymark datasets list|rename|delete`: every import is a data set (see docs/cli.md). */
export function registerDataSets(program: Command): void {
  const datasets = program
    .command('datasets')
    .description('list, rename and delete data sets (each import of events, survey, reviews or interviews)');

  datasets
    .command('list')
    .description('list the data sets, oldest first')
    .option('--kind <kind>', 'only data sets of this kind: events, survey, reviews or interviews')
    .option('--json', 'print the data sets as JSON')
    .action(async (options: { kind?: string; json?: boolean }, command: Command) => {
      const { dataSetKindSchema } = await import('@waymark/domain');
      const kind = options.kind === undefined ? undefined : dataSetKindSchema.safeParse(options.kind);
      if (kind !== undefined && !kind.success) {
        fail(`--kind: expected events, survey, reviews or interviews, got "${options.kind}"`, 2);
      }
      const listed = (await withDataSets(command, (catalog) => catalog.list())).filter(
        (dataSet) => kind === undefined || dataSet.kind === kind.data,
      );
      if (options.json) return printJson(listed);
      if (listed.length === 0)
        return printLines(
          'no data sets (import one with `waymark events import` or `waymark evidence import`)',
        );
      const rows = listed.map((dataSet) => [
        dataSet.id,
        terminalSafe(dataSet.name),
        dataSet.kind,
        terminalSafe(dataSet.source),
        spanOf(dataSet),
        String(dataSet.rows),
        terminalSafe(dataSet.author),
        dataSet.createdAt.slice(0, 16).replace('T', ' '),
      ]);
      printLines(
        renderTable(['id', 'name', 'kind', 'source', 'span', 'rows', 'author', 'imported'], rows, {
          maxWidth: terminalWidth(),
        }),
      );
    });

  datasets
    .command('rename')
    .description('give a data set a new name')
    .argument('<dataset>', 'the data set: its id or its name')
    .argument('<name>', 'the new name')
    .option('--json', 'print the renamed data set as JSON')
    .action(async (ref: string, name: string, options: { json?: boolean }, command: Command) => {
      const renamed = await withDataSets(command, (catalog) => catalog.rename(ref, name));
      if (options.json) return printJson(renamed);
      printLines(`renamed ${renamed.id} to "${terminalSafe(renamed.name)}"`);
    });

  datasets
    .command('delete')
    .description('delete a data set and all its rows (all or nothing)')
    .argument('<dataset>', 'the data set: its id or its name')
    .option('--json', 'print the deleted data set as JSON')
    .action(async (ref: string, options: { json?: boolean }, command: Command) => {
      const deleted = await withDataSets(command, (catalog) => catalog.delete(ref));
      if (options.json) return printJson(deleted);
      printLines(
        `deleted data set ${named(deleted)} and its ${deleted.rows} row${deleted.rows === 1 ? '' : 's'}`,
      );
    });
}
