SELECT user_id, count()
FROM `db`.`events`
WHERE seq <= 42
  AND ts >= 1704067200000
  AND ts < 1706745600000
  AND (ifNull(has(prop_keys, 'plan') AND prop_values[indexOf(prop_keys, 'plan')] IN (SELECT arrayJoin(['pro'])), 0) OR ifNull(toFloat64OrNull(prop_values[indexOf(prop_keys, 'plan')]) IN (SELECT arrayJoin([toFloat64(30.0)])), 0))
GROUP BY user_id
ORDER BY user_id