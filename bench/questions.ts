import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import type { EventStore } from '@waymark/analytics';
import { runQuery } from '@waymark/analytics';
import { attributionSql, dfgSql, funnelSql, topPathsSql } from './baseline-sql';

/**
 * The four benchmark questions, each asked of Waymark (a query description run over the built journey
 * index) and of hand-written DuckDB SQL, with both answers brought to one comparable shape.
 */

/** The funnel of the benchmark, in order. */
export const FUNNEL_STEPS = ['visit', 'view_product', 'add_to_cart', 'begin_checkout', 'purchase'] as const;
/** Conversion window of the funnel: 7 days. */
export const FUNNEL_WINDOW_SECONDS = 7 * 86_400;
/** How many top paths are compared. */
export const TOP_PATHS = 20;
/** Conversion event of the attribution question. */
export const CONVERSION = 'purchase';
/** Attribution lookback: Waymark's default, 30 days, applied on both sides. */
export const LOOKBACK_SECONDS = 30 * 86_400;
/** Longest session path Waymark keeps (its maximum); the SQL cuts paths to the same length. */
export const MAX_PATH_STEPS = 50;

/** A comparable answer: plain JSON, compared key by key. */
export type Answer = Record<string, number | string>;

/** One benchmark question: how Waymark answers it and how the SQL baseline does. */
export interface Question {
  key: 'funnel' | 'dfg' | 'paths' | 'attribution';
  title: string;
  waymark: (store: EventStore) => Promise<Answer>;
  sql: (connection: DuckDBConnection) => Promise<Answer>;
}

async function rows(connection: DuckDBConnection, sql: string): Promise<DuckDBValue[][]> {
  return (await connection.runAndReadAll(sql)).getRows();
}

function num(value: DuckDBValue | undefined): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  throw new TypeError(`expected a number from DuckDB, got ${String(value)}`);
}

function text(value: DuckDBValue | undefined): string {
  if (typeof value === 'string') return value;
  throw new TypeError(`expected text from DuckDB, got ${String(value)}`);
}

/** Rounds seconds to milliseconds, as Waymark reports them. */
function ms(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}

const funnel: Question = {
  key: 'funnel',
  title: '5-step funnel, 7-day window',
  async waymark(store) {
    const result = await runQuery(store, {
      kind: 'funnel',
      steps: FUNNEL_STEPS.map((event) => [{ type: 'event_equals' as const, event }]),
      windowSeconds: FUNNEL_WINDOW_SECONDS,
    });
    return Object.fromEntries(result.steps.map((step) => [`step ${step.step} users`, step.users]));
  },
  async sql(connection) {
    const found = await rows(connection, funnelSql(FUNNEL_STEPS, FUNNEL_WINDOW_SECONDS));
    return Object.fromEntries(found.map((row) => [`step ${num(row[0])} users`, num(row[1])]));
  },
};

const dfg: Question = {
  key: 'dfg',
  title: 'directly-follows graph (per user)',
  async waymark(store) {
    const result = await runQuery(store, { kind: 'dfg' });
    const answer: Answer = {};
    for (const edge of result.edges) {
      answer[`${edge.from} -> ${edge.to} count`] = edge.count;
      answer[`${edge.from} -> ${edge.to} median s`] = edge.medianSeconds;
    }
    return answer;
  },
  async sql(connection) {
    const answer: Answer = {};
    for (const row of await rows(connection, dfgSql)) {
      const edge = `${text(row[0])} -> ${text(row[1])}`;
      answer[`${edge} count`] = num(row[2]);
      answer[`${edge} median s`] = ms(num(row[3]) / 1000);
    }
    return answer;
  },
};

const paths: Question = {
  key: 'paths',
  title: `top ${TOP_PATHS} session paths`,
  async waymark(store) {
    const result = await runQuery(store, { kind: 'paths', topN: TOP_PATHS, maxSteps: MAX_PATH_STEPS });
    return Object.fromEntries(
      result.paths.map((path, i) => [`#${i + 1}`, `${path.count} ${path.events.join('>')}`]),
    );
  },
  async sql(connection) {
    const found = await rows(connection, topPathsSql(TOP_PATHS, MAX_PATH_STEPS));
    return Object.fromEntries(found.map((row, i) => [`#${i + 1}`, `${num(row[1])} ${text(row[0])}`]));
  },
};

const attribution: Question = {
  key: 'attribution',
  title: 'first- and last-touch attribution',
  async waymark(store) {
    const result = await runQuery(store, {
      kind: 'attribution',
      conversion: [{ type: 'event_equals', event: CONVERSION }],
      lookbackSeconds: LOOKBACK_SECONDS,
      // The SQL baseline computes these two only; ask for no more work than it does.
      models: ['first_touch', 'last_touch'],
    });
    const answer: Answer = {};
    for (const { channel, firstTouch = 0, lastTouch = 0 } of result.channels) {
      if (firstTouch > 0) answer[`first ${channel}`] = firstTouch;
      if (lastTouch > 0) answer[`last ${channel}`] = lastTouch;
    }
    return answer;
  },
  async sql(connection) {
    const answer: Answer = {};
    for (const row of await rows(connection, attributionSql(CONVERSION, LOOKBACK_SECONDS)))
      answer[`${text(row[0])} ${text(row[1])}`] = num(row[2]);
    return answer;
  },
};

/** The questions in benchmark order. */
export const QUESTIONS: readonly Question[] = [funnel, dfg, paths, attribution];

/**
 * Throws when two answers differ, naming every differing key (up to 10) with both values.
 * Trap: an empty answer on both sides would compare equal, so an empty answer is an error too.
 */
export function assertSameAnswer(question: string, waymark: Answer, sql: Answer): void {
  const keys = [...new Set([...Object.keys(waymark), ...Object.keys(sql)])].sort();
  if (keys.length === 0) throw new Error(`${question}: both answers are empty`);
  const differences = keys
    .filter((key) => waymark[key] !== sql[key])
    .map(
      (key) =>
        `  ${key}: Waymark ${String(waymark[key] ?? '(missing)')}, SQL ${String(sql[key] ?? '(missing)')}`,
    );
  if (differences.length > 0) {
    throw new Error(
      `${question}: Waymark and the SQL baseline disagree on ${differences.length} of ${keys.length} figures:\n` +
        differences.slice(0, 10).join('\n'),
    );
  }
}
