import type { Command } from 'commander';
import { parseLocale } from '../arguments';
import { fail } from '../cli-error';
import { printJson, printLines } from '../output';
import { DEFAULT_WORKSPACE, ensureWorkspace, withStore } from '../store-context';

/** `waymark new --template T --title TEXT`: creates a map from a template and prints its id. */
export function registerNew(program: Command): void {
  program
    .command('new')
    .description('create a map from a template and print its id')
    .requiredOption('--template <id>', 'template id (see `waymark templates`)')
    .requiredOption('--title <text>', 'title of the map')
    .option('--locale <locale>', 'language of stage and lane names: en, th, zh-TW, vi, fa', 'en')
    .option('--workspace <id>', 'workspace to create it in', DEFAULT_WORKSPACE)
    .option('--json', 'print the new map as JSON')
    .action(
      async (
        options: { template: string; title: string; locale: string; workspace: string; json?: boolean },
        command: Command,
      ) => {
        if (options.title.trim() === '') fail('--title: expected a non-empty title', 2);
        const { REVISION_AUTHORS, createFromTemplate } = await import('@waymark/domain');
        const journey = createFromTemplate(options.template, {
          title: options.title,
          locale: parseLocale(options.locale),
        });
        const stored = await withStore(command, async (store) => {
          await ensureWorkspace(store, options.workspace);
          return await store.createJourney(options.workspace, journey, { author: REVISION_AUTHORS.cli });
        });
        if (options.json)
          printJson({ id: stored.journey.id, revision: stored.revision, workspaceId: stored.workspaceId });
        else printLines(stored.journey.id);
      },
    );
}
