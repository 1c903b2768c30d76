import type { DataSetKind, EvidenceRow } from '@waymark/domain';
import { ImportError } from '@waymark/domain';
import { readReviews } from '../reviews/read-reviews';
import { reviewFormatOptionSchema } from '../reviews/schema';
import { readSurvey } from '../survey/read-survey';
import { surveyFormatOptionSchema } from '../survey/schema';
import { decodeText } from '../text/decode';
import type { InputFile } from '../text/input';
import { inputChunks, inputName } from '../text/input';

/**
 * An evidence file as data set rows, for the map store: what the reader found (`meta`) and the rows
 * in batches, streamed (memory holds one batch whatever the file's size). A bad row stops the stream
 * with an `ImportError` naming the file, row and column, so the store's transaction stores nothing.
 */
export interface EvidenceRows {
  meta: Record<string, unknown>;
  rows: AsyncGenerator<EvidenceRow[]>;
}

/** The evidence kinds stored in the map store. */
export type EvidenceKind = Exclude<DataSetKind, 'events'>;

/** Options of {@link evidenceRows}: the layout of a survey or review file (`auto` detects it). */
export interface EvidenceRowsOptions {
  format?: string | undefined;
}

/** Rows per batch of the review and interview readers (survey batches are the reader's own). */
const BATCH = 1_000;

/**
 * Reads a time as the exports write it: ISO 8601 (a date-time without an offset is UTC), or a date
 * and time separated by a space or with slashes (`2024/03/01 10:22:33`, Google Forms). An empty or
 * unreadable time is null: the row is kept and has no time.
 */
export function readRowTime(text: string | undefined): string | null {
  if (text === undefined) return null;
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const iso =
    /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/.exec(
      trimmed,
    );
  if (iso !== null) {
    const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', zone = 'Z'] = iso;
    const pad = (value: string): string => value.padStart(2, '0');
    const offset = zone === 'Z' ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
    const ms = Date.parse(
      `${y}-${pad(mo ?? '')}-${pad(d ?? '')}T${pad(h)}:${pad(mi)}:${pad(s)}${frac}${offset}`,
    );
    return Number.isNaN(ms) ? null : new Date(ms).toISOString();
  }
  const ms = Date.parse(trimmed);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

async function surveyRows(input: InputFile, format: string | undefined): Promise<EvidenceRows> {
  const survey = await readSurvey(
    input,
    format === undefined ? {} : { format: surveyFormatOptionSchema.parse(format) },
  );
  async function* rows(): AsyncGenerator<EvidenceRow[]> {
    for await (const batch of survey.responses) {
      yield batch.map((response) => ({
        row: response.row,
        at: readRowTime(response.submittedAt),
        data: {
          ...(response.respondentId === undefined ? {} : { respondentId: response.respondentId }),
          ...(response.submittedAt === undefined ? {} : { submittedAt: response.submittedAt }),
          answers: response.answers,
        },
      }));
    }
  }
  return {
    meta: {
      format: survey.format,
      questions: survey.questions.map((question) => ({
        id: question.id,
        text: question.text,
        column: question.column,
        textEntry: question.textEntry,
      })),
    },
    rows: rows(),
  };
}

async function reviewRows(input: InputFile, format: string | undefined): Promise<EvidenceRows> {
  const file = await readReviews(
    input,
    format === undefined ? {} : { format: reviewFormatOptionSchema.parse(format) },
  );
  async function* rows(): AsyncGenerator<EvidenceRow[]> {
    let batch: EvidenceRow[] = [];
    for await (const review of file.reviews) {
      const { row, ...fields } = review;
      batch.push({ row, at: readRowTime(review.date), data: fields });
      if (batch.length === BATCH) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  }
  return { meta: { format: file.format }, rows: rows() };
}

/**
 * An interview transcript (text or Markdown) as passages: paragraphs split at blank lines, each
 * with its first line number and, when it starts `Name: ...` (a speaker turn, also `**Name:**`), its
 * speaker. Markdown headings are kept as passages of their own.
 */
async function interviewRows(input: InputFile): Promise<EvidenceRows> {
  const name = inputName(input);
  async function* rows(): AsyncGenerator<EvidenceRow[]> {
    let batch: EvidenceRow[] = [];
    let passage: string[] = [];
    let start = 0;
    let line = 0;
    let carry = '';
    let count = 0;
    const end = (): void => {
      const text = passage.join('\n').trim();
      passage = [];
      if (text === '') return;
      const turn = /^\**([^:*\n]{1,60}?)\**:\**\s+([\s\S]+)$/u.exec(text);
      const data: Record<string, unknown> =
        turn !== null ? { speaker: turn[1]?.trim(), text: turn[2]?.trim() } : { text };
      batch.push({ row: start, at: null, data });
      count++;
    };
    const take = (raw: string): void => {
      line++;
      const text = raw.replace(/\r$/, '');
      if (/^\s*$/.test(text) || /^#{1,6}\s/.test(text)) {
        end();
        if (/^#{1,6}\s/.test(text)) {
          start = line;
          passage.push(text);
          end();
        }
        return;
      }
      if (passage.length === 0) start = line;
      passage.push(text);
    };
    for await (const chunk of decodeText(inputChunks(input), name)) {
      const lines = (carry + chunk).split('\n');
      carry = lines.pop() ?? '';
      for (const raw of lines) take(raw);
      if (batch.length >= BATCH) {
        yield batch;
        batch = [];
      }
    }
    take(carry);
    end();
    if (count === 0)
      throw new ImportError(name, '', 'has no text: expected an interview transcript (text or Markdown)');
    if (batch.length > 0) yield batch;
  }
  return { meta: { format: 'text' }, rows: rows() };
}

/** Opens an evidence file of `kind` as data set rows (see {@link EvidenceRows}). */
export async function evidenceRows(
  kind: EvidenceKind,
  input: InputFile,
  options: EvidenceRowsOptions = {},
): Promise<EvidenceRows> {
  if (kind === 'survey') return await surveyRows(input, options.format);
  if (kind === 'reviews') return await reviewRows(input, options.format);
  return await interviewRows(input);
}
