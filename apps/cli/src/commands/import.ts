import { basename } from 'node:path';
import type { Command } from 'commander';
import type { MergeSide } from '@waymark/domain';
import type { ImportRefusedError } from '@waymark/store';
import { fail } from '../cli-error';
import { fileKind, findDocument, parseRevision, readDocumentFileContents } from '../documents';
import { printErrorLines, printJson, printLines, terminalSafe } from '../output';
import { DEFAULT_WORKSPACE, ensureWorkspace, withStore } from '../store-context';

/**
 * `waymark import FILE`: reads a .json or .xlsx document and stores it with its personas in one
 * transaction (the store's `importDocument`, which the server uses too). A map that exists gets a new
 * revision (action `import`), in its own workspace, unless the file holds exactly what is stored; a new
 * map goes to --workspace. Personas are written only where they differ. If anything fails, nothing is
 * written. A workbook records the revision it was exported from; that is the default --base, so a file
 * the stored map has moved past is refused, merged (--merge, conflicts settled by --prefer) or forced
 * over the newer revisions (--force).
 */
export function registerImport(program: Command): void {
  program
    .command('import')
    .description('import a map from a .json or .xlsx file (a new revision if the map exists)')
    .argument('<file>', 'the .json or .xlsx file')
    .option('--workspace <id>', 'workspace for a map that does not exist yet', DEFAULT_WORKSPACE)
    .option(
      '--base <revision>',
      'the stored revision the file was made from; refuse (or merge) if the map has moved on (default for a workbook: the revision it was exported from)',
    )
    .option('--merge', "merge the file's changes into the newer revisions of the stored map")
    .option(
      '--prefer <side>',
      'with --merge: the side conflicts take, theirs (the stored map) or mine (the file)',
    )
    .option(
      '--force',
      'import even if the stored map has moved past the base revision (they stay in history)',
    )
    .option('--json', 'print the result as JSON')
    .action(async (file: string, options: ImportFlags, command: Command) => {
      const given = options.base === undefined ? undefined : parseRevision(options.base, '--base');
      const prefer = checkFlags(options, given);
      // JSON is checked before the store opens; a workbook is read with the store open, so one
      // rebuilt without its "_waymark" sheet can pair with the stored map it names.
      const early = fileKind(file) === 'json' ? await readDocumentFileContents(file) : undefined;
      const fileName = basename(file);
      const outcome = await withStore(command, async (root) => {
        const { document, exportedRevision } =
          early ??
          (await readDocumentFileContents(file, async (id) => (await findDocument(root, id))?.document));
        const base = given ?? exportedRevision;
        if (options.merge && base === undefined)
          fail(
            `${fileName} records no revision to merge from: give --base, the revision it was made from`,
            2,
          );
        const { ImportRefusedError, importDocument } = await import('@waymark/store');
        const { REVISION_AUTHORS } = await import('@waymark/domain');
        try {
          return await importDocument(root, document, {
            workspaceId: options.workspace,
            base,
            mode: options.merge ? 'merge' : options.force ? 'force' : 'refuse',
            prefer,
            author: REVISION_AUTHORS.import,
            message: `imported from ${fileName}`,
            beforeCreate: (store) => ensureWorkspace(store, options.workspace),
          });
        } catch (error) {
          if (!(error instanceof ImportRefusedError)) throw error;
          return await refused(error, fileName, given === undefined ? exportedRevision : undefined, options);
        }
      });
      const { journey: stored, created, changed, personas, personasWritten, merged } = outcome;
      if (options.json) {
        printJson({
          id: stored.journey.id,
          revision: stored.revision,
          workspaceId: stored.workspaceId,
          created,
          changed,
          personas: personas.length,
          personasWritten,
          ...(merged ? { merged } : {}),
        });
      } else {
        const notes = [
          ...(merged ? [mergedNote(merged, prefer)] : []),
          ...(changed ? [] : ['no changes to the map: no new revision']),
        ];
        printLines(`${stored.journey.id} revision ${stored.revision}${notes.map((n) => ` (${n})`).join('')}`);
      }
    });
}

/** The options of `waymark import`. */
interface ImportFlags {
  workspace: string;
  base?: string;
  merge?: boolean;
  prefer?: string;
  force?: boolean;
  json?: boolean;
}

/** Refuses contradicting flags (exit 2) and returns the side of --prefer. */
function checkFlags(options: ImportFlags, base: number | undefined): MergeSide | undefined {
  if (options.force && options.merge) fail('--merge and --force contradict each other: give one of them', 2);
  if (options.force && base !== undefined)
    fail('--base and --force contradict each other: give one of them', 2);
  if (options.prefer === undefined) return undefined;
  if (!options.merge) fail('--prefer applies only with --merge', 2);
  if (options.prefer !== 'theirs' && options.prefer !== 'mine')
    fail(`--prefer: expected theirs or mine (got "${options.prefer}")`, 2);
  return options.prefer;
}

/** "merged with revisions 3 to 5; 2 conflicts settled: mine". */
function mergedNote(
  merged: { base: number; into: number; conflicts: unknown[] },
  prefer: MergeSide | undefined,
): string {
  const range =
    merged.into === merged.base + 1
      ? `revision ${merged.into}`
      : `revisions ${merged.base + 1} to ${merged.into}`;
  const n = merged.conflicts.length;
  const settled =
    n === 0 ? '' : `; ${n} ${n === 1 ? 'conflict' : 'conflicts'} settled: ${prefer ?? 'theirs'}`;
  return `merged with ${range}${settled}`;
}

/**
 * Fails for a refused import: a stale file names the ways past it; a merge with conflicts prints each
 * on its own line first (`conflict: ...` on stderr; with --json also as JSON on stdout).
 */
async function refused(
  error: ImportRefusedError,
  fileName: string,
  exportedRevision: number | undefined,
  options: ImportFlags,
): Promise<never> {
  if (error.reason === 'conflicts') {
    const { formatConflict } = await import('@waymark/domain');
    const names = { theirs: 'stored', mine: 'file' };
    printErrorLines(...error.conflicts.map((c) => `conflict: ${terminalSafe(formatConflict(c, names))}`));
    if (options.json) printJson({ id: error.id, conflicts: error.conflicts });
    fail(`${fileName}: ${error.message}; choose a side with --prefer theirs|mine, or export it again`);
  }
  if (exportedRevision !== undefined) {
    const { staleWorkbookMessage } = await import('@waymark/io');
    const stale = { fileName, journeyId: error.id, exportedRevision, storedRevision: error.current ?? 0 };
    fail(staleWorkbookMessage(stale, { merge: '--merge', force: '--force' }));
  }
  throw error;
}
