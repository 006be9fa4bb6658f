// themes: queries/themes (READ), parameters: p0, p1, visible
// themes: every theme the caller may see, by id.
//@scans Theme
MATCH (t:Theme)
WHERE t.visibility IN $visible AND NOT coalesce(t.archived, false)
RETURN {id: t.id, name: coalesce(head([(t)-[:HAS_TEXT]->(t0:Text {field: 'name'}) WHERE t0.lang = $p0 | t0.value]), head([(t)-[:HAS_TEXT]->(t0:Text {field: 'name'}) WHERE t0.lang = $p1 | t0.value]), head([(t)-[:HAS_TEXT]->(t0:Text {field: 'name'}) WHERE t0.original | t0.value]), '')} AS node
ORDER BY t.id
