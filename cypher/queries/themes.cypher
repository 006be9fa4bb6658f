// themes: every theme the caller may see, by id.
//@scans Theme
MATCH (t:Theme)
WHERE t.visibility IN $visible AND NOT coalesce(t.archived, false)
RETURN {{theme}} AS node
ORDER BY t.id
