import { basename } from 'node:path';
import type { Command } from 'commander';
import { fileKind, findDocument, parseRevision, readDocumentFile } from '../documents';
import { printJson, printLines } from '../output';
import { DEFAULT_WORKSPACE, ensureWorkspace, withStore } from '../store-context';

/**
 * `waymark import FILE`: reads a .json or .xlsx document and stores it with its personas in one
 * transaction. A map that exists gets a new revision (action `import`), in its own workspace, unless
 * the file holds exactly what is stored; a new map goes to --workspace. Personas are written only
 * where they differ. If anything fails, nothing is written.
 */
export function registerImport(program: Command): void {
  program
    .command('import')
    .description('import a map from a .json or .xlsx file (a new revision if the map exists)')
    .argument('<file>', 'the .json or .xlsx file')
    .option('--workspace <id>', 'workspace for a map that does not exist yet', DEFAULT_WORKSPACE)
    .option('--base <revision>', 'refuse the import unless the stored map is at this revision')
    .option('--json', 'print the result as JSON')
    .action(
      async (
        file: string,
        options: { workspace: string; base?: string; json?: boolean },
        command: Command,
      ) => {
        const base = options.base === undefined ? 'force' : parseRevision(options.base, '--base');
        // JSON is checked before the store opens; a workbook is read with the store open, so one
        // rebuilt without its "_waymark" sheet can pair with the stored map it names.
        const early = fileKind(file) === 'json' ? await readDocumentFile(file) : undefined;
        const message = `imported from ${basename(file)}`;
        const result = await withStore(command, async (root) => {
          const document =
            early ?? (await readDocumentFile(file, async (id) => (await findDocument(root, id))?.document));
          const { ConflictError } = await import('@waymark/store');
          const { deepEqual } = await import('@waymark/domain');
          return await root.transaction(async (store) => {
            const id = document.journey.id;
            const existing = await store.getJourney(id);
            if (existing && base !== 'force' && existing.revision !== base)
              throw ConflictError.stale('journey', id, existing.revision, base);
            const workspaceId = existing?.workspaceId ?? options.workspace;
            if (!existing) await ensureWorkspace(store, workspaceId);
            let personasWritten = 0;
            for (const persona of document.personas) {
              const current = await store.getPersona(persona.id);
              if (current && deepEqual(current.persona, persona)) continue;
              await store.savePersona(workspaceId, persona, {
                baseRevision: 'force',
                action: 'import',
                message,
              });
              personasWritten += 1;
            }
            // An import that changes nothing writes no revision.
            if (existing && deepEqual(existing.journey, document.journey))
              return { document, stored: existing, created: false, changed: false, personasWritten };
            const stored = existing
              ? await store.saveJourney(document.journey, { baseRevision: base, action: 'import', message })
              : await store.createJourney(workspaceId, document.journey, { action: 'import', message });
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
