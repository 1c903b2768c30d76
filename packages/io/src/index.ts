export { ImportError } from './import-error';
export { readJourneyDocument } from './json-document';
export { findJsonSyntaxProblem, type JsonSyntaxProblem } from './json-syntax';
export { journeyToWorkbook } from './xlsx/write-workbook';
export { workbookToDocument } from './xlsx/read-workbook';
export { SHEET, OPPORTUNITY_COLUMNS, PERSONA_COLUMNS, opportunityPriority } from './xlsx/layout';
export { journeyToMarkdown } from './markdown';
export { itemToLine } from './xlsx/item-lines';
