/**
 * @waymark/io: file formats. The JSON journey document reader, the XLSX round trip (a workbook people
 * can edit, with a hidden machine copy so nothing is lost) and the Markdown export. Every reader
 * throws `ImportError`, whose message is one line naming the file and the place. Workbooks from
 * anyone are read with `readWorkbookInWorker` (bounded memory and time, `XLSX_LIMITS`).
 */
export { ImportError } from './import-error';
export { readJourneyDocument } from './json-document';
export { findJsonSyntaxProblem, type JsonSyntaxProblem } from '@waymark/domain';
export { journeyToWorkbook, type WriteWorkbookOptions } from './xlsx/write-workbook';
export {
  readWorkbook,
  workbookToDocument,
  type ReadWorkbookOptions,
  type WorkbookContents,
} from './xlsx/read-workbook';
export { readWorkbookInWorker, type ReadInWorkerOptions } from './xlsx/read-in-worker';
export {
  XLSX_LIMITS,
  WorkbookLimitError,
  checkWorkbookFileSize,
  describeLimit,
  type WorkbookLimit,
} from './xlsx/limits';
export { staleWorkbookMessage, type StaleOverrides, type StaleWorkbook } from './xlsx/stale-workbook';
export { SHEET, OPPORTUNITY_COLUMNS, PERSONA_COLUMNS } from './xlsx/layout';
export { journeyToMarkdown } from './markdown';
export { itemToLine } from './xlsx/item-lines';
