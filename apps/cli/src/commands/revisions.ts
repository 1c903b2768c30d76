import type { Command } from 'commander';
import { fail } from '../cli-error';
import { loadDocument, parseRevision } from '../documents';
import { printJson, printLines, terminalSafe, terminalWidth } from '../output';
import { withStore } from '../store-context';
import { renderTable } from '../text/table';

/**
 * `waymark history ID`, `waymark label ID REV TEXT`, `waymark diff ID REV1 REV2`,
 * `waymark restore ID REV`: a map's revisions.
 */
export function registerRevisions(program: Command): void {
  program
    .command('history')
    .description('list the revisions of a map')
    .argument('<id>', 'map id')
    .option('--json', 'print JSON')
    .action(async (id: string, options: { json?: boolean }, command: Command) => {
      // Throws NotFoundError for an unknown map.
      const revisions = await withStore(command, (store) => store.history(id));
      if (options.json) return printJson(revisions);
      printLines(
        renderTable(
          ['Rev', 'Action', 'Author', 'When', 'Label', 'Message'],
          revisions.map((r) => [
            String(r.revision),
            r.saves > 1 ? `${r.action} ×${r.saves}` : r.action,
            terminalSafe(r.author),
            r.createdAt.slice(0, 19).replace('T', ' '),
            terminalSafe(r.label ?? ''),
            terminalSafe(r.message ?? ''),
          ]),
          { maxWidth: terminalWidth() },
        ),
      );
    });

  program
    .command('label')
    .description('name a revision of a map ("Q3 baseline"), or remove its name with --clear')
    .argument('<id>', 'map id')
    .argument('<rev>', 'the revision to name')
    .argument('[label]', 'the name: one line, 1 to 100 characters')
    .option('--clear', "remove the revision's name")
    .option('--json', 'print the revision as JSON')
    .action(
      async (
        id: string,
        rev: string,
        label: string | undefined,
        options: { clear?: boolean; json?: boolean },
        command: Command,
      ) => {
        if (Boolean(options.clear) === (label !== undefined))
          fail("give a label, or --clear to remove the revision's name (not both)", 2);
        const revision = parseRevision(rev);
        const info = await withStore(command, async (store) => {
          if (!(await store.getJourney(id))) fail(`journey "${id}" does not exist (see \`waymark list\`)`);
          return await store.labelRevision(id, revision, label ?? null);
        });
        if (options.json) return printJson(info);
        printLines(
          info.label === undefined
            ? `${id} revision ${revision}: name removed`
            : `${id} revision ${revision}: ${terminalSafe(JSON.stringify(info.label))}`,
        );
      },
    );

  program
    .command('diff')
    .description('list what changed between two revisions of a map, one change per line')
    .argument('<id>', 'map id')
    .argument('<rev1>', 'the older revision')
    .argument('<rev2>', 'the newer revision')
    .option('--json', 'print the changes as JSON')
    .action(async (id: string, rev1: string, rev2: string, options: { json?: boolean }, command: Command) => {
      const [a, b] = [parseRevision(rev1, 'rev1'), parseRevision(rev2, 'rev2')];
      const [before, after] = await withStore(command, async (store) => [
        await loadDocument(store, id, a),
        await loadDocument(store, id, b),
      ]);
      const { diffJourneys, formatChange } = await import('@waymark/domain');
      const { changes } = diffJourneys(before.document.journey, after.document.journey);
      if (options.json) return printJson({ id, from: a, to: b, changes });
      printLines(...(changes.length ? changes.map((c) => terminalSafe(formatChange(c))) : ['no changes']));
    });

  program
    .command('restore')
    .description('make a new revision whose content equals an earlier one')
    .argument('<id>', 'map id')
    .argument('<rev>', 'the revision to bring back')
    .option('--base <revision>', 'refuse unless the map is still at this revision')
    .option('--json', 'print the result as JSON')
    .action(async (id: string, rev: string, options: { base?: string; json?: boolean }, command: Command) => {
      const revision = parseRevision(rev);
      const stored = await withStore(command, async (store) => {
        const current = await store.getJourney(id);
        if (!current) fail(`journey "${id}" does not exist (see \`waymark list\`)`);
        const base = options.base === undefined ? current.revision : parseRevision(options.base, '--base');
        const { REVISION_AUTHORS } = await import('@waymark/domain');
        return await store.restore(id, revision, { baseRevision: base, author: REVISION_AUTHORS.cli });
      });
      if (options.json) return printJson({ id, restored: revision, revision: stored.revision });
      printLines(`${id} revision ${stored.revision} (restored from revision ${revision})`);
    });
}
