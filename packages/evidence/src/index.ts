export * from './errors';
export * from './survey/schema';
export { analyzeSurvey, summarizeSurvey } from './survey/summarize';
export { readSurvey } from './survey/read-survey';
export type { SurveyFile } from './survey/read-survey';
export * from './reviews/schema';
export { analyzeReviews, summarizeReviews, MAX_REVIEWS } from './reviews/summarize';
export { readReviews, withLanguage } from './reviews/read-reviews';
export type { ReviewFile } from './reviews/read-reviews';
export { findThemes, classTfIdf } from './reviews/themes';
export type { ThemeInput, ThemeOptions } from './reviews/themes';
export {
  METRIC_SCALES,
  STANDARD_SCALES,
  ScaleStats,
  csatOf,
  meanInterval,
  metricFitsScale,
  metricOf,
  npsOf,
  parseScale,
  scaleText,
  toEmotionScore,
} from './survey/metrics';
export { studentTQuantile, wilsonInterval } from './survey/stats';
export { detectLanguage, languageCode, UNDETERMINED } from './text/language';
export { wordRuns, termCounts, normalizeWord, isStopword } from './text/segment';
export { sentences } from './text/sentences';
export type { Sentence } from './text/sentences';
export { inputFileSchema } from './text/input';
export type { InputFile } from './text/input';
export { evidenceRows, readRowTime } from './datasets/evidence-rows';
export type { EvidenceKind, EvidenceRows, EvidenceRowsOptions } from './datasets/evidence-rows';
