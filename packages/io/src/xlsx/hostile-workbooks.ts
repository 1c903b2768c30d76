import { buildZip, type TestZipEntry, type ZipPiece } from './test-zip';

/**
 * Hostile workbooks for the limit tests of io, the server and the CLI (the subpath
 * `@waymark/io/hostile-workbooks`, test-only): each is a well-formed XLSX package whose content
 * would exhaust a reader's memory or time, built in the test rather than stored in the repository.
 */

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Map" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
const SHEET_START = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`;

/** A workbook of one sheet ("Map") whose XML after the root element is `body`, plus `extra` files. */
function workbook(body: Iterable<ZipPiece>, extra: TestZipEntry[] = []): Buffer {
  return buildZip([
    { name: '[Content_Types].xml', content: CONTENT_TYPES },
    { name: '_rels/.rels', content: ROOT_RELS },
    { name: 'xl/workbook.xml', content: WORKBOOK },
    { name: 'xl/_rels/workbook.xml.rels', content: WORKBOOK_RELS },
    { name: 'xl/worksheets/sheet1.xml', content: [{ data: SHEET_START }, ...body, { data: '</worksheet>' }] },
    ...extra,
  ]);
}

/**
 * Rows 1..`rows` of sheet "Map" (Excel's maximum by default), each with its number in column A and,
 * `withColumnB`, a pseudo-random number below 10,000 in column B: that makes the default file
 * 16.8 MB, the size of the workbook in issue 8 (7.9 MB without). No dimension element, as some
 * tools write it: the rows themselves must be counted.
 */
export function manyRowsWorkbook(rows = 1_048_576, withColumnB = false): Buffer {
  function* pieces(): Iterable<ZipPiece> {
    yield { data: '<sheetData>' };
    for (let start = 1; start <= rows; start += 8192) {
      let xml = '';
      for (let r = start; r < Math.min(start + 8192, rows + 1); r++) {
        const b = withColumnB
          ? `<c r="B${r}"><v>${(Math.imul(r, 2_654_435_761) >>> 0) % 10_000}</v></c>`
          : '';
        xml += `<row r="${r}"><c r="A${r}"><v>${r}</v></c>${b}</row>`;
      }
      yield { data: xml };
    }
    yield { data: '</sheetData>' };
  }
  return workbook(pieces());
}

/**
 * One shared string of `bytes` letters in cell A1 of "Map": a few hundred KB on disk. With
 * `declaredSize`, the zip directory claims that many inflated bytes for it instead of the truth.
 */
export function hugeStringWorkbook(bytes = 400 * 1024 * 1024, declaredSize?: number): Buffer {
  const piece = 1024 * 1024;
  const strings: TestZipEntry = {
    name: 'xl/sharedStrings.xml',
    content: [
      {
        data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>`,
      },
      { data: 'a'.repeat(piece), repeat: Math.floor(bytes / piece) },
      { data: 'a'.repeat(bytes % piece) },
      { data: '</t></si></sst>' },
    ],
    ...(declaredSize === undefined ? {} : { declaredSize }),
  };
  return workbook(
    [{ data: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>' }],
    [strings],
  );
}

/** A sheet of two cells whose dimension claims `ref` (every cell of a sheet by default). */
export function hugeDimensionWorkbook(ref = 'A1:XFD1048576'): Buffer {
  return workbook([
    {
      data: `<dimension ref="${ref}"/><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row></sheetData>`,
    },
  ]);
}

/** Two cells and a merged range over the whole sheet (readers build one entry per merged cell). */
export function hugeMergeWorkbook(ref = 'A1:XFD1048576'): Buffer {
  return workbook([
    {
      data: `<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="${ref}"/></mergeCells>`,
    },
  ]);
}

/** One hostile workbook and how a reader must refuse it. */
export interface HostileWorkbook {
  /** Short name; tests write it as `<name>.xlsx`. */
  name: string;
  /** Builds the bytes (seconds for the large ones: build once per test file). */
  build: () => Buffer;
  /** The refusal after `<name>.xlsx: `. */
  message: string;
  /** The limit it passes (`WorkbookLimitError.limit`). */
  limit: 'rows' | 'inflatedBytes' | 'cells';
}

/**
 * The hostile workbooks of issue 8 item 3 and their refusals: a million-row sheet (7.9 MB, refused
 * by its row count; 16.8 MB as in the issue, refused by its inflated size first), one 400 MB shared
 * string in a 0.4 MB file, the same with a zip directory that lies about its size, a dimension that
 * claims the whole sheet, and a merged range over the whole sheet.
 */
export const HOSTILE_WORKBOOKS: readonly HostileWorkbook[] = [
  {
    name: 'rows',
    build: () => manyRowsWorkbook(),
    message: 'sheet "Map": more than 20,000 rows (limit: 20,000 rows a sheet)',
    limit: 'rows',
  },
  {
    // The file: 16.8 MB, 1,048,576 rows of two numbers; its 83.7 MiB of XML is over the cap.
    name: 'million',
    build: () => manyRowsWorkbook(1_048_576, true),
    message: 'its files inflate to 83.7 MiB, as its zip directory declares (limit: 64 MiB inflated)',
    limit: 'inflatedBytes',
  },
  {
    name: 'string',
    build: () => hugeStringWorkbook(),
    message: 'its files inflate to 400.0 MiB, as its zip directory declares (limit: 64 MiB inflated)',
    limit: 'inflatedBytes',
  },
  {
    name: 'lie',
    build: () => hugeStringWorkbook(400 * 1024 * 1024, 1024),
    message:
      'xl/sharedStrings.xml inflates to more than the 1 KiB its zip directory declares (limit: 64 MiB inflated)',
    limit: 'inflatedBytes',
  },
  {
    name: 'dimension',
    build: () => hugeDimensionWorkbook(),
    message: 'sheet "Map": its dimension claims A1:XFD1048576 (1,048,576 rows) (limit: 20,000 rows a sheet)',
    limit: 'rows',
  },
  {
    name: 'merge',
    build: () => hugeMergeWorkbook(),
    message: 'sheet "Map": more than 500,000 cells (limit: 500,000 cells a workbook)',
    limit: 'cells',
  },
];
