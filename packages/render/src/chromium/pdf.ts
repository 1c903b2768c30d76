import { localeSchema, pdfOptionsSchema } from '@waymark/domain';
import type { PdfOptions } from '@waymark/domain';
import { printLabels } from '../print/print-labels';
import { layoutPrint, MM, OVERLAP_MM } from '../print/sheets';
import type { PrintLayout, Rect, Sheet } from '../print/sheets';
import { checkParsed, fontsReady, svgRootAttribute, svgSize, withOfflinePage } from './browser';

/**
 * One element of a sheet as the page builds it: plain data, so the in-page builder needs no helper
 * functions (code that Playwright sends to the page must be self-contained). `parent` is the index of
 * an earlier part, or -1 for the sheet itself; `svg` parts receive a copy of the map.
 */
interface Part {
  parent: number;
  tag: 'div' | 'span';
  className: string;
  style: Record<string, string>;
  text?: string;
  dir?: 'ltr' | 'rtl';
  svg?: boolean;
}

/** The words on a sheet, in the map's language. */
interface SheetWords {
  /** The map's title (empty when the SVG has none). */
  title: string;
  rtl: boolean;
  note: string;
  label: (sheet: Sheet) => string;
}

/** The CSS of a box at `r`, in pixels. */
function boxStyle(r: Rect): Record<string, string> {
  return { left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` };
}

/** A CSS length in pixels, rounded down a little so a sheet never spills onto a second page. */
function px(value: number): string {
  return `${Math.floor(value * 100) / 100}px`;
}

/** Crop marks just outside the corners of the printed area. */
function cropMarks(area: Rect): Part[] {
  const mark = 14;
  const gap = 4;
  const parts: Part[] = [];
  for (const x of [area.left, area.left + area.width]) {
    for (const y of [area.top, area.top + area.height]) {
      const outX = x === area.left ? x - gap - mark : x + gap;
      const outY = y === area.top ? y - gap - mark : y + gap;
      for (const r of [
        { left: outX, top: y - 0.25, width: mark, height: 0.5 },
        { left: x - 0.25, top: outY, width: 0.5, height: mark },
      ])
        parts.push({ parent: -1, tag: 'div', className: 'crop', style: boxStyle(r) });
    }
  }
  return parts;
}

/** Dashed lines where each neighbouring tile's overlap begins, inside the printed area (part 0). */
function guides(layout: PrintLayout, sheet: Sheet): Part[] {
  const { area, overlap } = layout;
  const line = (r: Rect, side: 'left' | 'top'): Part => ({
    parent: 0,
    tag: 'div',
    className: 'guide',
    style: { ...boxStyle(r), [`border-${side}-width`]: '0.8px' },
  });
  const { left, right, top, bottom } = sheet.neighbours;
  const parts: Part[] = [];
  if (right) parts.push(line({ left: area.width - overlap, top: 0, width: 0, height: area.height }, 'left'));
  if (left) parts.push(line({ left: overlap, top: 0, width: 0, height: area.height }, 'left'));
  if (bottom) parts.push(line({ left: 0, top: area.height - overlap, width: area.width, height: 0 }, 'top'));
  if (top) parts.push(line({ left: 0, top: overlap, width: area.width, height: 0 }, 'top'));
  return parts;
}

/** The label band: which sheet this is, what the guides mean, and a plan of the sheets. */
function band(layout: PrintLayout, sheet: Sheet, words: SheetWords, first: number): Part[] {
  const dir = words.rtl ? 'rtl' : 'ltr';
  const parts: Part[] = [
    { parent: -1, tag: 'div', className: 'band', style: boxStyle(layout.band), dir },
    { parent: first, tag: 'span', className: 'label', style: {}, text: words.label(sheet) },
  ];
  if (layout.sheets.length === 1) return parts;
  parts.push({ parent: first, tag: 'span', className: 'note', style: {}, text: words.note });
  const plan = first + parts.length;
  parts.push({
    parent: first,
    tag: 'span',
    className: 'plan',
    style: { 'grid-template-columns': `repeat(${layout.columns}, 5px)` },
    dir: 'ltr',
  });
  for (let y = 0; y < layout.rows; y++) {
    for (let x = 0; x < layout.columns; x++) {
      const here = x === sheet.gridX && y === sheet.gridY;
      parts.push({ parent: plan, tag: 'span', className: here ? 'here' : '', style: {} });
    }
  }
  return parts;
}

/** The parts of one sheet: the clipped, scaled and shifted map, then (on paper) guides, marks and band. */
function sheetParts(layout: PrintLayout, sheet: Sheet, words: SheetWords, paper: boolean): Part[] {
  const { scale } = layout;
  const parts: Part[] = [
    { parent: -1, tag: 'div', className: 'area', style: boxStyle(layout.area) },
    {
      parent: 0,
      tag: 'div',
      className: 'map',
      style: { transform: `translate(${-sheet.mapX * scale}px, ${-sheet.mapY * scale}px) scale(${scale})` },
      svg: true,
    },
  ];
  if (!paper) return parts;
  parts.push(...guides(layout, sheet), ...cropMarks(layout.area));
  parts.push(...band(layout, sheet, words, parts.length));
  return parts;
}

/** The sheet words of a map, its language read from the SVG's `xml:lang`, its title from `aria-label`. */
function wordsOf(layout: PrintLayout, svg: string): SheetWords {
  const lang = localeSchema.safeParse(svgRootAttribute(svg, 'xml:lang'));
  const locale = lang.success ? lang.data : 'en';
  const title = svgRootAttribute(svg, 'aria-label') ?? '';
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const n = (value: number): string => format.format(value);
  const words = printLabels(locale);
  const total = n(layout.sheets.length);
  return {
    title,
    rtl: svgRootAttribute(svg, 'data-direction') === 'rtl',
    note: words.guides(n(OVERLAP_MM)),
    label: (s) => {
      const where = words.sheet(n(s.number), total, n(s.row), n(s.column));
      return title === '' ? where : `${title} — ${where}`;
    },
  };
}

/** Styles of the sheets; numbers only, no user text. */
const SHEET_CSS = [
  '.sheet{position:relative;overflow:hidden;break-after:page;font:9px "DejaVu Sans",sans-serif;color:#52606d}',
  '.sheet:last-child{break-after:auto}',
  '.area,.guide,.crop,.band{position:absolute}',
  '.area{overflow:hidden}',
  '.map{position:absolute;left:0;top:0;transform-origin:0 0}',
  '.guide{border:0 dashed #8a96a3}',
  '.crop{background:#1f2933}',
  '.band{display:flex;align-items:center;gap:8px}',
  '.band .label,.band .note{white-space:nowrap;overflow:hidden;text-overflow:ellipsis}',
  '.band .note{flex:1;opacity:.8}',
  '.plan{display:grid;gap:1px;flex:none}',
  '.plan span{width:5px;height:4px;background:#dde2e8}',
  '.plan span.here{background:#1f2933}',
].join('');

/**
 * Prints an SVG document to PDF with vector shapes and real, extractable text (fonts are embedded
 * by Chromium), backgrounds included. A poster is one page the map's size. On paper the map is tiled
 * over sheets that overlap (`layoutPrint`), each with crop marks, dashed assembly guides and a band
 * naming the map, the page and its row and column in the map's language, with a small plan of the
 * sheets; or fitted onto one sheet. The PDF's title is the map's. Throws `PrintLayoutError` past
 * `MAX_SHEETS` sheets.
 */
export async function svgToPdf(svg: string, options: PdfOptions = {}): Promise<Buffer> {
  const { page = 'poster', orientation, layout: paperLayout } = pdfOptionsSchema.parse(options);
  const layout = layoutPrint({
    map: svgSize(svg),
    page,
    ...(orientation ? { orientation } : {}),
    ...(paperLayout ? { layout: paperLayout } : {}),
    rtl: svgRootAttribute(svg, 'data-direction') === 'rtl',
  });
  const words = wordsOf(layout, svg);
  const sheets = layout.sheets.map((sheet) => sheetParts(layout, sheet, words, page !== 'poster'));
  const { width, height } = layout.sheet;
  const [cssWidth, cssHeight] =
    page === 'poster' ? [px(width), px(height)] : [`${width / MM}mm`, `${height / MM}mm`];
  const css = `@page{size:${cssWidth} ${cssHeight};margin:0}${SHEET_CSS}.sheet{width:${px(width)};height:${px(height)}}`;
  return withOfflinePage(layout.sheet, 1, css, async (pdfPage) => {
    checkParsed(await pdfPage.evaluate(buildSheets, { svg, sheets, title: words.title }));
    await fontsReady(pdfPage);
    return pdfPage.pdf({
      width: cssWidth,
      height: cssHeight,
      printBackground: true,
      preferCSSPageSize: true,
      margin: { top: '0', right: '0', bottom: '0', left: '0' },
    });
  });
}

/**
 * Builds the sheets inside the page (runs in Chromium: it may use only its arguments and must define
 * no named helpers, which the TypeScript loader would wrap in a function the page lacks). Parses the
 * SVG once and gives each `svg` part a copy. User text is set with `textContent`, never as markup.
 * Returns the parser's error for malformed SVG, else null.
 */
function buildSheets(input: { svg: string; sheets: Part[][]; title: string }): string | null {
  const doc = new DOMParser().parseFromString(input.svg, 'image/svg+xml');
  const problem = doc.getElementsByTagName('parsererror')[0];
  if (problem !== undefined) return problem.textContent ?? 'parse error';
  // The PDF's Title: set as text, so it cannot become markup.
  document.title = input.title;
  for (const parts of input.sheets) {
    const sheet = document.createElement('section');
    sheet.className = 'sheet';
    const made: HTMLElement[] = [];
    for (const part of parts) {
      const node = document.createElement(part.tag);
      node.className = part.className;
      for (const [name, value] of Object.entries(part.style)) node.style.setProperty(name, value);
      if (part.text !== undefined) node.textContent = part.text;
      if (part.dir !== undefined) node.dir = part.dir;
      if (part.svg === true) node.appendChild(document.importNode(doc.documentElement, true));
      (made[part.parent] ?? sheet).appendChild(node);
      made.push(node);
    }
    document.body.appendChild(sheet);
  }
  return null;
}
