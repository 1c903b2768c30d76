import type { Command } from 'commander';
import { fail } from '../cli-error';
import { parseRevision } from '../documents';
import { printJson, printLines, terminalSafe, terminalWidth } from '../output';
import { ensureWorkspace, withStore } from '../store-context';
import { renderTable } from '../text/table';

/**
 * Map management: `rename`, `duplicate`, `delete` (to the trash, or `--purge` for good), `trash` and
 * `undelete`. A deleted map stays in the trash, restorable, for `TRASH_RETENTION_DAYS` days.
 */
export function registerManage(program: Command): void {
  program
    .command('rename')
    .description('give a map a new title (a new revision)')
    .argument('<id>', 'map id')
    .argument('<title>', 'the new title')
    .option('--base <revision>', 'refuse unless the map is still at this revision')
    .option('--json', 'print the result as JSON')
    .action(
      async (id: string, title: string, options: { base?: string; json?: boolean }, command: Command) => {
        if (title.trim() === '') fail('title: expected a non-empty title', 2);
        const base = options.base === undefined ? undefined : parseRevision(options.base, '--base');
        const { REVISION_AUTHORS } = await import('@waymark/domain');
        const { NotFoundError, renameJourney } = await import('@waymark/store');
        const stored = await withStore(command, async (store) => {
          try {
            return await renameJourney(store, id, title.trim(), {
              baseRevision: base,
              author: REVISION_AUTHORS.cli,
            });
          } catch (error) {
            if (error instanceof NotFoundError) fail(`journey "${id}" does not exist (see \`waymark list\`)`);
            throw error;
          }
        });
        if (options.json) return printJson({ id, title: stored.journey.title, revision: stored.revision });
        printLines(`${id} revision ${stored.revision} (renamed to "${terminalSafe(stored.journey.title)}")`);
      },
    );

  program
    .command('duplicate')
    .description('copy a map into a new map (new ids, revision 1) and print its id')
    .argument('<id>', 'map id')
    .option('--title <text>', 'title of the copy (default: "Copy of <title>" in the map\'s language)')
    .option('--workspace <id>', "workspace of the copy (default: the original's)")
    .option('--json', 'print the copy as JSON')
    .action(
      async (
        id: string,
        options: { title?: string; workspace?: string; json?: boolean },
        command: Command,
      ) => {
        if (options.title?.trim() === '') fail('--title: expected a non-empty title', 2);
        const { REVISION_AUTHORS, duplicateJourney } = await import('@waymark/domain');
        const stored = await withStore(command, async (store) => {
          const original = await store.getJourney(id);
          if (!original) fail(`journey "${id}" does not exist (see \`waymark list\`)`);
          const workspace = options.workspace ?? original.workspaceId;
          await ensureWorkspace(store, workspace);
          const copy = duplicateJourney(original.journey, options.title ? { title: options.title } : {});
          return await store.createJourney(workspace, copy, {
            author: REVISION_AUTHORS.cli,
            message: `Duplicated from ${id} revision ${original.revision}`,
          });
        });
        if (!options.json) return printLines(stored.journey.id);
        printJson({
          id: stored.journey.id,
          title: stored.journey.title,
          revision: stored.revision,
          workspaceId: stored.workspaceId,
          from: id,
        });
      },
    );

  program
    .command('delete')
    .description(
      'move a map to the trash (restorable with `waymark undelete`), or with --purge delete it for good',
    )
    .argument('<id>', 'map id')
    .option('--base <revision>', 'refuse unless the map is still at this revision')
    .option('--purge', 'delete it for good, with every revision (also a map already in the trash)')
    .option('--json', 'print the result as JSON')
    .action(
      async (id: string, options: { base?: string; purge?: boolean; json?: boolean }, command: Command) => {
        const base = options.base === undefined ? 'force' : parseRevision(options.base, '--base');
        const { purgeTimeOf } = await import('@waymark/api');
        const result = await withStore(command, (store) =>
          store.transaction(async (tx) => {
            const live = await tx.getJourney(id);
            const trashed = live
              ? await tx.deleteJourney(id, { baseRevision: base })
              : (await tx.listTrash()).find((t) => t.id === id);
            if (!trashed) fail(`journey "${id}" does not exist (see \`waymark list\` and \`waymark trash\`)`);
            if (options.purge) await tx.purgeJourney(id);
            return trashed;
          }),
        );
        const purgeAt = purgeTimeOf(result.deletedAt);
        if (options.json) {
          return printJson(
            options.purge
              ? { id, purged: true }
              : { id, purged: false, deletedAt: result.deletedAt, purgeAt, revision: result.revision },
          );
        }
        printLines(
          options.purge
            ? `${id} deleted for good, with its ${result.revision} revision(s)`
            : `${id} moved to the trash until ${purgeAt.slice(0, 10)} (\`waymark undelete ${id}\` brings it back)`,
        );
      },
    );

  program
    .command('trash')
    .description('list the maps in the trash, most recently deleted first')
    .option('--workspace <id>', 'only maps of this workspace')
    .option('--json', 'print JSON')
    .action(async (options: { workspace?: string; json?: boolean }, command: Command) => {
      const { purgeTimeOf, trashCutoff } = await import('@waymark/api');
      const trashed = await withStore(command, async (store) => {
        await store.purgeTrash({ deletedBefore: trashCutoff() });
        return await store.listTrash(options.workspace);
      });
      const listed = trashed.map((t) => ({ ...t, purgeAt: purgeTimeOf(t.deletedAt) }));
      if (options.json) return printJson(listed);
      if (listed.length === 0) return printLines('the trash is empty');
      printLines(
        renderTable(
          ['Id', 'Title', 'Type', 'Rev', 'Deleted', 'Purged after'],
          listed.map((t) => [
            t.id,
            terminalSafe(t.title),
            `${t.mapType} / ${t.journeyKind}`,
            String(t.revision),
            t.deletedAt.slice(0, 19).replace('T', ' '),
            t.purgeAt.slice(0, 10),
          ]),
          { maxWidth: terminalWidth() },
        ),
      );
    });

  program
    .command('undelete')
    .description('bring a map back from the trash, at the revision it had')
    .argument('<id>', 'map id')
    .option('--json', 'print the result as JSON')
    .action(async (id: string, options: { json?: boolean }, command: Command) => {
      const { trashCutoff } = await import('@waymark/api');
      const stored = await withStore(command, async (store) => {
        await store.purgeTrash({ deletedBefore: trashCutoff() });
        return await store.undeleteJourney(id);
      });
      if (options.json) return printJson({ id, revision: stored.revision, title: stored.journey.title });
      printLines(`${id} is back at revision ${stored.revision} ("${terminalSafe(stored.journey.title)}")`);
    });
}
