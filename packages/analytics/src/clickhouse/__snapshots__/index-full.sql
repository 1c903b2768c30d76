SELECT
    user_id,
    ts,
    seq,
    event,
    channel,
    session_id,
    toUInt32(0) AS mask
FROM `db`.`events`
WHERE 1
ORDER BY user_id, ts, seq