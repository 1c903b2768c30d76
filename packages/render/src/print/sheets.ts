import type { PdfLayout, PdfOrientation, PdfPage } from '@waymark/domain';

/**
 * Print layout of a map on paper, pure geometry in CSS pixels (96 per inch): which part of the map
 * each sheet shows, at what scale, with margins, a label band and overlaps so tiled sheets can be
 * assembled. `chromium/pdf.ts` prints it.
 */

/** Millimetres to CSS pixels. */
export const MM = 96 / 25.4;

/** Paper sizes, portrait, in millimetres. */
export const PAPER_MM = {
  a4: { width: 210, height: 297 },
  a3: { width: 297, height: 420 },
  letter: { width: 215.9, height: 279.4 },
} as const;

/** Margin around the printed area of a sheet, in mm (printers cannot print to the edge). */
export const MARGIN_MM = 10;
/** Height of the label band under the printed area, in mm. */
export const BAND_MM = 7;
/** How far neighbouring tiles repeat each other's edge, in mm, so they can be trimmed and glued. */
export const OVERLAP_MM = 10;
/** Smallest scale tiles are printed at: 12.5 px card text stays above 6.5 pt. */
export const MIN_TILE_SCALE = 0.7;
/** Most sheets a tiled print may have; a bigger map is refused with `PrintLayoutError`. */
export const MAX_SHEETS = 100;

/** A size in CSS pixels. */
export interface Size {
  width: number;
  height: number;
}

/** A rectangle in CSS pixels. */
export interface Rect extends Size {
  left: number;
  top: number;
}

/** One sheet of a print: its place in the grid and the part of the map it shows. */
export interface Sheet {
  /** 1-based, in reading order (right to left first for right-to-left maps). */
  number: number;
  /** 1-based row, top first. */
  row: number;
  /** 1-based column in reading order. */
  column: number;
  /** Map coordinates (unscaled) of the top-left corner shown in the printed area. */
  mapX: number;
  mapY: number;
  /** Which neighbours this sheet overlaps (physical sides), for the assembly guides. */
  neighbours: { left: boolean; right: boolean; top: boolean; bottom: boolean };
  /** Physical 0-based grid position (column from the left). */
  gridX: number;
  gridY: number;
}

/** A laid-out print: the sheet size, where the map goes on each sheet, and the sheets in order. */
export interface PrintLayout {
  sheet: Size;
  /** The printed area on every sheet. */
  area: Rect;
  /** The label band under the area (empty for a poster). */
  band: Rect;
  /** Map pixels to sheet pixels. */
  scale: number;
  rows: number;
  columns: number;
  /** Overlap between neighbouring tiles in sheet pixels (0 unless tiled). */
  overlap: number;
  sheets: Sheet[];
}

/** The print cannot be laid out as asked (too many sheets); the message says what to choose instead. */
export class PrintLayoutError extends Error {
  override readonly name = 'PrintLayoutError';
}

/** What `layoutPrint` lays out. */
export interface PrintRequest {
  map: Size;
  page: PdfPage;
  orientation?: PdfOrientation;
  layout?: PdfLayout;
  /** Right-to-left maps number their tiles from the top right. */
  rtl?: boolean;
}

/** The paper of `page` in `orientation`, in CSS pixels. */
export function paperSize(page: Exclude<PdfPage, 'poster'>, orientation: PdfOrientation): Size {
  const { width, height } = PAPER_MM[page];
  const [w, h] = orientation === 'landscape' ? [height, width] : [width, height];
  return { width: w * MM, height: h * MM };
}

function sheet(
  gridX: number,
  gridY: number,
  columns: number,
  rows: number,
  rtl: boolean,
): Omit<Sheet, 'number' | 'mapX' | 'mapY'> {
  return {
    row: gridY + 1,
    column: rtl ? columns - gridX : gridX + 1,
    gridX,
    gridY,
    neighbours: { left: gridX > 0, right: gridX < columns - 1, top: gridY > 0, bottom: gridY < rows - 1 },
  };
}

/**
 * Lays out a map for printing. A poster is one sheet the map's size. A paper `fit` is one sheet with
 * the map shrunk (never enlarged) into the printed area. A paper `tiled` print uses the largest scale
 * up to 1 at which the map's height fills a whole number of rows at `MIN_TILE_SCALE` or more, then as
 * many columns as the width needs; neighbouring tiles overlap by `OVERLAP_MM`. Throws
 * `PrintLayoutError` past `MAX_SHEETS`.
 */
export function layoutPrint(request: PrintRequest): PrintLayout {
  const { map, page, orientation = 'landscape', layout = 'tiled', rtl = false } = request;
  if (page === 'poster') {
    const area = { left: 0, top: 0, ...map };
    const only = { ...sheet(0, 0, 1, 1, rtl), number: 1, mapX: 0, mapY: 0 };
    return {
      sheet: map,
      area,
      band: { left: 0, top: map.height, width: map.width, height: 0 },
      scale: 1,
      rows: 1,
      columns: 1,
      overlap: 0,
      sheets: [only],
    };
  }
  const paper = paperSize(page, orientation);
  const margin = MARGIN_MM * MM;
  const area = {
    left: margin,
    top: margin,
    width: paper.width - 2 * margin,
    height: paper.height - 2 * margin - BAND_MM * MM,
  };
  const band = { left: margin, top: area.top + area.height, width: area.width, height: BAND_MM * MM };
  if (layout === 'fit') {
    const scale = Math.min(1, area.width / map.width, area.height / map.height);
    const only = { ...sheet(0, 0, 1, 1, rtl), number: 1, mapX: 0, mapY: 0 };
    return { sheet: paper, area, band, scale, rows: 1, columns: 1, overlap: 0, sheets: [only] };
  }
  const overlap = OVERLAP_MM * MM;
  const span = (count: number, length: number): number => count * length - (count - 1) * overlap;
  let rows = 1;
  while (span(rows, area.height) / map.height < MIN_TILE_SCALE) rows += 1;
  const scale = Math.min(1, span(rows, area.height) / map.height);
  rows = Math.max(1, Math.ceil((map.height * scale - overlap) / (area.height - overlap) - 1e-9));
  const columns = Math.max(1, Math.ceil((map.width * scale - overlap) / (area.width - overlap) - 1e-9));
  if (rows * columns > MAX_SHEETS) {
    throw new PrintLayoutError(
      `the map needs ${rows * columns} ${page.toUpperCase()} sheets at a legible scale (at most ${MAX_SHEETS}): choose a larger paper, "fit" or the poster`,
    );
  }
  // Right-to-left maps start at their right edge: align it with the last column's, blank space at the end.
  const spare = rtl ? span(columns, area.width) - map.width * scale : 0;
  const sheets: Sheet[] = [];
  for (let gridY = 0; gridY < rows; gridY++) {
    for (let i = 0; i < columns; i++) {
      const gridX = rtl ? columns - 1 - i : i;
      sheets.push({
        ...sheet(gridX, gridY, columns, rows, rtl),
        number: sheets.length + 1,
        mapX: (gridX * (area.width - overlap) - spare) / scale,
        mapY: (gridY * (area.height - overlap)) / scale,
      });
    }
  }
  return { sheet: paper, area, band, scale, rows, columns, overlap, sheets };
}
