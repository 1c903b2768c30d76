export * from './schema';
export * from './icons';
export * from './images';
export * from './print-options';
export * from './stored';
export * from './datasets';
export * from './figures';
export * from './id';
export { seededRandom } from './random';
export * from './validation/issues';
export * from './validation/errors';
export * from './validation/import-error';
export { fromZodIssue, fromZodError } from './validation/zod-issues';
export { checkJourneyInvariants } from './validation/journey-invariants';
export * from './validation/validate';
export * from './labels/localized';
export * from './labels/model-labels';
export * from './labels/opportunity-labels';
export * from './labels/document-labels';
export * from './templates/template-types';
export * from './templates/registry';
export * from './document/document-schema';
export {
  CURRENT_VERSION,
  MIGRATIONS,
  FORMAT_TAGS,
  supportedVersions,
  detectVersion,
  migrateToCurrent,
} from './document/migrations';
export type { MigrationStep } from './document/migrations';
export { v0DocumentSchema } from './document/v0';
export type { V0Document } from './document/v0';
export * from './document/parse-document';
export * from './document/serialize-document';
export { findJsonSyntaxProblem, lineAndColumn } from './document/json-syntax';
export type { JsonSyntaxProblem } from './document/json-syntax';
export * from './diff/change';
export { deepEqual } from './diff/compare';
export { diffJourneys } from './diff/diff-journeys';
export { diffPersonas, diffDocuments } from './diff/diff-personas';
export * from './merge/conflict';
export { mergeJourneys, resolveMerge } from './merge/merge-journeys';
export type { JourneyMerge, MergeOptions } from './merge/merge-journeys';
export { mergeDocuments } from './merge/merge-documents';
export type { DocumentMerge } from './merge/merge-documents';
export type { Patch } from './operations/commit';
export * from './operations/patch-schemas';
export * from './operations/stages';
export * from './operations/lanes';
export * from './operations/items';
export * from './operations/emotions';
export * from './operations/journey-fields';
export * from './operations/priority';
export { journeyDocumentJsonSchema, journeyDocumentJsonSchemaText } from './document/json-schema';
export * from './analytics/query';
export * from './analytics/journey-queries';
export * from './analytics/results';
export * from './analytics/kinds';
export * from './operations/duplicate';
