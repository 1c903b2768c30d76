import { ImportError, quoteValue } from '@waymark/domain';
import { cellPlace } from '../errors';
import type { TableRow } from '../text/table';
import type { SurveyFormat, SurveyQuestion } from './schema';

/**
 * The survey export layouts: how each is recognised from its first rows, how many header rows it has,
 * which columns are metadata and which are questions. One description per format; `surveyColumns`
 * turns the header rows into questions.
 */

/** What a layout makes of a file's header rows. */
export interface SurveyColumns {
  format: SurveyFormat;
  /** How many rows at the top of the file are headers. */
  headerRows: number;
  /** Cells in the first header row: the width every data row must have. */
  width: number;
  questions: SurveyQuestion[];
  /** 0-based column of the respondent or response id, when the layout has one. */
  respondentIdColumn: number | null;
  /** 0-based column of the submission time, when the layout has one. */
  submittedAtColumn: number | null;
}

interface NamedLayout {
  format: SurveyFormat;
  /** Metadata column names (lower case); every other column is a question. */
  metadata: readonly string[];
  /** Metadata columns recognised by a prefix (lower case), e.g. Microsoft Forms quiz points. */
  metadataPrefixes?: readonly string[];
  respondentId?: string;
  submittedAt?: string;
  matches(first: readonly string[]): boolean;
}

const lower = (cell: string | undefined): string => (cell ?? '').trim().toLowerCase();

/** The 0-based index of the first cell equal to `name` (after `fold`), or null. */
function columnOf(
  cells: readonly string[],
  name: string | undefined,
  fold: (cell: string) => string = lower,
): number | null {
  const at = name === undefined ? -1 : cells.findIndex((cell) => fold(cell) === name);
  return at < 0 ? null : at;
}

/** Layouts with one header row of question texts, told apart by their metadata columns. */
const ONE_ROW_LAYOUTS: readonly NamedLayout[] = [
  {
    // Typeform's CSV and XLSX: the response token "#", then questions and hidden fields, then dates.
    format: 'typeform',
    metadata: [
      '#',
      'response type',
      'start date (utc)',
      'stage date (utc)',
      'submit date (utc)',
      'network id',
      'tags',
      'ending',
    ],
    respondentId: '#',
    submittedAt: 'submit date (utc)',
    matches: (first) =>
      first.map(lower).includes('submit date (utc)') ||
      (lower(first[0]) === '#' && first.map(lower).includes('network id')),
  },
  {
    // Microsoft Forms' "Open in Excel" workbook (or that sheet saved as CSV).
    format: 'microsoft-forms',
    metadata: [
      'id',
      'start time',
      'completion time',
      'email',
      'name',
      'last modified time',
      'total points',
      'quiz feedback',
    ],
    metadataPrefixes: ['points - ', 'feedback - '],
    respondentId: 'id',
    submittedAt: 'completion time',
    matches: (first) =>
      lower(first[0]) === 'id' && lower(first[1]) === 'start time' && lower(first[2]) === 'completion time',
  },
  {
    // Google Forms' responses CSV (or its linked sheet): Timestamp first.
    format: 'google-forms',
    metadata: ['timestamp', 'email address', 'score'],
    submittedAt: 'timestamp',
    matches: (first) => lower(first[0]) === 'timestamp',
  },
  { format: 'csv', metadata: [], matches: () => true },
];

const IMPORT_ID = /^\s*\{\s*"ImportId"\s*:/;

/** Qualtrics' third header row holds `{"ImportId":"QID1"}` cells. */
function looksQualtrics(rows: readonly TableRow[]): boolean {
  const third = rows[2]?.cells.filter((cell) => cell.trim() !== '') ?? [];
  return third.length > 0 && third.filter((cell) => IMPORT_ID.test(cell)).length >= third.length * 0.8;
}

/** SurveyMonkey's first header row starts with its respondent metadata. */
function looksSurveyMonkey(rows: readonly TableRow[]): boolean {
  const first = rows[0]?.cells.map(lower) ?? [];
  return first.includes('respondent id') && first.includes('collector id');
}

/** The layout of a file from its first (up to three) non-blank rows. */
export function detectSurveyFormat(rows: readonly TableRow[]): SurveyFormat {
  if (looksQualtrics(rows)) return 'qualtrics';
  if (looksSurveyMonkey(rows)) return 'surveymonkey';
  const first = rows[0]?.cells ?? [];
  return (ONE_ROW_LAYOUTS.find((layout) => layout.matches(first)) ?? ONE_ROW_LAYOUTS.at(-1)!).format;
}

/** Makes ids unique in file order: a repeated id gets ` (2)`, ` (3)`, ... */
function uniqueIds(questions: SurveyQuestion[]): SurveyQuestion[] {
  const seen = new Map<string, number>();
  const taken = new Set(questions.map((q) => q.id));
  return questions.map((question) => {
    const count = (seen.get(question.id) ?? 0) + 1;
    seen.set(question.id, count);
    if (count === 1) return question;
    let suffix = count;
    while (taken.has(`${question.id} (${suffix})`)) suffix++;
    const id = `${question.id} (${suffix})`;
    taken.add(id);
    return { ...question, id };
  });
}

/** A question at 0-based `column`; an empty header becomes `column N`. */
function question(
  column: number,
  id: string,
  text: string,
  extra: Partial<SurveyQuestion> = {},
): SurveyQuestion {
  const fallback = `column ${column + 1}`;
  return {
    id: id || fallback,
    text: text || id || fallback,
    column: column + 1,
    textEntry: false,
    npsGroup: false,
    ...extra,
  };
}

function requireRows(rows: readonly TableRow[], count: number, format: SurveyFormat, fileName: string): void {
  if (rows.length < count)
    throw new ImportError(
      fileName,
      '',
      `has ${rows.length} non-blank row${rows.length === 1 ? '' : 's'}; a ${format} export starts with ${count} header rows`,
    );
}

/** Qualtrics: field ids, question texts, ImportId JSON; questions are the `QID…` columns. */
function qualtricsColumns(rows: readonly TableRow[], fileName: string): SurveyColumns {
  requireRows(rows, 3, 'qualtrics', fileName);
  const [ids, texts, imports] = rows as [TableRow, TableRow, TableRow];
  const importIds = ids.cells.map((_, c) => {
    const cell = imports.cells[c] ?? '';
    let parsed: unknown;
    try {
      parsed = JSON.parse(cell);
    } catch {
      parsed = null;
    }
    const importId =
      typeof parsed === 'object' && parsed !== null && 'ImportId' in parsed ? parsed.ImportId : undefined;
    if (typeof importId !== 'string')
      throw new ImportError(
        fileName,
        cellPlace(imports.row, c + 1, ids.cells[c]),
        `expected a Qualtrics ImportId like {"ImportId":"QID1"} (got ${quoteValue(cell)})`,
      );
    return importId;
  });
  const npsGroups = new Set(
    importIds.filter((id) => id.endsWith('_NPS_GROUP')).map((id) => id.slice(0, -10)),
  );
  const questions: SurveyQuestion[] = [];
  importIds.forEach((importId, c) => {
    const match = /^QID\d+(.*)$/.exec(importId);
    if (!match) return;
    const suffix = match[1] ?? '';
    if (/_(NPS_GROUP|DO|FIRST_CLICK|LAST_CLICK|PAGE_SUBMIT|CLICK_COUNT)$/.test(suffix)) return;
    questions.push(
      question(c, ids.cells[c] ?? importId, texts.cells[c] ?? '', {
        importId,
        textEntry: suffix.endsWith('_TEXT'),
        npsGroup: npsGroups.has(importId),
      }),
    );
  });
  const column = (name: string): number | null => columnOf(importIds, name, (id) => id);
  return {
    format: 'qualtrics',
    headerRows: 3,
    width: ids.cells.length,
    questions: uniqueIds(questions),
    respondentIdColumn: column('_recordId'),
    submittedAtColumn: column('recordedDate') ?? column('endDate'),
  };
}

const SURVEYMONKEY_METADATA = new Set([
  'respondent id',
  'collector id',
  'start date',
  'end date',
  'ip address',
  'email address',
  'first name',
  'last name',
]);
const SURVEYMONKEY_PLAIN_OPTIONS = new Set(['', 'response', 'open-ended response']);

/**
 * SurveyMonkey: question texts (blank on a question's continuation columns: filled forward), then
 * each column's answer option. A column whose option is `Response` or `Open-Ended Response` is the
 * question itself; any other option (a matrix row, a choice, `Other (please specify)`) is a column of
 * its own, `question - option`.
 */
function surveyMonkeyColumns(rows: readonly TableRow[], fileName: string): SurveyColumns {
  requireRows(rows, 2, 'surveymonkey', fileName);
  const [texts, options] = rows as [TableRow, TableRow];
  const questions: SurveyQuestion[] = [];
  let current = '';
  let inMetadata = true;
  texts.cells.forEach((cell, c) => {
    const option = (options.cells[c] ?? '').trim();
    const name = lower(cell);
    if (inMetadata && option === '' && (SURVEYMONKEY_METADATA.has(name) || /^custom data \d+$/.test(name)))
      return;
    inMetadata = false;
    if (cell.trim() !== '') current = cell.trim();
    const plain = SURVEYMONKEY_PLAIN_OPTIONS.has(option.toLowerCase());
    const id = plain ? current : `${current} - ${option}`;
    questions.push(
      question(c, id, id, {
        textEntry: option.toLowerCase() === 'open-ended response' || /please specify/i.test(option),
      }),
    );
  });
  return {
    format: 'surveymonkey',
    headerRows: 2,
    width: texts.cells.length,
    questions: uniqueIds(questions),
    respondentIdColumn: columnOf(texts.cells, 'respondent id'),
    submittedAtColumn: columnOf(texts.cells, 'end date'),
  };
}

/** One header row of question texts; the layout's metadata columns are not questions. */
function oneRowColumns(format: SurveyFormat, rows: readonly TableRow[], fileName: string): SurveyColumns {
  requireRows(rows, 1, format, fileName);
  const layout = ONE_ROW_LAYOUTS.find((l) => l.format === format)!;
  const header = rows[0]!.cells;
  const isMetadata = (cell: string): boolean =>
    layout.metadata.includes(lower(cell)) ||
    (layout.metadataPrefixes ?? []).some((p) => lower(cell).startsWith(p));
  const questions = header.flatMap((cell, c) =>
    isMetadata(cell) ? [] : [question(c, cell.trim(), cell.trim())],
  );
  return {
    format,
    headerRows: 1,
    width: header.length,
    questions: uniqueIds(questions),
    respondentIdColumn: columnOf(header, layout.respondentId),
    submittedAtColumn: columnOf(header, layout.submittedAt),
  };
}

/**
 * The questions and metadata columns of a file in `format`, from its first non-blank rows (three are
 * enough for every layout). Throws an `ImportError` naming the row and column when the header
 * does not fit the layout (a Qualtrics file without ImportIds, too few header rows).
 */
export function surveyColumns(
  format: SurveyFormat,
  rows: readonly TableRow[],
  fileName: string,
): SurveyColumns {
  if (format === 'qualtrics') return qualtricsColumns(rows, fileName);
  if (format === 'surveymonkey') return surveyMonkeyColumns(rows, fileName);
  return oneRowColumns(format, rows, fileName);
}
