import type { Command } from 'commander';
import type { MetricKind, QuestionSummary, Scale, SurveyOptionsInput } from '@waymark/evidence';
import { fail } from '../cli-error';
import { printJson, printLines, terminalSafe, terminalWidth } from '../output';
import { renderTable } from '../text/table';
import { registerEvidenceImport } from './evidence-import';

interface SurveyFlags {
  format?: string;
  scale?: string[];
  metric?: string[];
  json?: boolean;
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** `ID=VALUE` split at its last `=` (ids may hold `=`); usage error naming the flag otherwise. */
function assignment(text: string, flag: string, example: string): [string, string] {
  const at = text.lastIndexOf('=');
  if (at <= 0 || at === text.length - 1) fail(`${flag} ${JSON.stringify(text)}: expected ID=${example}`, 2);
  return [text.slice(0, at), text.slice(at + 1)];
}

/** Builds the survey options from the flags; usage errors (exit 2) for malformed values. */
async function surveyOptions(flags: SurveyFlags): Promise<SurveyOptionsInput> {
  const { metricKindSchema, parseScale, surveyFormatOptionSchema } = await import('@waymark/evidence');
  const format = surveyFormatOptionSchema.safeParse(flags.format ?? 'auto');
  if (!format.success)
    fail(
      `--format: expected one of ${surveyFormatOptionSchema.options.join(', ')} (got ${JSON.stringify(flags.format)})`,
      2,
    );
  const scales: Record<string, Scale> = {};
  for (const text of flags.scale ?? []) {
    const [id, range] = assignment(text, '--scale', 'MIN-MAX, e.g. Q1=0-10');
    const scale =
      parseScale(range) ??
      fail(`--scale ${JSON.stringify(text)}: expected MIN-MAX with MIN below MAX, e.g. 0-10`, 2);
    if (id in scales) fail(`--scale: ${JSON.stringify(id)} is given twice`, 2);
    scales[id] = scale;
  }
  const metrics: Record<string, MetricKind> = {};
  for (const text of flags.metric ?? []) {
    const [id, kind] = assignment(text, '--metric', 'nps|csat|ces|mean');
    const metric = metricKindSchema.safeParse(kind);
    if (!metric.success)
      fail(`--metric ${JSON.stringify(text)}: expected one of ${metricKindSchema.options.join(', ')}`, 2);
    if (id in metrics) fail(`--metric: ${JSON.stringify(id)} is given twice`, 2);
    metrics[id] = metric.data;
  }
  return { format: format.data, scales, metrics };
}

/** Usage mistakes the evidence package finds (unknown question ids, a metric off its scale) exit with 2. */
async function asUsage<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Error && error.name === 'EvidenceOptionError') fail(error.message, 2);
    throw error;
  }
}

const figure = (value: number | null, digits = 2): string => (value === null ? '' : value.toFixed(digits));

function surveyRow(q: QuestionSummary): string[] {
  const interval = q.interval ? `${figure(q.interval.low)} to ${figure(q.interval.high)}` : '';
  const scale = q.scale ? `${q.scale.min}-${q.scale.max}` : '';
  return [
    terminalSafe(q.id),
    q.kind === 'text' ? `text (${q.answered})` : String(q.n),
    figure(q.mean),
    q.metric ?? '',
    figure(q.value),
    interval,
    scale,
  ];
}

/** `waymark evidence survey|reviews FILE`: measures a survey export or a review export; stores nothing. */
export function registerEvidence(program: Command): void {
  const evidence = program
    .command('evidence')
    .description(
      'measure research evidence (survey exports, app or site reviews) or import it as a data set',
    );

  evidence
    .command('survey')
    .description('per question: answers on the scale (n), mean, and the NPS, CSAT, CES or mean metric')
    .argument('<file>', 'a survey export (CSV, TSV or XLSX)')
    .option(
      '--format <format>',
      'auto (default), qualtrics, surveymonkey, google-forms, typeform, microsoft-forms or csv',
    )
    .option('--scale <id=min-max>', 'the answer scale of a question, e.g. Q1=0-10 (repeatable)', collect)
    .option('--metric <id=kind>', 'the metric of a question: nps, csat, ces or mean (repeatable)', collect)
    .option('--json', 'print {"format","responses","questions":[{"id","text","n","mean","metric","value"}]}')
    .action(async (file: string, flags: SurveyFlags) => {
      const options = await surveyOptions(flags);
      const { analyzeSurvey, surveyReport } = await import('@waymark/evidence');
      const summary = await asUsage(() => analyzeSurvey({ path: file }, options));
      if (flags.json) return printJson(surveyReport(summary));
      printLines(
        `${summary.responses} responses (${summary.format})`,
        renderTable(
          ['question', 'n', 'mean', 'metric', 'value', '95% interval', 'scale'],
          summary.questions.map(surveyRow),
          { maxWidth: terminalWidth() },
        ),
      );
    });

  evidence
    .command('reviews')
    .description('reviews per language, mean star rating, and themes per language with quotes')
    .argument('<file>', 'a review export (CSV, or App Store JSON)')
    .option('--format <format>', 'auto (default), google-play, app-store, trustpilot or csv')
    .option('--json', 'print {"format","reviews","meanRating","languages","themes":[...]}')
    .action(async (file: string, flags: { format?: string; json?: boolean }) => {
      const { analyzeReviews, reviewFormatOptionSchema, reviewReport } = await import('@waymark/evidence');
      const format = reviewFormatOptionSchema.safeParse(flags.format ?? 'auto');
      if (!format.success)
        fail(
          `--format: expected one of ${reviewFormatOptionSchema.options.join(', ')} (got ${JSON.stringify(flags.format)})`,
          2,
        );
      const summary = await analyzeReviews({ path: file }, { format: format.data });
      if (flags.json) return printJson(reviewReport(summary));
      const languages = Object.entries(summary.languages).map(([code, n]) => `${code} ${n}`);
      printLines(
        `${summary.reviews} reviews (${summary.format}), mean rating ${figure(summary.meanRating)}`,
        `languages: ${languages.join(', ') || 'none'}`,
        renderTable(
          ['language', 'theme', 'reviews', 'mean rating', 'terms', 'quote'],
          summary.themes.map((t) => [
            t.language,
            terminalSafe(t.label),
            String(t.reviews),
            figure(t.meanRating),
            terminalSafe(t.terms.join(', ')),
            terminalSafe(t.quotes[0] ?? ''),
          ]),
          { maxWidth: terminalWidth() },
        ),
      );
    });

  registerEvidenceImport(evidence);
}
