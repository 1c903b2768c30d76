import type { JourneyDocument } from '@waymark/domain';
import type ExcelJS from 'exceljs';
import { loadExcel } from './load-exceljs';
import {
  JOURNEY_FIELDS,
  OPPORTUNITY_COLUMNS,
  PERSONA_COLUMNS,
  SHEET,
  journeyFieldValue,
  mapRows,
  opportunityRows,
  personaRow,
  type CellValue,
} from './layout';
import { FORMAT_KEY, MACHINE_TITLE, MACHINE_FORMAT, REVISION_KEY, chunkText } from './machine-sheet';
import { guardFormula, xmlSafe } from './cell-text';

/** Options of `journeyToWorkbook`. */
export interface WriteWorkbookOptions {
  /**
   * The stored revision the document was exported from, recorded in the hidden "_waymark" sheet (not
   * in the document). Leave it out for a document that is not a stored revision.
   */
  revision?: number;
}

/**
 * Writes a journey document as an XLSX workbook a person can read and edit: "Journey" (the map's own
 * fields), "Map" (stages as columns, lanes as rows, one item per line), "Personas", "Opportunities",
 * and a hidden "_waymark" sheet with the exact document so that `workbookToDocument` gives it back
 * deep-equal. Characters XML cannot hold (control characters) are dropped from visible cells only.
 * A cell that starts like a formula (`=`, `+`, `-`, `@`, ...) gets an apostrophe first, so a person
 * editing it in Excel keeps text; import takes it off (`guardFormula`).
 * Pass `options.revision` (the stored revision `doc` is) whenever it is known: import then refuses the
 * workbook once the stored map has moved past it, instead of silently replacing newer revisions.
 */
export async function journeyToWorkbook(
  doc: JourneyDocument,
  options: WriteWorkbookOptions = {},
): Promise<Buffer> {
  const { revision } = options;
  if (revision !== undefined && !(Number.isSafeInteger(revision) && revision >= 1))
    throw new RangeError(
      `journeyToWorkbook: expected a revision that is a whole number from 1 (got ${revision})`,
    );
  const Excel = await loadExcel();
  const workbook = new Excel.Workbook();
  workbook.creator = 'Waymark';

  const journeySheet = workbook.addWorksheet(SHEET.journey);
  addRows(journeySheet, [
    ['Field', 'Value'],
    ...JOURNEY_FIELDS.map((field): CellValue[] => [field.label, journeyFieldValue(doc.journey, field)]),
  ]);
  setWidths(journeySheet, [20, 80]);

  const mapSheet = workbook.addWorksheet(SHEET.map, {
    views: [{ state: 'frozen', xSplit: 2, ySplit: 1, rightToLeft: doc.journey.direction === 'rtl' }],
  });
  addRows(mapSheet, mapRows(doc));
  setWidths(mapSheet, [24, 16, ...doc.journey.stages.map(() => 40)]);

  const personaSheet = workbook.addWorksheet(SHEET.personas, { views: [{ state: 'frozen', ySplit: 1 }] });
  addRows(personaSheet, [[...PERSONA_COLUMNS], ...doc.personas.map(personaRow)]);
  setWidths(
    personaSheet,
    PERSONA_COLUMNS.map(() => 30),
  );

  const opportunitySheet = workbook.addWorksheet(SHEET.opportunities, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  addRows(opportunitySheet, [[...OPPORTUNITY_COLUMNS], ...opportunityRows(doc.journey).map((r) => r.row)]);
  setWidths(opportunitySheet, [20, 20, 50, 10, 12, 10, 14, 20, 14]);
  opportunitySheet.getColumn(6).font = { italic: true, color: { argb: 'FF6E7781' } };

  const machine = workbook.addWorksheet(SHEET.machine, { state: 'hidden' });
  machine.addRow([MACHINE_TITLE]);
  machine.addRow([FORMAT_KEY, MACHINE_FORMAT]);
  if (revision !== undefined) machine.addRow([REVISION_KEY, revision]);
  for (const chunk of chunkText(JSON.stringify(doc))) machine.addRow(['document', guardFormula(chunk)]);

  const buffer = await workbook.xlsx.writeBuffer();
  return Buffer.from(buffer);
}

function addRows(sheet: ExcelJS.Worksheet, rows: CellValue[][]): void {
  rows.forEach((values, index) => {
    const row = sheet.addRow(values.map((v) => (typeof v === 'string' ? guardFormula(xmlSafe(v)) : v)));
    row.alignment = { wrapText: true, vertical: 'top' };
    if (index === 0) row.font = { bold: true };
  });
}

function setWidths(sheet: ExcelJS.Worksheet, widths: number[]): void {
  widths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
}
