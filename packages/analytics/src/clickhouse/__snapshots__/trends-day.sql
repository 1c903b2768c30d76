SELECT min(ts) AS bucket, series, uniqExact(user_id) AS value
FROM
(
    SELECT intDiv(ts + 62135596800000, 86400000) - 719162 AS d, toInt64(d) AS period, ts, 'all' AS series, user_id
    FROM `db`.`events`
    WHERE 1
      AND (startsWith(event, 'check_'))
)
GROUP BY period, series
ORDER BY period, series