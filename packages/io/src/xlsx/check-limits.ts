import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { XLSX_LIMITS, WorkbookLimitError, checkWorkbookFileSize, count } from './limits';
import { inflateEntry, readZipDirectory, type ZipEntry } from './zip-directory';

/**
 * Checks a workbook against `XLSX_LIMITS` before exceljs reads it: the zip directory (file count,
 * declared inflated sizes), then every file inflated under the size it declared (so a lying directory
 * is caught), then the XML of every sheet with the same SAX parser exceljs uses: rows, cells,
 * dimensions, merged, validated and named ranges, column definitions and shared strings. It stops at
 * the first limit passed, so a million-row sheet costs its first twenty thousand rows.
 * Throws `WorkbookLimitError` (or `ImportError` for a file that is not a readable zip).
 */
export function checkWorkbookLimits(zip: Uint8Array, fileName: string): void {
  checkWorkbookFileSize(zip.byteLength, fileName);
  const entries = readZipDirectory(zip, fileName);
  const budget = new CellBudget(fileName);
  const names = sheetNames(entries, zip, fileName, budget);
  for (const entry of entries) {
    if (entry.name.endsWith('/') || entry.name === WORKBOOK) continue;
    const data = inflateEntry(zip, entry, fileName);
    if (!looksLikeXml(data)) continue;
    const place = names.get(entry.name);
    if (entry.name === SHARED_STRINGS) {
      scanXml(data, (tag) => {
        if (localName(tag.name) === 'si') budget.add(1, '');
      });
    } else {
      new SheetCensus(fileName, place ? `sheet "${place}"` : entry.name, budget).scan(data);
    }
  }
}

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const SHARED_STRINGS = 'xl/sharedStrings.xml';
/** Excel's last column, XFD. Column definitions may reach it; cells may not pass `XLSX_LIMITS.columns`. */
const EXCEL_COLUMNS = 16_384;

/** The workbook's count of everything a reader builds one entry for; see `XLSX_LIMITS.cells`. */
class CellBudget {
  private used = 0;
  constructor(private readonly fileName: string) {}

  add(cells: number, place: string): void {
    this.used += cells;
    if (this.used > XLSX_LIMITS.cells)
      throw new WorkbookLimitError(
        this.fileName,
        place,
        `more than ${count(XLSX_LIMITS.cells)} cells`,
        'cells',
      );
  }
}

/** One worksheet's rows, columns and cells as its XML has them, checked as they are read. */
class SheetCensus {
  private lastRow = 0;
  private lastColumn = 0;
  private row = 0;
  private column = 0;
  private rowElements = 0;
  private cellElements = 0;
  /** What this sheet has charged to the budget so far: the largest of its area and element counts. */
  private charged = 0;

  constructor(
    private readonly fileName: string,
    private readonly place: string,
    private readonly budget: CellBudget,
  ) {}

  scan(data: Uint8Array): void {
    scanXml(data, (tag) => this.open(tag));
  }

  private open(tag: SaxesTagPlain): void {
    const { attributes } = tag;
    switch (localName(tag.name)) {
      case 'dimension': {
        const range = parseRange(attributes.ref ?? '');
        if (range) this.reach(range.bottom, range.right, `its dimension claims ${attributes.ref}`);
        return;
      }
      case 'row': {
        this.rowElements++;
        const number = Number.parseInt(attributes.r ?? '', 10);
        this.row = Number.isSafeInteger(number) && number > 0 ? number : this.row + 1;
        this.column = 0;
        this.reach(this.row, this.lastColumn);
        return;
      }
      case 'c': {
        this.cellElements++;
        const at = parseCell(attributes.r ?? '');
        this.column = at ? at.column : this.column + 1;
        this.reach(Math.max(this.row, at?.row ?? 0, 1), this.column);
        return;
      }
      case 'col': {
        const min = Number.parseInt(attributes.min ?? '', 10);
        const max = Number.parseInt(attributes.max ?? '', 10);
        if (Number.isSafeInteger(min) && Number.isSafeInteger(max) && max >= min && min > 0)
          this.budget.add(Math.min(max, Number.MAX_SAFE_INTEGER) - min + 1, this.place);
        if (max > EXCEL_COLUMNS)
          throw new WorkbookLimitError(
            this.fileName,
            this.place,
            `a column definition reaches column ${count(max)}, past Excel's last (${count(EXCEL_COLUMNS)})`,
            'columns',
          );
        break;
      }
    }
    // Merged cells, data validations, conditional formats, hyperlinks, shared formulas, tables:
    // readers build an entry per cell of these ranges, so each range's area counts.
    for (const name of ['ref', 'sqref'] as const) {
      const refs = attributes[name];
      if (refs === undefined) continue;
      for (const ref of refs.trim().split(/\s+/)) {
        const range = parseRange(ref);
        if (range) this.budget.add(area(range), this.place);
      }
    }
  }

  /** Records that the sheet reaches `row` and `column`, and checks rows, columns and cells. */
  private reach(row: number, column: number, claim?: string): void {
    this.within('rows', Math.max(row, this.rowElements), claim);
    this.within('columns', column, claim);
    this.lastRow = Math.max(this.lastRow, row);
    this.lastColumn = Math.max(this.lastColumn, column);
    const cost = Math.max(this.lastRow * this.lastColumn, this.cellElements, this.rowElements);
    if (cost > this.charged) {
      this.budget.add(cost - this.charged, this.place);
      this.charged = cost;
    }
  }

  /** Throws when `value` rows or columns pass their limit; `claim` says where a dimension claimed them. */
  private within(limit: 'rows' | 'columns', value: number, claim: string | undefined): void {
    const max = XLSX_LIMITS[limit];
    if (value <= max) return;
    const what = claim ? `${claim} (${count(value)} ${limit})` : `more than ${count(max)} ${limit}`;
    throw new WorkbookLimitError(this.fileName, this.place, what, limit);
  }
}

/**
 * The display names of the worksheets by zip entry, from `xl/workbook.xml` and its relationships, so
 * that messages say `sheet "Map"` rather than `xl/worksheets/sheet2.xml`. Also charges the workbook's
 * named ranges (print areas and the like) to the budget.
 */
function sheetNames(
  entries: readonly ZipEntry[],
  zip: Uint8Array,
  fileName: string,
  budget: CellBudget,
): Map<string, string> {
  const workbook = entries.find((e) => e.name === WORKBOOK);
  const rels = entries.find((e) => e.name === WORKBOOK_RELS);
  const byId = new Map<string, string>();
  if (workbook) {
    let definedName = false;
    let text = '';
    scanXml(
      inflateEntry(zip, workbook, fileName),
      (tag) => {
        const name = localName(tag.name);
        if (name === 'sheet') {
          const id = Object.entries(tag.attributes).find(
            ([key]) => key.includes(':') && localName(key) === 'id',
          );
          if (id && tag.attributes.name !== undefined) byId.set(id[1], tag.attributes.name);
        }
        definedName = name === 'definedName';
        text = '';
      },
      (chunk) => {
        if (definedName) text += chunk;
      },
      (name) => {
        if (localName(name) !== 'definedName') return;
        for (const ref of text.match(/\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?/g) ?? []) {
          const range = parseRange(ref.replaceAll('$', ''));
          if (range) budget.add(area(range), 'a named range');
        }
        definedName = false;
      },
    );
  }
  const names = new Map<string, string>();
  if (rels) {
    scanXml(inflateEntry(zip, rels, fileName), (tag) => {
      const { Id: id, Target: target } = tag.attributes;
      const sheet = id === undefined ? undefined : byId.get(id);
      if (sheet === undefined || target === undefined) return;
      names.set(target.startsWith('/') ? target.slice(1) : `xl/${target}`, sheet);
    });
  }
  return names;
}

/**
 * Feeds XML bytes to a SAX parser (saxes, as exceljs uses) in pieces. A parse error ends the scan
 * quietly: exceljs, reading the same bytes with the same parser, reports it for the files it reads.
 * What a handler throws (a limit passed) propagates.
 */
function scanXml(
  data: Uint8Array,
  onOpen: (tag: SaxesTagPlain) => void,
  onText?: (text: string) => void,
  onClose?: (name: string) => void,
): void {
  const parser = new SaxesParser();
  let failed = false;
  parser.on('error', () => {
    failed = true;
  });
  parser.on('opentag', onOpen);
  if (onText) parser.on('text', onText);
  if (onClose) parser.on('closetag', (tag) => onClose(tag.name));
  const decoder = new TextDecoder('utf-8');
  const piece = 1 << 20;
  for (let at = 0; at < data.byteLength && !failed; at += piece) {
    const end = Math.min(at + piece, data.byteLength);
    parser.write(decoder.decode(data.subarray(at, end), { stream: end < data.byteLength }));
  }
}

/** Whether bytes start like XML (after a byte order mark and white space); media and binaries do not. */
function looksLikeXml(data: Uint8Array): boolean {
  let at = data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0;
  while (
    at < data.byteLength &&
    (data[at] === 0x20 || data[at] === 0x0a || data[at] === 0x0d || data[at] === 0x09)
  )
    at++;
  return data[at] === 0x3c;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

interface CellAt {
  row: number;
  column: number;
}

interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** `B3` → row 3, column 2; `undefined` for anything else. Very long references read as huge. */
function parseCell(ref: string): CellAt | undefined {
  const match = /^\$?([A-Za-z]+)\$?(\d+)$/.exec(ref);
  if (!match?.[1] || !match[2]) return undefined;
  let column = 0;
  for (const letter of match[1].toUpperCase())
    column = Math.min(column * 26 + letter.charCodeAt(0) - 64, 1e15);
  return { row: Math.min(Number(match[2]), 1e15), column };
}

/** `A1:C9` or `B3`; `undefined` for whole rows or columns and anything else. */
function parseRange(ref: string): Range | undefined {
  const [from = '', to = from, extra] = ref.split(':');
  if (extra !== undefined) return undefined;
  const a = parseCell(from);
  const b = parseCell(to);
  if (!a || !b) return undefined;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}

function area(range: Range): number {
  return (range.bottom - range.top + 1) * (range.right - range.left + 1);
}
