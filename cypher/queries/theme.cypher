// theme(id): one theme, absent when unknown or hidden from the caller.
MATCH (t:Theme {id: $id})
WHERE t.visibility IN $visible AND NOT coalesce(t.archived, false)
RETURN {{theme}} AS node
