import type { Command } from 'commander';
import { fail } from '../cli-error';
import { printJson, printLines, terminalSafe, terminalWidth } from '../output';
import { withStore } from '../store-context';
import { renderTable } from '../text/table';

/** `waymark list [--workspace W]`: the maps in the store. */
export function registerList(program: Command): void {
  program
    .command('list')
    .description('list maps')
    .option('--workspace <id>', 'only maps of this workspace')
    .option('--json', 'print JSON')
    .action(async (options: { workspace?: string; json?: boolean }, command: Command) => {
      const maps = await withStore(command, async (store) => {
        if (options.workspace !== undefined && !(await store.getWorkspace(options.workspace)))
          fail(`workspace "${options.workspace}" does not exist`);
        return await store.listJourneys(options.workspace);
      });
      if (options.json) return printJson(maps);
      if (maps.length === 0)
        return printLines('no maps yet (create one with `waymark new --template purchase --title ...`)');
      printLines(
        renderTable(
          ['Id', 'Title', 'Type', 'Locale', 'Rev', 'Updated'],
          maps.map((m) => [
            m.id,
            terminalSafe(m.title),
            `${m.mapType} / ${m.journeyKind}`,
            m.locale,
            String(m.revision),
            m.updatedAt.slice(0, 19).replace('T', ' '),
          ]),
          { maxWidth: terminalWidth() },
        ),
      );
    });
}
