SELECT min(first), max(last), countIf(steps > 1)
FROM
(
    SELECT user_id, ts, min(ts) AS first, max(ts) AS last, uniqExact(multiIf(event IN ('home'), 1, event IN ('product', 'product_v2'), 2, event IN ('purchase'), 3, 0)) AS steps
    FROM `db`.`events`
    WHERE ts >= 1704067200000
  AND event IN ('home', 'product', 'product_v2', 'purchase')
    GROUP BY user_id, ts
)