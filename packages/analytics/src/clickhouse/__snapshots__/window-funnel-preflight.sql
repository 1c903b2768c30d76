SELECT min(ts), max(ts), countIf(steps > 1), countIf(ts % 1000 != 0)
FROM
(
    SELECT user_id, ts, uniqExact(multiIf(event IN ('home'), 1, event IN ('product', 'product_v2'), 2, event IN ('purchase'), 3, 0)) AS steps
    FROM `db`.`events`
    WHERE ts >= 1704067200000
  AND event IN ('home', 'product', 'product_v2', 'purchase')
    GROUP BY user_id, ts
)