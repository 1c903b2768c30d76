SELECT
    ts,
    seq,
    toInt32(transform(event, (SELECT arraySort(groupUniqArray(event)) FROM `db`.`events` WHERE seq <= 42 AND 1), arrayEnumerate((SELECT arraySort(groupUniqArray(event)) FROM `db`.`events` WHERE seq <= 42 AND 1)), toUInt32(0)) - 1) AS c0,
    if(channel != '', toInt32(transform(channel, (SELECT arraySort(groupUniqArray(channel)) FROM `db`.`events` WHERE seq <= 42 AND channel != ''), arrayEnumerate((SELECT arraySort(groupUniqArray(channel)) FROM `db`.`events` WHERE seq <= 42 AND channel != '')), toUInt32(0)) - 1), toInt32(-1)) AS c1,
    if(session_id != '', toInt32(transform(session_id, (SELECT arraySort(groupUniqArray(session_id)) FROM `db`.`events` WHERE seq <= 42 AND session_id != ''), arrayEnumerate((SELECT arraySort(groupUniqArray(session_id)) FROM `db`.`events` WHERE seq <= 42 AND session_id != '')), toUInt32(0)) - 1), toInt32(-1)) AS c2,
    if(has(prop_keys, 'plan'), toInt32(transform(prop_values[indexOf(prop_keys, 'plan')], (SELECT arraySort(groupUniqArray(prop_values[indexOf(prop_keys, 'plan')])) FROM `db`.`events` WHERE seq <= 42 AND has(prop_keys, 'plan')), arrayEnumerate((SELECT arraySort(groupUniqArray(prop_values[indexOf(prop_keys, 'plan')])) FROM `db`.`events` WHERE seq <= 42 AND has(prop_keys, 'plan'))), toUInt32(0)) - 1), toInt32(-1)) AS c3,
    toUInt32(if(ifNull(has(prop_keys, 'o\'brien') AND position(prop_values[indexOf(prop_keys, 'o\'brien')], '100%') > 0, 0), 1, 0)
      + if(ifNull(toFloat64OrNull(prop_values[indexOf(prop_keys, 'price')]) >= toFloat64(9.5), 0) AND ifNull(has(prop_keys, 'beta') AND prop_values[indexOf(prop_keys, 'beta')] = 'true', 0), 2, 0)) AS mask
FROM `db`.`events`
WHERE seq <= 42
  AND ts >= 1704067200000
  AND ts < 1706745600000
  AND (ifNull(has(prop_keys, 'plan') AND prop_values[indexOf(prop_keys, 'plan')] IN (SELECT arrayJoin(['pro'])), 0) OR ifNull(toFloat64OrNull(prop_values[indexOf(prop_keys, 'plan')]) IN (SELECT arrayJoin([toFloat64(30.0)])), 0))
ORDER BY user_id, ts, seq