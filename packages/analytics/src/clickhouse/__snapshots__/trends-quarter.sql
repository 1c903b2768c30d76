SELECT min(ts) AS bucket, series, uniqExact(user_id) AS value
FROM
(
    SELECT intDiv(ts + 62135596800000, 86400000) - 719162 AS d, d + 719468 AS z, intDiv(z, 146097) AS era, z - era * 146097 AS doe, intDiv(doe - intDiv(doe, 1460) + intDiv(doe, 36524) - intDiv(doe, 146096), 365) AS yoe, doe - (365 * yoe + intDiv(yoe, 4) - intDiv(yoe, 100)) AS doy, intDiv(5 * doy + 2, 153) AS mp, if(mp < 10, mp + 3, mp - 9) AS m, yoe + era * 400 + (m <= 2) AS y, toInt64(y * 4 + intDiv(m - 1, 3)) AS period, ts, 'all' AS series, user_id
    FROM `db`.`events`
    WHERE 1
      AND (startsWith(event, 'check_'))
)
GROUP BY period, series
ORDER BY period, series