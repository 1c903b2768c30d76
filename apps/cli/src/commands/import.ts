import { basename } from 'node:path';
import type { Command } from 'commander';
import { fail } from '../cli-error';
import { fileKind, findDocument, parseRevision, readDocumentFileContents } from '../documents';
import { printJson, printLines } from '../output';
import { DEFAULT_WORKSPACE, ensureWorkspace, withStore } from '../store-context';

/**
 * `waymark import FILE`: reads a .json or .xlsx document and stores it with its personas in one
 * transaction. A map that exists gets a new revision (action `import`), in its own workspace, unless
 * the file holds exactly what is stored; a new map goes to --workspace. Personas are written only
 * where they differ. If anything fails, nothing is written.
 * A workbook records the revision it was exported from; that is the default --base, so a workbook the
 * stored map has moved past is refused (with --force to replace the newer revisions anyway).
 */
export function registerImport(program: Command): void {
  program
    .command('import')
    .description('import a map from a .json or .xlsx file (a new revision if the map exists)')
    .argument('<file>', 'the .json or .xlsx file')
    .option('--workspace <id>', 'workspace for a map that does not exist yet', DEFAULT_WORKSPACE)
    .option(
      '--base <revision>',
      'refuse the import unless the stored map is at this revision (default for a workbook: the revision it was exported from)',
    )
    .option(
      '--force',
      'import even if the stored map has moved past the revision the workbook was exported from',
    )
    .option('--json', 'print the result as JSON')
    .action(
      async (
        file: string,
        options: { workspace: string; base?: string; force?: boolean; json?: boolean },
        command: Command,
      ) => {
        if (options.force && options.base !== undefined)
          fail('--base and --force contradict each other: give one of them', 2);
        const given = options.base === undefined ? undefined : parseRevision(options.base, '--base');
        // JSON is checked before the store opens; a workbook is read with the store open, so one
        // rebuilt without its "_waymark" sheet can pair with the stored map it names.
        const early = fileKind(file) === 'json' ? await readDocumentFileContents(file) : undefined;
        const fileName = basename(file);
        const message = `imported from ${fileName}`;
        const result = await withStore(command, async (root) => {
          const { document, exportedRevision } =
            early ??
            (await readDocumentFileContents(file, async (id) => (await findDocument(root, id))?.document));
          // --base wins, then --force; otherwise a workbook's recorded revision guards the import.
          const base = given ?? (options.force ? 'force' : (exportedRevision ?? 'force'));
          const { ConflictError } = await import('@waymark/store');
          const { REVISION_AUTHORS, deepEqual } = await import('@waymark/domain');
          const author = REVISION_AUTHORS.import;
          const { staleWorkbookMessage } = await import('@waymark/io');
          return await root.transaction(async (store) => {
            const id = document.journey.id;
            const existing = await store.getJourney(id);
            if (existing && base !== 'force' && existing.revision !== base) {
              if (given === undefined && exportedRevision !== undefined) {
                const stale = {
                  fileName,
                  journeyId: id,
                  exportedRevision,
                  storedRevision: existing.revision,
                };
                fail(staleWorkbookMessage(stale, 'import with --force'));
              }
              throw ConflictError.stale('journey', id, existing.revision, base);
            }
            const workspaceId = existing?.workspaceId ?? options.workspace;
            if (!existing) await ensureWorkspace(store, workspaceId);
            let personasWritten = 0;
            for (const persona of document.personas) {
              const current = await store.getPersona(persona.id);
              if (current && deepEqual(current.persona, persona)) continue;
              await store.savePersona(workspaceId, persona, {
                baseRevision: 'force',
                author,
                action: 'import',
                message,
              });
              personasWritten += 1;
            }
            // An import that changes nothing writes no revision.
            if (existing && deepEqual(existing.journey, document.journey))
              return { document, stored: existing, created: false, changed: false, personasWritten };
            const stored = existing
              ? await store.saveJourney(document.journey, {
                  baseRevision: base,
                  author,
                  action: 'import',
                  message,
                })
              : await store.createJourney(workspaceId, document.journey, {
                  author,
                  action: 'import',
                  message,
                });
            return { document, stored, created: !existing, changed: true, personasWritten };
          });
        });
        const { document, stored, created, changed, personasWritten } = result;
        if (options.json) {
          printJson({
            id: stored.journey.id,
            revision: stored.revision,
            workspaceId: stored.workspaceId,
            created,
            changed,
            personas: document.personas.length,
            personasWritten,
          });
        } else {
          const note = changed ? '' : ' (no changes to the map: no new revision)';
          printLines(`${stored.journey.id} revision ${stored.revision}${note}`);
        }
      },
    );
}
