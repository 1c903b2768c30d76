import { z } from 'zod';

/**
 * The survey records of this package as zod schemas, every type derived with `z.infer`: formats,
 * scales and metrics, the reader's options, questions and responses, and the summaries.
 */

/** The survey export layouts the reader knows; also the `format` the CLI reports. */
export const surveyFormatSchema = z.enum([
  'qualtrics',
  'surveymonkey',
  'google-forms',
  'typeform',
  'microsoft-forms',
  'csv',
]);
export type SurveyFormat = z.infer<typeof surveyFormatSchema>;

/** `--format`: a layout, or `auto` to detect it from the header rows. */
export const surveyFormatOptionSchema = z.enum(['auto', ...surveyFormatSchema.options]);
export type SurveyFormatOption = z.infer<typeof surveyFormatOptionSchema>;

/** The metrics a question can carry. */
export const metricKindSchema = z.enum(['nps', 'csat', 'ces', 'mean']);
export type MetricKind = z.infer<typeof metricKindSchema>;

/** A numeric answer scale, both ends included (`0-10`, `1-5`, `-3-3`). */
export const scaleSchema = z
  .strictObject({ min: z.number().finite(), max: z.number().finite() })
  .refine((scale) => scale.min < scale.max, 'expected the scale minimum below its maximum');
export type Scale = z.infer<typeof scaleSchema>;

/**
 * Where a question's scale came from, strongest first: declared with `--scale`, implied by a declared
 * `--metric`, written in the question text ("on a scale of 1 to 10"), Qualtrics' NPS group column, an
 * NPS-worded question, the observed answers rounded up to a standard scale, or the observed range.
 */
export const scaleSourceSchema = z.enum([
  'declared',
  'metric',
  'question-text',
  'nps-group',
  'nps-wording',
  'observed-standard',
  'observed',
]);
export type ScaleSource = z.infer<typeof scaleSourceSchema>;

/** A 95% interval and the method that gave it. */
export const intervalSchema = z.strictObject({
  low: z.number(),
  high: z.number(),
  /** `adjusted-wald` (NPS), `wilson` (CSAT), `t` (CES and means). */
  method: z.enum(['adjusted-wald', 'wilson', 't']),
});
export type Interval = z.infer<typeof intervalSchema>;

/** Options of the survey reader and summary; `scales` and `metrics` are keyed by question id. */
export const surveyOptionsSchema = z.strictObject({
  format: surveyFormatOptionSchema.default('auto'),
  scales: z.record(z.string(), scaleSchema).default({}),
  metrics: z.record(z.string(), metricKindSchema).default({}),
  /** Free-text answers kept per question as quotes (the first ones in file order). */
  quotesPerQuestion: z.number().int().min(0).max(10_000).default(20),
});
export type SurveyOptions = z.infer<typeof surveyOptionsSchema>;
export type SurveyOptionsInput = z.input<typeof surveyOptionsSchema>;

/** One question (one answer column) of a survey file. */
export const surveyQuestionSchema = z.strictObject({
  /** Qualtrics' field id (`Q1`, `Q2_3`), else the question text (qualified and made unique). */
  id: z.string(),
  text: z.string(),
  /** 1-based column in the file. */
  column: z.number().int().min(1),
  /** Qualtrics' ImportId (`QID1`, `QID3_TEXT`) when the file has one. */
  importId: z.string().optional(),
  /** True when the export marks the column as text entry (Qualtrics `_TEXT`, SurveyMonkey open-ended). */
  textEntry: z.boolean(),
  /** True when the export holds an NPS group column for this question (Qualtrics `QIDn_NPS_GROUP`). */
  npsGroup: z.boolean(),
});
export type SurveyQuestion = z.infer<typeof surveyQuestionSchema>;

/** One response (one data row): its answers in the order of the questions, as text. */
export const surveyResponseSchema = z.strictObject({
  /** The row number in the file, header rows included. */
  row: z.number().int().min(1),
  respondentId: z.string().optional(),
  /** When the response was submitted, as the export writes it. */
  submittedAt: z.string().optional(),
  answers: z.array(z.string()),
});
export type SurveyResponse = z.infer<typeof surveyResponseSchema>;

/** A free-text answer kept as a quote, with the row it came from. */
export const surveyQuoteSchema = z.strictObject({ row: z.number().int().min(1), text: z.string() });
export type SurveyQuote = z.infer<typeof surveyQuoteSchema>;

/** Everything measured about one question. */
export const questionSummarySchema = z.strictObject({
  id: z.string(),
  text: z.string(),
  column: z.number().int().min(1),
  /** `numeric` when a scale or metric was declared or at least half its answers are numbers. */
  kind: z.enum(['numeric', 'text']),
  /** Answers that are numbers on the scale (0 for a text question). */
  n: z.number().int().min(0),
  mean: z.number().nullable(),
  metric: metricKindSchema.nullable(),
  /** The metric's value, unrounded; null when `n` is 0 or for a text question. */
  value: z.number().nullable(),
  interval: intervalSchema.nullable(),
  scale: scaleSchema.nullable(),
  scaleSource: scaleSourceSchema.nullable(),
  /** The mean rescaled onto the emotion lane's −5..+5; null without a mean. */
  emotion: z.number().nullable(),
  /** Counts of the answers on the scale, by value, ascending. */
  distribution: z.array(z.strictObject({ value: z.number(), count: z.number().int().min(1) })),
  /** Non-blank answers. */
  answered: z.number().int().min(0),
  /** Numeric answers off the scale (not in `n`). */
  offScale: z.number().int().min(0),
  /** Non-blank answers that are not numbers. */
  textAnswers: z.number().int().min(0),
  /** The first free-text answers (text questions only). */
  quotes: z.array(surveyQuoteSchema),
});
export type QuestionSummary = z.infer<typeof questionSummarySchema>;

/** The summary of a survey file. */
export const surveySummarySchema = z.strictObject({
  format: surveyFormatSchema,
  /** Data rows (responses), header rows not counted. */
  responses: z.number().int().min(0),
  questions: z.array(questionSummarySchema),
});
export type SurveySummary = z.infer<typeof surveySummarySchema>;

/** `waymark evidence survey --json`: the stable contract other tools read. */
export const surveyReportSchema = z.strictObject({
  format: surveyFormatSchema,
  responses: z.number().int().min(0),
  questions: z.array(
    z.strictObject({
      id: z.string(),
      text: z.string(),
      n: z.number().int().min(0),
      mean: z.number().nullable(),
      metric: metricKindSchema.nullable(),
      value: z.number().nullable(),
    }),
  ),
});
export type SurveyReport = z.infer<typeof surveyReportSchema>;

/** The CLI contract's shape of a summary (exactly its fields, nothing more). */
export function surveyReport(summary: SurveySummary): SurveyReport {
  return surveyReportSchema.parse({
    format: summary.format,
    responses: summary.responses,
    questions: summary.questions.map(({ id, text, n, mean, metric, value }) => ({
      id,
      text,
      n,
      mean,
      metric,
      value,
    })),
  });
}
