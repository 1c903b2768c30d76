SELECT arraySort(groupUniqArrayIf(event, 1)),
    arraySort(groupUniqArrayIf(channel, channel != '')),
    uniqExactIf(session_id, session_id != ''),
    arraySort(groupUniqArrayIf(prop_values[indexOf(prop_keys, 'plan')], has(prop_keys, 'plan')))
FROM `db`.`events`
WHERE seq <= 42