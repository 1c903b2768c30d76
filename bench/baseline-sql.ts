/**
 * The best hand-written DuckDB SQL we know for each benchmark question, run on a plain table loaded
 * straight from the CSV. Waymark's own answers are measured against these in the same process, and the
 * benchmark fails when the answers differ.
 *
 * The table `ev` has columns user_id, event, ts (TIMESTAMP), channel, session_id. Ingestion order is the
 * table's `rowid`: the table is created in one statement from the file and DuckDB preserves insertion
 * order, so `rowid` is the 0-based data row of the CSV, which costs nothing to store (a
 * `row_number() OVER ()` column more than doubled the load time in our measurements).
 *
 * Variants measured on the 1M-user data (see bench/README.md) and dropped for being slower: the
 * unpruned ASOF chain for the funnel, a `list_reduce` windowFunnel, ordered `string_agg` and windowed
 * `string_agg` for paths.
 */

/** Quotes a text literal for SQL. */
function literal(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** Loads the CSV into `ev` with DuckDB's own reader (timestamps parsed by the reader): the baseline for ingest. */
export function loadSql(csvPath: string): string {
  return `CREATE OR REPLACE TABLE ev AS
SELECT user_id, event, timestamp AS ts, channel, session_id
FROM read_csv(${literal(csvPath)}, header = true, columns = {
  'user_id': 'VARCHAR', 'event': 'VARCHAR', 'timestamp': 'TIMESTAMP', 'channel': 'VARCHAR',
  'session_id': 'VARCHAR', 'event_id': 'VARCHAR'})`;
}

/**
 * An ordered funnel with a conversion window (ClickHouse windowFunnel semantics: the deepest step any
 * attempt reaches within the window of its first step) as a chain of ASOF joins. A user reaches step k
 * when some step-1 event starts a chain whose greedy continuation (the earliest step-i event at or after
 * step i-1) reaches step k within the window; chains that leave the window are dropped at each join, so
 * later joins see fewer rows. Returns (step, users reaching it) rows.
 * Trap: ASOF joins on time alone; ties between a user's events at the same instant are not broken by
 * ingestion order (the generated data has none).
 */
export function funnelSql(steps: readonly string[], windowSeconds: number): string {
  const within = `INTERVAL ${Math.trunc(windowSeconds)} SECOND`;
  const ctes = steps.map(
    (step, i) => `s${i + 1} AS (SELECT user_id, ts FROM ev WHERE event = ${literal(step)})`,
  );
  ctes.push(
    `c2 AS (SELECT s1.user_id, s1.ts AS t1, s2.ts AS t FROM s1 ASOF JOIN s2 ON s1.user_id = s2.user_id AND s2.ts >= s1.ts
  WHERE s2.ts <= s1.ts + ${within})`,
  );
  for (let k = 3; k <= steps.length; k++) {
    ctes.push(
      `c${k} AS (SELECT c${k - 1}.user_id, c${k - 1}.t1, s${k}.ts AS t FROM c${k - 1} ASOF JOIN s${k} ON c${k - 1}.user_id = s${k}.user_id AND s${k}.ts >= c${k - 1}.t
  WHERE s${k}.ts <= c${k - 1}.t1 + ${within})`,
    );
  }
  const counts = steps.map(
    (_, i) =>
      `SELECT ${i + 1} AS step, count(DISTINCT user_id) AS users FROM ${i === 0 ? 's1' : `c${i + 1}`}`,
  );
  return `WITH ${ctes.join(',\n')}
${counts.join('\nUNION ALL ')}
ORDER BY step`;
}

/** Directly-follows counts and exact median transition time in milliseconds, over each user's history. */
export const dfgSql = `WITH o AS (
  SELECT event, lead(event) OVER w AS next_event, epoch_ms(lead(ts) OVER w) - epoch_ms(ts) AS gap_ms
  FROM ev WINDOW w AS (PARTITION BY user_id ORDER BY ts, rowid))
SELECT event, next_event, count(*) AS n, median(gap_ms) AS median_ms
FROM o WHERE next_event IS NOT NULL GROUP BY ALL`;

/**
 * Top N session paths (the first `maxSteps` events of each session, in order) with their counts, ties by
 * path text. One window sort: the first row of each session gathers the next `maxSteps - 1` events with
 * lead(), which beat an ordered string_agg per session by about 20% in CPU time.
 */
export function topPathsSql(topN: number, maxSteps: number): string {
  const leads = Array.from({ length: Math.trunc(maxSteps) - 1 }, (_, i) => `lead(event, ${i + 1}) OVER w`);
  return `SELECT path, count(*) AS n FROM (
  SELECT concat_ws('>', event, ${leads.join(', ')}) AS path, row_number() OVER w AS rn
  FROM ev WINDOW w AS (PARTITION BY session_id ORDER BY ts, rowid) QUALIFY rn = 1)
GROUP BY path ORDER BY n DESC, path LIMIT ${Math.trunc(topN)}`;
}

/**
 * First-touch and last-touch channel of every user who converted: touches are events with a channel at
 * or before the user's first conversion (by time, then ingestion order) and within the lookback window.
 * Returns (model, channel, conversions) rows.
 */
export function attributionSql(conversionEvent: string, lookbackSeconds: number): string {
  return `WITH conv AS (
  SELECT user_id, min(ts) AS ct, arg_min(rowid, (ts, rowid)) AS cr FROM ev WHERE event = ${literal(conversionEvent)} GROUP BY user_id),
per_user AS MATERIALIZED (
  SELECT ev.user_id, arg_min(ev.channel, (ev.ts, ev.rowid)) AS first_touch, arg_max(ev.channel, (ev.ts, ev.rowid)) AS last_touch
  FROM ev JOIN conv USING (user_id)
  WHERE ev.channel IS NOT NULL AND (ev.ts < conv.ct OR (ev.ts = conv.ct AND ev.rowid <= conv.cr))
    AND ev.ts >= conv.ct - INTERVAL ${Math.trunc(lookbackSeconds)} SECOND
  GROUP BY ev.user_id)
SELECT 'first' AS model, first_touch AS channel, count(*) AS conversions FROM per_user GROUP BY first_touch
UNION ALL
SELECT 'last', last_touch, count(*) FROM per_user GROUP BY last_touch`;
}
