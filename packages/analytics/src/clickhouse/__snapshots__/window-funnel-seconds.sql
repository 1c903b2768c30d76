SELECT user_id, windowFunnel(604800)(toUInt32(intDiv(ts - 1704067200000, 1000)), event IN ('home'), event IN ('product', 'product_v2'), event IN ('purchase')) AS level
FROM `db`.`events`
WHERE ts >= 1704067200000
  AND event IN ('home', 'product', 'product_v2', 'purchase')
GROUP BY user_id
HAVING level > 0