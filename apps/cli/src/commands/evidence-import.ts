import type { Command } from 'commander';
import { fail } from '../cli-error';
import { printJson, printLines, terminalSafe } from '../output';
import { withStore } from '../store-context';

const KINDS = ['survey', 'reviews', 'interviews'] as const;

/** The `--format` names each kind takes (validated against the evidence package's own lists). */
async function checkFormat(kind: (typeof KINDS)[number], format: string | undefined): Promise<void> {
  if (format === undefined) return;
  const { reviewFormatOptionSchema, surveyFormatOptionSchema } = await import('@waymark/evidence');
  const schema =
    kind === 'survey' ? surveyFormatOptionSchema : kind === 'reviews' ? reviewFormatOptionSchema : null;
  if (schema === null) fail('--format: interviews are read as text or Markdown; give no --format', 2);
  if (!schema.safeParse(format).success)
    fail(`--format: expected one of ${schema.options.join(', ')} (got ${JSON.stringify(format)})`, 2);
}

/**
 * `waymark evidence import FILE --kind survey|reviews|interviews [--dataset NAME]`: stores the file's
 * rows as one data set in the map store, all or nothing.
 */
export function registerEvidenceImport(evidence: Command): void {
  evidence
    .command('import')
    .description('store a survey, review or interview file as a data set (all or nothing)')
    .argument('<file>', 'the file: a survey export, a review export, or a text or Markdown transcript')
    .requiredOption('--kind <kind>', 'survey, reviews or interviews')
    .option('--dataset <name>', 'name of the data set (default: the file name)')
    .option('--format <format>', 'the survey or review layout (default: detected from the file)')
    .option('--force', 'import even when a data set already holds the same bytes')
    .option('--json', 'print the data set as JSON')
    .action(
      async (
        file: string,
        flags: { kind: string; dataset?: string; format?: string; force?: boolean; json?: boolean },
        command: Command,
      ) => {
        const kind = KINDS.find((k) => k === flags.kind);
        if (kind === undefined)
          fail(`--kind: expected survey, reviews or interviews (got ${JSON.stringify(flags.kind)})`, 2);
        await checkFormat(kind, flags.format);
        const { hashFile } = await import('@waymark/analytics');
        const { evidenceRows } = await import('@waymark/evidence');
        const { REVISION_AUTHORS, dataSetNameSchema } = await import('@waymark/domain');
        if (flags.dataset !== undefined && !dataSetNameSchema.safeParse(flags.dataset).success)
          fail('--dataset: expected a data set name of 1 to 100 characters on one line', 2);
        // Hashing first also turns a missing file into its one-line error before the store opens.
        const contentHash = await hashFile(file);
        const stored = await withStore(command, async (store) => {
          const read = await evidenceRows(kind, { path: file }, { format: flags.format });
          return await store.importDataSet({
            kind,
            file,
            name: flags.dataset,
            contentHash,
            author: REVISION_AUTHORS.cli,
            force: flags.force === true,
            meta: read.meta,
            rows: read.rows,
          });
        });
        if (flags.json) return printJson(stored);
        printLines(
          `imported ${stored.rows} ${kind === 'survey' ? 'responses' : kind === 'reviews' ? 'reviews' : 'passages'} from ${terminalSafe(file)} as data set "${terminalSafe(stored.name)}" (${stored.id})`,
        );
      },
    );
}
