import { EvidenceOptionError } from '../errors';
import { answerNumber } from '../text/numbers';
import {
  METRIC_SCALES,
  metricFitsScale,
  metricOf,
  sameScale,
  ScaleStats,
  scaleText,
  STANDARD_SCALES,
  toEmotionScore,
} from './metrics';
import type { InputFile } from '../text/input';
import type { SurveyFile } from './read-survey';
import { readSurvey } from './read-survey';
import type {
  MetricKind,
  QuestionSummary,
  Scale,
  ScaleSource,
  SurveyOptionsInput,
  SurveyQuestion,
  SurveyQuote,
  SurveySummary,
} from './schema';
import { surveyOptionsSchema } from './schema';
import { scaleInText, wordedAs } from './wording';

/** A scale known before the answers are read, and why. */
interface KnownScale {
  scale: Scale;
  source: Extract<ScaleSource, 'declared' | 'metric'>;
}

/**
 * The running figures of one question while responses stream past: counts, the numeric answers'
 * statistics (on the known scale, or all of them when the scale is inferred afterwards) and the first
 * free-text answers. Memory stays bounded whatever the number of responses.
 */
class QuestionAccumulator {
  answered = 0;
  textAnswers = 0;
  numbers = 0;
  offScale = 0;
  min = Number.POSITIVE_INFINITY;
  max = Number.NEGATIVE_INFINITY;
  readonly stats = new ScaleStats();
  readonly quotes: SurveyQuote[] = [];

  constructor(
    readonly question: SurveyQuestion,
    readonly known: KnownScale | null,
    readonly metric: MetricKind | null,
    private readonly quoteLimit: number,
  ) {}

  add(answer: string, row: number): void {
    if (answer === '' || answer.trim() === '') return;
    this.answered++;
    const value = answerNumber(answer);
    if (value === null) {
      this.textAnswers++;
      if (this.quotes.length < this.quoteLimit) this.quotes.push({ row, text: answer.trim() });
      return;
    }
    this.numbers++;
    if (this.known !== null) {
      if (value < this.known.scale.min || value > this.known.scale.max) this.offScale++;
      else this.stats.add(value);
      return;
    }
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
    this.stats.add(value);
  }
}

/** The scale of a question whose scale was not declared, from its text and its observed answers. */
function inferScale(acc: QuestionAccumulator): { scale: Scale | null; source: ScaleSource | null } {
  const { question, min, max } = acc;
  if (acc.stats.n === 0) return { scale: null, source: null };
  const stated = scaleInText(question.text);
  if (stated) return { scale: stated, source: 'question-text' };
  const ten = METRIC_SCALES.nps;
  if (question.npsGroup) return { scale: ten, source: 'nps-group' };
  if (wordedAs('nps', question.text) && min >= 0 && max <= 10 && (min === 0 || max > 7))
    return { scale: ten, source: 'nps-wording' };
  const standard = STANDARD_SCALES.find((s) => s.min <= min && max <= s.max);
  if (standard) return { scale: standard, source: 'observed-standard' };
  return min < max ? { scale: { min, max }, source: 'observed' } : { scale: null, source: 'observed' };
}

/** The metric of a numeric question on `scale` when none was declared: from its wording, else mean. */
function inferMetric(question: SurveyQuestion, scale: Scale | null): MetricKind {
  if (scale === null) return 'mean';
  if (sameScale(scale, METRIC_SCALES.nps) && (question.npsGroup || wordedAs('nps', question.text)))
    return 'nps';
  if (sameScale(scale, METRIC_SCALES.csat) && wordedAs('csat', question.text)) return 'csat';
  if (sameScale(scale, METRIC_SCALES.ces) && wordedAs('ces', question.text)) return 'ces';
  return 'mean';
}

/** The statistics restricted to `scale` (answers off it counted apart), from the value counts. */
function restrict(acc: QuestionAccumulator, scale: Scale): { stats: ScaleStats; offScale: number } {
  if (acc.min >= scale.min && acc.max <= scale.max) return { stats: acc.stats, offScale: 0 };
  const stats = new ScaleStats();
  let offScale = 0;
  const values = [...acc.stats.counts].sort(([a], [b]) => a - b);
  for (const [value, count] of values) {
    if (value < scale.min || value > scale.max) offScale += count;
    else for (let i = 0; i < count; i++) stats.add(value);
  }
  return { stats, offScale };
}

function textSummary(acc: QuestionAccumulator): QuestionSummary {
  return {
    id: acc.question.id,
    text: acc.question.text,
    column: acc.question.column,
    kind: 'text',
    n: 0,
    mean: null,
    metric: null,
    value: null,
    interval: null,
    scale: null,
    scaleSource: null,
    emotion: null,
    distribution: [],
    answered: acc.answered,
    offScale: 0,
    textAnswers: acc.textAnswers,
    quotes: acc.quotes,
  };
}

function finish(acc: QuestionAccumulator): QuestionSummary {
  const declared = acc.known !== null || acc.metric !== null;
  const numeric = declared || (!acc.question.textEntry && acc.numbers > 0 && acc.numbers * 2 >= acc.answered);
  if (!numeric) return textSummary(acc);
  let scale: Scale | null;
  let source: ScaleSource | null;
  let stats = acc.stats;
  let offScale = acc.offScale;
  if (acc.known) ({ scale, source } = acc.known);
  else {
    ({ scale, source } = inferScale(acc));
    // Values off an inferred scale can only be dropped exactly while every value's count is known.
    if (scale !== null && !(acc.stats.overflowed && (acc.min < scale.min || acc.max > scale.max)))
      ({ stats, offScale } = restrict(acc, scale));
    else if (scale !== null && acc.stats.overflowed)
      ({ scale, source } = { scale: { min: acc.min, max: acc.max }, source: 'observed' });
  }
  const metric = acc.metric ?? inferMetric(acc.question, scale);
  const result =
    scale === null
      ? stats.n
        ? { value: stats.mean, interval: null }
        : null
      : metricOf(metric, stats, scale);
  const mean = stats.n ? stats.mean : null;
  return {
    ...textSummary(acc),
    kind: 'numeric',
    n: stats.n,
    mean,
    metric,
    value: result?.value ?? null,
    interval: result?.interval ?? null,
    scale,
    scaleSource: source,
    emotion: mean !== null && scale !== null ? toEmotionScore(mean, scale) : null,
    distribution: stats.overflowed
      ? []
      : [...stats.counts].sort(([a], [b]) => a - b).map(([value, count]) => ({ value, count })),
    offScale,
    quotes: [],
  };
}

/** Names up to five question ids for a message about an unknown one. */
function someIds(questions: readonly SurveyQuestion[]): string {
  const ids = questions.slice(0, 5).map((q) => JSON.stringify(q.id));
  return questions.length > 5 ? `${ids.join(', ')}, ...` : ids.join(', ');
}

/**
 * The scale and metric declared for each question, checked against the file's questions and each
 * other: an unknown id, or a metric on a scale it is not defined on (NPS is 0–10, CSAT 1–5, CES 1–7),
 * is an `EvidenceOptionError`. A declared metric without a declared scale brings its own scale.
 */
function declaredPerQuestion(
  file: SurveyFile,
  scales: Record<string, Scale>,
  metrics: Record<string, MetricKind>,
): Map<string, { known: KnownScale | null; metric: MetricKind | null }> {
  const ids = new Set(file.questions.map((q) => q.id));
  for (const [flag, record] of [
    ['--scale', scales],
    ['--metric', metrics],
  ] as const)
    for (const id of Object.keys(record))
      if (!ids.has(id))
        throw new EvidenceOptionError(
          `${flag} ${JSON.stringify(id)}: ${file.name} has no question with that id (its ids: ${someIds(file.questions)})`,
        );
  const out = new Map<string, { known: KnownScale | null; metric: MetricKind | null }>();
  for (const question of file.questions) {
    const scale = scales[question.id];
    const metric = metrics[question.id] ?? null;
    if (scale && metric && !metricFitsScale(metric, scale))
      throw new EvidenceOptionError(
        `--metric ${JSON.stringify(question.id)}=${metric}: ${metric.toUpperCase()} is defined on a ${scaleText(
          METRIC_SCALES[metric as Exclude<MetricKind, 'mean'>],
        )} scale, but the question is declared ${scaleText(scale)}`,
      );
    const known: KnownScale | null = scale
      ? { scale, source: 'declared' }
      : metric && metric !== 'mean'
        ? { scale: METRIC_SCALES[metric], source: 'metric' }
        : null;
    out.set(question.id, { known, metric });
  }
  return out;
}

/**
 * Reads every response of an opened survey once and measures each question: n, mean, the metric
 * (declared, else inferred from the scale and the question's wording) with its 95% interval, the
 * distribution on the scale, the mean on the emotion lane's −5..+5, and the first free-text answers.
 * Memory is bounded by the number of questions, not responses. A metric is only ever computed on the
 * one scale of its question; answers off that scale are counted apart (`offScale`), never mixed in.
 */
export async function summarizeSurvey(
  file: SurveyFile,
  options: SurveyOptionsInput = {},
): Promise<SurveySummary> {
  const parsed = surveyOptionsSchema.parse(options);
  const declared = declaredPerQuestion(file, parsed.scales, parsed.metrics);
  const accumulators = file.questions.map((question) => {
    const { known, metric } = declared.get(question.id) ?? { known: null, metric: null };
    return new QuestionAccumulator(question, known, metric, parsed.quotesPerQuestion);
  });
  let responses = 0;
  for await (const batch of file.responses) {
    responses += batch.length;
    for (const response of batch) {
      const answers = response.answers;
      for (let i = 0; i < accumulators.length; i++) accumulators[i]!.add(answers[i] ?? '', response.row);
    }
  }
  return { format: file.format, responses, questions: accumulators.map(finish) };
}

/** Opens a survey file and summarizes it in one pass: `readSurvey` then `summarizeSurvey`. */
export async function analyzeSurvey(
  input: InputFile,
  options: SurveyOptionsInput = {},
): Promise<SurveySummary> {
  const parsed = surveyOptionsSchema.parse(options);
  return summarizeSurvey(await readSurvey(input, { format: parsed.format }), parsed);
}
