import type { JourneyDocument, PdfOptions } from '@waymark/domain';
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { fail } from '../cli-error';
import { loadDocument, parseRevision } from '../documents';
import { printJson } from '../output';
import { cliContext } from '../cli-context';
import { withStore } from '../store-context';

const FORMATS = ['json', 'xlsx', 'md', 'svg', 'png', 'pdf'] as const;
type ExportFormat = (typeof FORMATS)[number];
/** Formats written to a file by default (binary), named `<id>.<format>`. */
const BINARY: ReadonlySet<ExportFormat> = new Set(['xlsx', 'png', 'pdf']);

/** The print flags of `export --format pdf`, as given. */
interface PrintFlags {
  page?: string;
  orientation?: string;
  layout?: string;
}

/**
 * `waymark export ID --format json|xlsx|md|svg|png|pdf [--out FILE]`: writes the map as a document or
 * a picture. JSON, Markdown and SVG go to stdout without --out; XLSX, PNG and PDF are binary and
 * default to `<id>.<format>`. A workbook records the revision it was exported from so that
 * `waymark import` refuses it once the map has moved on. PDF takes `--page`, `--orientation` and
 * `--layout` (the API's `page`, `orientation` and `layout`).
 */
export function registerExport(program: Command): void {
  program
    .command('export')
    .description('export a map as JSON, XLSX, Markdown, SVG, PNG or PDF')
    .argument('<id>', 'map id')
    .requiredOption('--format <format>', `one of ${FORMATS.join(', ')}`)
    .option(
      '--out <file>',
      'write to this file (json, md and svg default to stdout, xlsx, png and pdf to <id>.<format>)',
    )
    .option('--page <page>', 'pdf: poster (one page the size of the map, default), a4, a3 or letter')
    .option('--orientation <orientation>', 'pdf on paper: landscape (default) or portrait')
    .option('--layout <layout>', 'pdf on paper: tiled over sheets (default) or fit on one')
    .option('--revision <n>', 'export an earlier revision')
    .option(
      '--json',
      'print what was written (id, revision, format, file, bytes) as JSON; needs --out for json and md',
    )
    .action(
      async (
        id: string,
        options: { format: string; out?: string; revision?: string; json?: boolean } & PrintFlags,
        command: Command,
      ) => {
        const format = FORMATS.find((f) => f === options.format.trim().toLowerCase());
        if (!format)
          fail(`--format: expected one of ${FORMATS.join(', ')} (got ${JSON.stringify(options.format)})`, 2);
        if (options.json && !options.out && !BINARY.has(format))
          fail('--json prints export metadata, so give --out FILE for the document', 2);
        const print = await printOptions(format, options);
        const revision =
          options.revision === undefined ? undefined : parseRevision(options.revision, '--revision');
        const { document, stored } = await withStore(command, async (store) => {
          const loaded = await loadDocument(store, id, revision);
          if (format !== 'svg' && format !== 'png' && format !== 'pdf') return loaded;
          // A drawn file carries its uploaded images as data: URLs: it is viewed without a server.
          const { inlineStoredImages } = await import('@waymark/store');
          return { ...loaded, document: await inlineStoredImages(store, loaded.document) };
        });
        const bytes = await render(format, document, stored.revision, print);
        const out = options.out ?? (BINARY.has(format) ? `${document.journey.id}.${format}` : undefined);
        if (out) await writeFile(out, bytes);
        else cliContext().stdout.write(bytes);
        if (options.json) {
          printJson({
            id: document.journey.id,
            revision: stored.revision,
            format,
            file: out,
            bytes: bytes.byteLength,
          });
        } else if (out) {
          cliContext().stderr.write(`wrote ${out} (${document.journey.id} revision ${stored.revision})\n`);
        }
      },
    );
}

/** The PDF options of the flags: usage errors (exit 2) for bad values or flags on other formats. */
async function printOptions(format: ExportFormat, flags: PrintFlags): Promise<PdfOptions> {
  const given = (['page', 'orientation', 'layout'] as const).filter((k) => flags[k] !== undefined);
  if (given.length === 0) return {};
  if (format !== 'pdf') fail(`--${given[0]} applies to --format pdf only`, 2);
  const { pdfLayoutSchema, pdfOrientationSchema, pdfPageSchema } = await import('@waymark/domain');
  const pick = <T extends string>(name: string, value: string | undefined, options: readonly T[]) => {
    if (value === undefined) return undefined;
    const found = options.find((o) => o === value.trim().toLowerCase());
    if (!found) fail(`--${name}: expected one of ${options.join(', ')} (got ${JSON.stringify(value)})`, 2);
    return found;
  };
  const page = pick('page', flags.page, pdfPageSchema.options);
  const orientation = pick('orientation', flags.orientation, pdfOrientationSchema.options);
  const layout = pick('layout', flags.layout, pdfLayoutSchema.options);
  return { ...(page && { page }), ...(orientation && { orientation }), ...(layout && { layout }) };
}

/** The file's bytes; a workbook records `revision` so that a stale one is refused on import. */
async function render(
  format: ExportFormat,
  document: JourneyDocument,
  revision: number,
  print: PdfOptions,
): Promise<Buffer> {
  const io = await import('@waymark/io');
  if (format === 'xlsx') return await io.journeyToWorkbook(document, { revision });
  if (format === 'md') return Buffer.from(io.journeyToMarkdown(document), 'utf8');
  if (format === 'json') {
    const { serializeDocument } = await import('@waymark/domain');
    return Buffer.from(serializeDocument(document), 'utf8');
  }
  const { renderJourneySvg } = await import('@waymark/render');
  const svg = renderJourneySvg({ journey: document.journey, personas: document.personas });
  if (format === 'svg') {
    const { embedFonts } = await import('@waymark/render/fonts');
    return Buffer.from(await embedFonts(svg), 'utf8');
  }
  const chromium = await import('@waymark/render/chromium');
  try {
    if (format === 'png') return await chromium.svgToPng(svg, { scale: 2 });
    return await chromium.svgToPdf(svg, print);
  } catch (error) {
    if (error instanceof chromium.PrintLayoutError) fail(`--page: ${error.message}`);
    throw error;
  } finally {
    await chromium.closeRenderer();
  }
}
