import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import { EXPORT_MEDIA_TYPES, endpoints } from '@waymark/api';
import type { ExportFormat } from '@waymark/api';
import type { JourneyDocument, JourneyFigures, PdfOptions } from '@waymark/domain';
import { serializeDocument } from '@waymark/domain';
import { journeyToMarkdown, journeyToWorkbook, readJourneyDocument, readWorkbookInWorker } from '@waymark/io';
import { renderJourneySvg } from '@waymark/render';
import { inlineStoredImages, journeyDocument } from '@waymark/store';
import type { AppDeps } from '../deps';
import { HttpError } from '../http/errors';
import { computeFigures } from './figures';
import { requireJourney } from './lookup';
import { importModeOf, importOverHttp } from './import-document';

/**
 * Import of journey documents (json, xlsx) and exports in every format. A workbook records the revision
 * it was exported from (a JSON import may name one as `baseRevision`); importing it after the stored map
 * moved on is a 409 unless `merge` or `force` is "true".
 * A workbook over `XLSX_LIMITS` is a 413.
 */
export function registerDocumentRoutes(app: OpenAPIHono, deps: AppDeps): void {
  const { maps } = deps;

  app.openapi(createRoute(endpoints.importJourney), async (c) => {
    const { file, workspaceId = deps.defaultWorkspaceId, ...fields } = c.req.valid('form');
    const name = file.name || 'upload';
    let doc: JourneyDocument;
    let exportedRevision: number | undefined;
    if (/\.json$/i.test(name) || file.type === 'application/json') {
      doc = readJourneyDocument(await file.text(), name);
    } else if (/\.xlsx$/i.test(name)) {
      // In a worker with its own heap and time limits: a hostile workbook costs a 413, not the server.
      ({ document: doc, exportedRevision } = await readWorkbookInWorker(await file.arrayBuffer(), name));
    } else {
      throw new HttpError(
        415,
        'unsupported_media_type',
        `${name}: expected a .json or .xlsx journey document`,
        'body.file',
      );
    }
    if (!(await maps.getWorkspace(workspaceId))) {
      throw new HttpError(404, 'not_found', `workspace "${workspaceId}" does not exist`, 'body.workspaceId');
    }
    const how = { ...importModeOf(fields, exportedRevision, name), exportedRevision };
    return c.json(await importOverHttp(maps, workspaceId, doc, name, how), 200);
  });

  app.openapi(createRoute(endpoints.exportJourney), async (c) => {
    const { id, format } = c.req.valid('param');
    const { revision, figures, ...print } = c.req.valid('query');
    const printOption = Object.keys(print)[0];
    if (format !== 'pdf' && printOption !== undefined) {
      throw new HttpError(
        400,
        'invalid_request',
        `${printOption} applies to pdf exports only`,
        `query.${printOption}`,
      );
    }
    const stored = await requireJourney(maps, id, revision);
    const doc = await journeyDocument(maps, stored);
    const measured =
      figures === 'true' && deps.events
        ? await computeFigures(deps.events, doc.journey, {}, c.req.raw.signal)
        : undefined;
    // Drawn files carry their images: an exported SVG, PNG or PDF is viewed without this server.
    const drawn = format === 'svg' || format === 'png' || format === 'pdf';
    const body = await exportBody(
      drawn ? await inlineStoredImages(maps, doc) : doc,
      format,
      measured,
      stored.revision,
      print,
    );
    const base = fileBase(doc.journey.title, id);
    return new Response(body, {
      status: 200,
      headers: {
        'content-type': EXPORT_MEDIA_TYPES[format],
        'content-disposition': `attachment; filename="${base}.${format}"; filename*=UTF-8''${encodeURIComponent(doc.journey.title)}.${format}`,
        'x-content-type-options': 'nosniff',
        // An exported SVG opened directly must not run anything it might contain.
        'content-security-policy':
          "default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'",
      },
    });
  });
}

/** The bytes of one export format; a workbook records `revision`, so a stale one is refused on import. */
async function exportBody(
  doc: JourneyDocument,
  format: ExportFormat,
  figures: JourneyFigures | undefined,
  revision: number,
  print: PdfOptions,
): Promise<string | Uint8Array<ArrayBuffer>> {
  switch (format) {
    case 'json':
      return serializeDocument(doc);
    case 'md':
      return journeyToMarkdown(doc);
    case 'xlsx':
      return new Uint8Array(await journeyToWorkbook(doc, { revision }));
    case 'svg': {
      // Node only, loaded on first use: it reads font files and starts HarfBuzz.
      const { embedFonts } = await import('@waymark/render/fonts');
      return await embedFonts(svgOf(doc, figures));
    }
    case 'png':
    case 'pdf': {
      // Loaded on first use: it starts headless Chromium, which most requests never need.
      const chromium = await import('@waymark/render/chromium');
      const svg = svgOf(doc, figures);
      try {
        if (format === 'png') {
          // Twice the map's size, or less for a map that would be over the PNG limits at 2.
          const scale = Math.max(1, chromium.pngScaleFor(chromium.svgSize(svg), 2));
          return new Uint8Array(await chromium.svgToPng(svg, { scale }));
        }
        return new Uint8Array(await chromium.svgToPdf(svg, print));
      } catch (error) {
        if (error instanceof chromium.PrintLayoutError)
          throw new HttpError(400, 'invalid_request', error.message, 'query.page');
        if (error instanceof chromium.RenderLimitError)
          throw new HttpError(422, 'too_large_to_render', error.message, 'params.format');
        throw error;
      }
    }
  }
}

function svgOf(doc: JourneyDocument, figures: JourneyFigures | undefined): string {
  return renderJourneySvg({ journey: doc.journey, personas: doc.personas, ...(figures ? { figures } : {}) });
}

/** An ASCII file name from the title (the UTF-8 name goes in `filename*`). */
function fileBase(title: string, id: string): string {
  const ascii = title
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9 _-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 80);
  return ascii || id;
}
