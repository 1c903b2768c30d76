import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../import-error';
import { makeDocument } from '../test-documents';
import { readWorkbook, workbookToDocument } from './read-workbook';
import { journeyToWorkbook } from './write-workbook';
import { editWorkbook, sheetOf } from './test-workbooks';

/** The rows of the hidden machine sheet whose first cell is `label`. */
function machineRows(wb: ExcelJS.Workbook, label: string): ExcelJS.Row[] {
  const rows: ExcelJS.Row[] = [];
  sheetOf(wb, '_waymark').eachRow((row) => {
    if (row.getCell(1).value === label) rows.push(row);
  });
  return rows;
}

describe('the revision a workbook was exported from', () => {
  it('is recorded in "_waymark" beside the unchanged document and read back', async () => {
    const doc = makeDocument();
    const buffer = await journeyToWorkbook(doc, { revision: 3 });
    expect(await readWorkbook(buffer, 'map.xlsx')).toEqual({ document: doc, exportedRevision: 3 });
    expect(await workbookToDocument(buffer, 'map.xlsx')).toEqual(doc);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(buffer).buffer);
    expect(machineRows(wb, 'revision').map((row) => row.getCell(2).value)).toEqual([3]);
    const json = machineRows(wb, 'document')
      .map((row) => String(row.getCell(2).value))
      .join('');
    // The document itself stays waymark.journey/v1 without a revision.
    expect(JSON.parse(json)).toEqual(doc);
  });

  it('survives an edited visible cell', async () => {
    const doc = makeDocument();
    const edited = await editWorkbook(await journeyToWorkbook(doc, { revision: 7 }), (wb) => {
      const cell = sheetOf(wb, 'Map').getCell('C2');
      cell.value = String(cell.value).replace('third', 'changed');
    });
    const read = await readWorkbook(edited, 'map.xlsx');
    expect(read.exportedRevision).toBe(7);
    expect(read.document).not.toEqual(doc);
  });

  it('is absent when not given, and in a workbook without "_waymark"', async () => {
    const doc = makeDocument();
    const plain = await readWorkbook(await journeyToWorkbook(doc), 'map.xlsx');
    expect(plain).toEqual({ document: doc });
    expect('exportedRevision' in plain).toBe(false);

    const withoutMachine = await editWorkbook(await journeyToWorkbook(doc, { revision: 2 }), (wb) => {
      wb.removeWorksheet(sheetOf(wb, '_waymark').id);
    });
    const rebuilt = await readWorkbook(withoutMachine, 'map.xlsx', { baselineFor: async () => doc });
    expect(rebuilt).toEqual({ document: doc });
  });

  it('is dropped when the Journey sheet Id names another map', async () => {
    const doc = makeDocument();
    const renamed = await editWorkbook(await journeyToWorkbook(doc, { revision: 2 }), (wb) => {
      sheetOf(wb, 'Journey').eachRow((row) => {
        if (row.getCell(1).value === 'Id') row.getCell(2).value = 'jrn_other';
      });
    });
    const read = await readWorkbook(renamed, 'map.xlsx');
    expect(read.document.journey.id).toBe('jrn_other');
    expect(read.exportedRevision).toBeUndefined();
  });

  it('names the row when the recorded revision is not a whole number', async () => {
    const broken = await editWorkbook(await journeyToWorkbook(makeDocument(), { revision: 2 }), (wb) => {
      const row = machineRows(wb, 'revision')[0];
      if (!row) throw new Error('no revision row');
      row.getCell(2).value = 'two';
    });
    const error = await readWorkbook(broken, 'map.xlsx').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportError);
    expect(error instanceof Error ? error.message : '').toBe(
      'map.xlsx: sheet "_waymark" row 3: expected the revision the workbook was exported from, a whole number from 1 (got "two")',
    );
  });

  it('must be a whole number from 1 when written', async () => {
    await expect(journeyToWorkbook(makeDocument(), { revision: 0 })).rejects.toThrow(RangeError);
    await expect(journeyToWorkbook(makeDocument(), { revision: 1.5 })).rejects.toThrow(RangeError);
  });
});
