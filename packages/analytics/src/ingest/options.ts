import type { DataSet } from '@waymark/domain';
import { z } from 'zod';

/** How timestamps in a file are written. `auto` accepts ISO 8601 text and epoch seconds or milliseconds. */
export const timeFormatSchema = z.enum(['iso', 'epoch_s', 'epoch_ms', 'auto']);
export type TimeFormat = z.infer<typeof timeFormatSchema>;

const columnName = z.string().min(1).max(200);

/**
 * Options of a file import: column mapping (defaults user_id, event, timestamp, channel; session and id
 * are used only when named or present as `session_id` / `event_id`), time format and error handling.
 * Every other column becomes a property.
 */
export const ingestOptionsSchema = z.object({
  format: z.enum(['csv', 'ndjson', 'parquet', 'auto']).default('auto'),
  user: columnName.default('user_id'),
  event: columnName.default('event'),
  time: columnName.default('timestamp'),
  channel: columnName.default('channel'),
  session: columnName.default('session_id'),
  id: columnName.default('event_id'),
  timeFormat: timeFormatSchema.default('auto'),
  /** `fail`: load nothing when any row is bad; `skip`: load the good rows and report the bad ones. */
  onError: z.enum(['fail', 'skip']).default('fail'),
  /** Most row errors listed in a report. */
  maxReportedErrors: z.number().int().min(1).max(10_000).default(20),
});
export type IngestOptions = z.infer<typeof ingestOptionsSchema>;
export type IngestOptionsInput = z.input<typeof ingestOptionsSchema>;

/** One bad row: 1-based data row number (header excluded), the column, the offending value (cut to 200 chars), why. */
export interface RowError {
  row: number;
  column: string;
  value: string;
  reason: string;
}

/** What an import did. `errors` lists at most `maxReportedErrors` bad rows; `skipped` counts them all. */
export interface IngestReport {
  file: string;
  /** The data set the import created (see `EventStore.ingestFile`); absent from the reader's own report. */
  dataSet?: DataSet;
  rows: number;
  inserted: number;
  duplicates: number;
  skipped: number;
  errors: RowError[];
}

/** Progress of an import: a phase and, when known, done/total units of that phase. */
export interface IngestProgress {
  phase: 'reading' | 'validating' | 'inserting' | 'indexing' | 'done';
  done: number;
  total: number;
}

/** Receives progress updates; must not throw. */
export type ProgressCallback = (progress: IngestProgress) => void;

/**
 * Thrown when an import loads nothing: a file that cannot be read or parsed, or (with onError 'fail')
 * bad rows. `errors` holds the first bad rows when there are any.
 */
export class IngestError extends Error {
  readonly errors: RowError[];
  readonly file: string;
  constructor(file: string, message: string, errors: RowError[] = []) {
    super(`${file}: ${message}`);
    this.name = 'IngestError';
    this.file = file;
    this.errors = errors;
  }
}
