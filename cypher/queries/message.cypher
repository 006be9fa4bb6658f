// message(id): one message, absent when unknown or hidden from the caller.
MATCH (m:Message {id: $id})
WHERE m.visibility IN $visible AND NOT coalesce(m.archived, false)
RETURN {{message}} AS node
