import { diffJourneys, type JourneyDocument } from '@waymark/domain';
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../test-documents';
import { guardFormula, unguardFormula, xmlSafe } from './cell-text';
import { workbookToDocument } from './read-workbook';
import { editWorkbook, sheetOf } from './test-workbooks';
import { journeyToWorkbook } from './write-workbook';

/** The test document with one card (`itm_1`, first in its cell) and the title set to `text`. */
function withText(text: string): JourneyDocument {
  const doc = makeDocument({ title: text });
  const items = doc.journey.items.map((item) => (item.id === 'itm_1' ? { ...item, text } : item));
  return { ...doc, journey: { ...doc.journey, items } };
}

/** The Map sheet cell starting with `itm_1` and the Journey sheet cell holding the title. */
const CARD = 'C2';
const TITLE = 'B3';

describe('cells that start like a formula', () => {
  it.each(['=SUM(A1:A3)', '+1', '-2', '@user', '\tindented', '＝全角', "'", "'=x", "''"])(
    '%j is written with an apostrophe before it and reads back exactly',
    async (text) => {
      const doc = withText(text);
      const bytes = await journeyToWorkbook(doc);
      await editWorkbook(bytes, (wb) => {
        expect(sheetOf(wb, 'Journey').getCell(TITLE).value).toBe(`'${text}`);
        expect(String(sheetOf(wb, 'Map').getCell(CARD).value).startsWith(`'${text}`)).toBe(true);
      });
      expect(await workbookToDocument(bytes, 'f.xlsx')).toEqual(doc);
    },
  );

  it('a text that merely contains an apostrophe or an operator is written as it is', async () => {
    const doc = withText("don't = 1 + 2");
    await editWorkbook(await journeyToWorkbook(doc), (wb) => {
      expect(sheetOf(wb, 'Journey').getCell(TITLE).value).toBe("don't = 1 + 2");
    });
  });

  it('a guarded cell that Excel rewrote on edit (apostrophe moved into its style) keeps its text', async () => {
    const doc = withText('=SUM(A1:A3)');
    const edited = await editWorkbook(await journeyToWorkbook(doc), (wb) => {
      sheetOf(wb, 'Journey').getCell(TITLE).value = '=SUM(A1:A3)';
    });
    expect(await workbookToDocument(edited, 'f.xlsx')).toEqual(doc);
  });

  it("a cell a person typed as 'quoted keeps its apostrophe", async () => {
    const doc = makeDocument();
    const edited = await editWorkbook(await journeyToWorkbook(doc), (wb) => {
      sheetOf(wb, 'Journey').getCell(TITLE).value = "'quoted";
    });
    const back = await workbookToDocument(edited, 'f.xlsx');
    expect(diffJourneys(doc.journey, back.journey).changes).toEqual([
      expect.objectContaining({ field: 'title', after: "'quoted" }),
    ]);
  });

  it('a workbook written before the guard (waymark.xlsx/v1) is read without taking apostrophes off', async () => {
    const doc = withText("'=x");
    const v1 = await editWorkbook(await journeyToWorkbook(doc), (wb) => {
      // As the v1 writer wrote it: no guard on any cell, and its format row.
      for (const sheet of wb.worksheets)
        sheet.eachRow((row) =>
          row.eachCell((cell) => {
            if (typeof cell.value === 'string') cell.value = unguardFormula(cell.value);
          }),
        );
      sheetOf(wb, '_waymark').getCell('B2').value = 'waymark.xlsx/v1';
    });
    await editWorkbook(v1, (wb) => expect(sheetOf(wb, 'Journey').getCell(TITLE).value).toBe("'=x"));
    expect(await workbookToDocument(v1, 'old.xlsx')).toEqual(doc);
  });

  it('a guarded text at the cell limit still fits a cell with its apostrophe', () => {
    const long = `=${'x'.repeat(40_000)}`;
    expect(guardFormula(xmlSafe(long))).toHaveLength(32_767);
    expect(guardFormula(xmlSafe(long.slice(1)))).toHaveLength(32_767);
    expect(unguardFormula(guardFormula(xmlSafe(long)))).toBe(xmlSafe(long));
  });
});
