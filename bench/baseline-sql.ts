/**
 * The best hand-written DuckDB SQL we know for each benchmark question, run on a plain table loaded
 * straight from the CSV. Waymark's own answers are measured against these in the same process.
 * The table `ev` has columns user_id, event, ts (TIMESTAMP), channel, session_id, seq (ingestion order).
 */

/** Loads the CSV into `ev` with DuckDB's own reader: the baseline for ingest. */
export function loadSql(csvPath: string): string {
  const path = csvPath.replaceAll("'", "''");
  return `CREATE OR REPLACE TABLE ev AS
SELECT user_id, event, CAST(timestamp AS TIMESTAMP) AS ts, channel, session_id, row_number() OVER () AS seq
FROM read_csv('${path}', header = true, columns = {
  'user_id': 'VARCHAR', 'event': 'VARCHAR', 'timestamp': 'VARCHAR', 'channel': 'VARCHAR',
  'session_id': 'VARCHAR', 'event_id': 'VARCHAR'})`;
}

/**
 * An ordered funnel with a conversion window, windowFunnel semantics, as a chain of ASOF joins:
 * from every first-step event, the earliest next-step event at or after the previous one; the deepest
 * step reached within the window from the chain's start counts, per user. Returns users per step.
 */
export function funnelSql(steps: readonly string[], windowSeconds: number): string {
  const lit = (s: string) => `'${s.replaceAll("'", "''")}'`;
  const ctes = steps.map((step, i) => `s${i + 1} AS (SELECT user_id, ts FROM ev WHERE event = ${lit(step)})`);
  const joins: string[] = [`j1 AS (SELECT user_id, ts AS t1 FROM s1)`];
  for (let i = 2; i <= steps.length; i++) {
    const prevCols = Array.from({ length: i - 1 }, (_, k) => `j${i - 1}.t${k + 1}`).join(', ');
    joins.push(
      `j${i} AS (SELECT j${i - 1}.user_id, ${prevCols}, s${i}.ts AS t${i} FROM j${i - 1} ` +
        `ASOF LEFT JOIN s${i} ON j${i - 1}.user_id = s${i}.user_id AND s${i}.ts >= j${i - 1}.t${i - 1})`,
    );
  }
  const n = steps.length;
  const within = (i: number) => `t${i} IS NOT NULL AND t${i} <= t1 + INTERVAL ${windowSeconds} SECOND`;
  const level = Array.from({ length: n - 1 }, (_, k) => n - k)
    .map((i) => `WHEN ${Array.from({ length: i - 1 }, (_, k) => within(k + 2)).join(' AND ')} THEN ${i}`)
    .join(' ');
  return `WITH ${[...ctes, ...joins].join(',\n')},
levels AS (SELECT user_id, max(CASE ${level} ELSE 1 END) AS level FROM j${n} GROUP BY user_id)
SELECT level, count(*) AS users FROM levels GROUP BY level ORDER BY level`;
}

/** Directly-follows counts and median transition time (milliseconds, exact) per user history. */
export const dfgSql = `WITH o AS (
  SELECT user_id, event, ts,
    lead(event) OVER w AS next_event, lead(ts) OVER w AS next_ts
  FROM ev WINDOW w AS (PARTITION BY user_id ORDER BY ts, seq))
SELECT event, next_event, count(*) AS n, median(epoch_ms(next_ts) - epoch_ms(ts)) AS median_ms
FROM o WHERE next_event IS NOT NULL GROUP BY ALL`;

/** Top N session paths (the first `maxSteps` events of each session, in order) with their counts. */
export function topPathsSql(topN: number, maxSteps: number): string {
  return `SELECT path, count(*) AS n FROM (
  SELECT session_id, array_to_string(list(event ORDER BY ts, seq)[1:${Math.trunc(maxSteps)}], '>') AS path
  FROM ev GROUP BY session_id)
GROUP BY path ORDER BY n DESC, path LIMIT ${Math.trunc(topN)}`;
}

/**
 * First-touch and last-touch channel of every user who purchased: touches are events with a channel at or
 * before the user's first conversion (by time, then ingestion order) and within the lookback window.
 */
export function attributionSql(conversionEvent: string, lookbackSeconds: number): string {
  const lit = `'${conversionEvent.replaceAll("'", "''")}'`;
  return `WITH conv AS (
  SELECT user_id, min(ts) AS ct, arg_min(seq, (ts, seq)) AS cs FROM ev WHERE event = ${lit} GROUP BY user_id),
per_user AS MATERIALIZED (
  SELECT ev.user_id, arg_min(ev.channel, (ev.ts, ev.seq)) AS first_touch, arg_max(ev.channel, (ev.ts, ev.seq)) AS last_touch
  FROM ev JOIN conv USING (user_id)
  WHERE ev.channel IS NOT NULL AND (ev.ts < conv.ct OR (ev.ts = conv.ct AND ev.seq <= conv.cs))
    AND ev.ts >= conv.ct - INTERVAL ${Math.trunc(lookbackSeconds)} SECOND
  GROUP BY ev.user_id)
SELECT 'first' AS model, first_touch AS channel, count(*) AS conversions FROM per_user GROUP BY first_touch
UNION ALL
SELECT 'last', last_touch, count(*) FROM per_user GROUP BY last_touch`;
}
