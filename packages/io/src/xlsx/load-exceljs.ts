import type ExcelJS from 'exceljs';

/**
 * Loads exceljs on first use. It is a large CommonJS module; importing it lazily keeps the CLI and
 * anything else that only reads JSON fast to start.
 */
export async function loadExcel(): Promise<typeof ExcelJS> {
  const module = await import('exceljs');
  return module.default;
}
