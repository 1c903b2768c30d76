import type { JourneyDocument } from '@waymark/domain';
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { fail } from '../cli-error';
import { loadDocument, parseRevision } from '../documents';
import { printJson } from '../output';
import { withStore } from '../store-context';

const FORMATS = ['json', 'xlsx', 'md'] as const;
type ExportFormat = (typeof FORMATS)[number];

/**
 * `waymark export ID --format json|xlsx|md [--out FILE]`: writes the map as a document. JSON and
 * Markdown go to stdout without --out; XLSX is binary and defaults to `<id>.xlsx`, and records the
 * revision it was exported from so that `waymark import` refuses it once the map has moved on.
 */
export function registerExport(program: Command): void {
  program
    .command('export')
    .description('export a map as JSON, XLSX or Markdown')
    .argument('<id>', 'map id')
    .requiredOption('--format <format>', `one of ${FORMATS.join(', ')}`)
    .option('--out <file>', 'write to this file (json and md default to stdout, xlsx to <id>.xlsx)')
    .option('--revision <n>', 'export an earlier revision')
    .option(
      '--json',
      'print what was written (id, revision, format, file, bytes) as JSON; needs --out for json and md',
    )
    .action(
      async (
        id: string,
        options: { format: string; out?: string; revision?: string; json?: boolean },
        command: Command,
      ) => {
        const format = FORMATS.find((f) => f === options.format.trim().toLowerCase());
        if (!format)
          fail(`--format: expected one of ${FORMATS.join(', ')} (got ${JSON.stringify(options.format)})`, 2);
        if (options.json && !options.out && format !== 'xlsx')
          fail('--json prints export metadata, so give --out FILE for the document', 2);
        const revision =
          options.revision === undefined ? undefined : parseRevision(options.revision, '--revision');
        const { document, stored } = await withStore(command, (store) => loadDocument(store, id, revision));
        const bytes = await render(format, document, stored.revision);
        const out = options.out ?? (format === 'xlsx' ? `${document.journey.id}.xlsx` : undefined);
        if (out) await writeFile(out, bytes);
        else process.stdout.write(bytes);
        if (options.json) {
          printJson({
            id: document.journey.id,
            revision: stored.revision,
            format,
            file: out,
            bytes: bytes.byteLength,
          });
        } else if (out) {
          process.stderr.write(`wrote ${out} (${document.journey.id} revision ${stored.revision})\n`);
        }
      },
    );
}

/** The file's bytes; a workbook records `revision` so that a stale one is refused on import. */
async function render(format: ExportFormat, document: JourneyDocument, revision: number): Promise<Buffer> {
  const io = await import('@waymark/io');
  if (format === 'xlsx') return await io.journeyToWorkbook(document, { revision });
  if (format === 'md') return Buffer.from(io.journeyToMarkdown(document), 'utf8');
  const { serializeDocument } = await import('@waymark/domain');
  return Buffer.from(serializeDocument(document), 'utf8');
}
