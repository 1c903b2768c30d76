SELECT
    ts,
    seq,
    toInt32(transform(event, (SELECT arraySort(groupUniqArray(event)) FROM `db`.`events` WHERE seq <= 42 AND 1), arrayEnumerate((SELECT arraySort(groupUniqArray(event)) FROM `db`.`events` WHERE seq <= 42 AND 1)), toUInt32(0)) - 1) AS c0,
    toInt32(-1) AS c1,
    toInt32(-1) AS c2,
    toUInt32(0) AS mask
FROM `db`.`events`
WHERE seq <= 42
  AND 1
ORDER BY user_id, ts, seq