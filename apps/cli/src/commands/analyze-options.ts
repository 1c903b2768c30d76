import type { Command } from 'commander';
import type { EventMatcher, TimeRange } from '@waymark/domain';
// The journey-queries entry has no runtime imports, so the CLI's start stays light.
import { readTimeRange, TimeRangeTextError } from '@waymark/domain/journey-queries';
import type { EventStore, IngestOptionsInput } from '@waymark/analytics';
import { cliContext } from '../cli-context';
import { fail } from '../cli-error';
import { dataDirOf } from '../store-context';

/** Commander's accumulator for a repeatable flag: every value given, in order. */
export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** Column-mapping flags shared by `events import` and `analyze --events`. */
export interface ColumnFlags {
  user?: string;
  event?: string;
  time?: string;
  channel?: string;
  session?: string;
  id?: string;
  timeFormat?: string;
}

/** Adds the column-mapping flags to a command. */
export function addColumnFlags(command: Command): Command {
  return command
    .option('--user <column>', 'user id column (default user_id)')
    .option('--event <column>', 'event name column (default event)')
    .option('--time <column>', 'timestamp column (default timestamp)')
    .option('--channel <column>', 'channel column (default channel, when present)')
    .option('--session <column>', 'session id column (default session_id, when present)')
    .option('--id <column>', 'event id column (default event_id, when present); repeated ids load once')
    .option('--time-format <format>', 'iso | epoch_s | epoch_ms (default: detect)');
}

const TIME_FORMATS = ['iso', 'epoch_s', 'epoch_ms', 'auto'] as const;

/** Ingest options from the column flags (unset flags keep the defaults). */
export function ingestOptionsOf(flags: ColumnFlags): IngestOptionsInput {
  const timeFormat =
    flags.timeFormat === undefined ? undefined : TIME_FORMATS.find((f) => f === flags.timeFormat);
  if (flags.timeFormat !== undefined && timeFormat === undefined) {
    fail(`--time-format: expected iso, epoch_s or epoch_ms, got "${flags.timeFormat}"`, 2);
  }
  const options: IngestOptionsInput = {};
  if (flags.user !== undefined) options.user = flags.user;
  if (flags.event !== undefined) options.event = flags.event;
  if (flags.time !== undefined) options.time = flags.time;
  if (flags.channel !== undefined) options.channel = flags.channel;
  if (flags.session !== undefined) options.session = flags.session;
  if (flags.id !== undefined) options.id = flags.id;
  if (timeFormat !== undefined) options.timeFormat = timeFormat;
  return options;
}

const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** Parses a duration like `7d`, `30m`, `2h`, `45s` or bare seconds into whole seconds. */
export function parseDuration(text: string, flag: string): number {
  const match = /^(\d+(?:\.\d+)?)([smhd]?)$/.exec(text.trim());
  const seconds = match ? Math.round(Number(match[1]) * (UNITS[match[2] || 's'] ?? 1)) : NaN;
  if (!Number.isSafeInteger(seconds) || seconds <= 0)
    fail(`${flag}: expected a duration like 7d, 12h, 30m or 90, got "${text}"`, 2);
  return seconds;
}

/** Parses a step: one event name, or several separated by `|` (any of them matches). */
export function parseStep(text: string, flag: string): EventMatcher[] {
  const events = text.split('|').filter((name) => name.length > 0);
  if (events.length === 0) fail(`${flag}: expected an event name, or names separated by |`, 2);
  return [{ type: 'event_in', events }];
}

/** Parses a whole number flag within bounds. */
export function parseCount(text: string, flag: string, min = 1, max = 1_000_000): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max)
    fail(`${flag}: expected a whole number from ${min} to ${max}, got "${text}"`, 2);
  return value;
}

/**
 * `--from`/`--to` as a time range, read by the domain's `readTimeRange` as the server reads its
 * query: a date alone is a whole UTC day (`--to 2024-01-31` includes the 31st).
 */
export function timeRangeOf(flags: { from?: string; to?: string }): TimeRange {
  try {
    return readTimeRange(flags);
  } catch (error) {
    if (error instanceof TimeRangeTextError) fail(`--${error.field}: ${error.message}`, 2);
    throw error;
  }
}

/** Flags every analyze subcommand takes. */
export interface AnalyzeFlags extends ColumnFlags {
  events?: string;
  json?: boolean;
  from?: string;
  to?: string;
}

/** Adds `--events FILE`, the column flags, `--from/--to` and `--json` to an analyze subcommand. */
export function addAnalyzeFlags(command: Command): Command {
  return addColumnFlags(
    command
      .option(
        '--events <file>',
        'read events from this CSV/NDJSON/Parquet file instead of the imported store',
      )
      .option(
        '--from <date>',
        'only events at or after this instant (ISO 8601; a date starts at its UTC midnight)',
      )
      .option(
        '--to <date>',
        'only events before this instant (ISO 8601; a date alone includes that whole UTC day)',
      )
      .option('--json', 'print JSON'),
  );
}

/**
 * Opens the event store for an analyze command: with `--events FILE` a temporary in-memory DuckDB
 * loaded from the file, else the imported store in the data directory. Closes it after `work`.
 */
export async function withEventStore<T>(
  command: Command,
  flags: AnalyzeFlags,
  work: (store: EventStore) => Promise<T>,
): Promise<T> {
  // A bad --from/--to is a usage error before any file is read.
  timeRangeOf(flags);
  const { openEventStore, openDuckDbEventStore } = await import('@waymark/analytics');
  // A file given with --events is read into a throwaway in-memory DuckDB; else the imported store
  // (the one a runCli caller handed in, left open, or the data directory's).
  const given = flags.events === undefined ? cliContext().eventStore : undefined;
  const store =
    given ??
    (flags.events === undefined
      ? await openEventStore({ dataDir: dataDirOf(command) })
      : await openDuckDbEventStore());
  try {
    if (flags.events !== undefined) await store.ingestFile(flags.events, ingestOptionsOf(flags));
    return await work(store);
  } catch (error) {
    if (
      error instanceof Error &&
      error.name === 'ZodError' &&
      'issues' in error &&
      Array.isArray(error.issues)
    ) {
      const issue: unknown = error.issues[0];
      const text =
        typeof issue === 'object' && issue !== null && 'message' in issue
          ? String(issue.message)
          : error.message;
      const path =
        typeof issue === 'object' && issue !== null && 'path' in issue && Array.isArray(issue.path)
          ? issue.path.join('.')
          : '';
      fail(`invalid query${path ? ` (${path})` : ''}: ${text}`, 2);
    }
    throw error;
  } finally {
    if (store !== given) await store.close();
  }
}

/** Formats seconds for tables: `—` for none, else the largest sensible unit. */
export function formatSeconds(seconds: number | null): string {
  if (seconds === null) return '—';
  if (seconds < 120) return `${Math.round(seconds * 10) / 10}s`;
  if (seconds < 7200) return `${Math.round(seconds / 6) / 10}m`;
  if (seconds < 172_800) return `${Math.round(seconds / 360) / 10}h`;
  return `${Math.round(seconds / 8640) / 10}d`;
}

/** Formats a fraction as a percentage. */
export function formatPercent(fraction: number | null): string {
  return fraction === null ? '—' : `${Math.round(fraction * 1000) / 10}%`;
}
