SELECT
    user_id,
    ts,
    seq,
    event,
    channel,
    session_id,
    if((has(prop_keys, 'o\'brien') AND position(prop_values[indexOf(prop_keys, 'o\'brien')], '100%') > 0), toUInt32(1), toUInt32(0))
    + if(ifNull(toFloat64OrNull(prop_values[indexOf(prop_keys, 'price')]) >= toFloat64(9.5), 0) AND (has(prop_keys, 'beta') AND prop_values[indexOf(prop_keys, 'beta')] = 'true'), toUInt32(2), toUInt32(0)) AS mask,
    if(has(prop_keys, 'plan'), prop_values[indexOf(prop_keys, 'plan')], NULL) AS p0
FROM `db`.`events`
WHERE ts >= 1704067200000
  AND ts < 1706745600000
  AND ((has(prop_keys, 'plan') AND prop_values[indexOf(prop_keys, 'plan')] = 'pro') OR ifNull(toFloat64OrNull(prop_values[indexOf(prop_keys, 'plan')]) = toFloat64(30.0), 0))
ORDER BY user_id, ts, seq