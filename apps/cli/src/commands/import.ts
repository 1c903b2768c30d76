import { basename } from 'node:path';
import type { Command } from 'commander';
import { parseRevision, readDocumentFile } from '../documents';
import { printJson, printLines } from '../output';
import { DEFAULT_WORKSPACE, ensureWorkspace, withStore } from '../store-context';

/**
 * `waymark import FILE`: reads a .json or .xlsx document and stores it with its personas in one
 * transaction. A map that exists gets a new revision (action `import`), in its own workspace; a new
 * map goes to --workspace. If anything fails, nothing is written.
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
        const document = await readDocumentFile(file);
        const message = `imported from ${basename(file)}`;
        const result = await withStore(command, (root) =>
          root.transaction(async (store) => {
            const existing = await store.getJourney(document.journey.id);
            const workspaceId = existing?.workspaceId ?? options.workspace;
            if (!existing) await ensureWorkspace(store, workspaceId);
            for (const persona of document.personas) {
              await store.savePersona(workspaceId, persona, {
                baseRevision: 'force',
                action: 'import',
                message,
              });
            }
            const stored = existing
              ? await store.saveJourney(document.journey, { baseRevision: base, action: 'import', message })
              : await store.createJourney(workspaceId, document.journey, { action: 'import', message });
            return { stored, created: !existing };
          }),
        );
        const { stored, created } = result;
        if (options.json) {
          printJson({
            id: stored.journey.id,
            revision: stored.revision,
            workspaceId: stored.workspaceId,
            created,
            personas: document.personas.length,
          });
        } else {
          printLines(`${stored.journey.id} revision ${stored.revision}`);
        }
      },
    );
}
