import ExcelJS from 'exceljs';

/** Test helper: opens a workbook, lets `edit` change it, and returns the new bytes. */
export async function editWorkbook(buffer: Buffer, edit: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(buffer).buffer);
  edit(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Test helper: the named sheet of a workbook; throws when it is missing. */
export function sheetOf(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = wb.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}
