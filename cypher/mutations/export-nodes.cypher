// Export: every record of the document labels that the role may read and that is not archived (an archived
// record is hidden from every read, and importing it would bring it back), with its texts. $prefix limits
// it to ids starting with it (tests export only what they own).
MATCH (n)
WHERE any(l IN labels(n) WHERE l IN $labels) AND n.visibility IN $visible AND NOT coalesce(n.archived, false)
  AND ($prefix IS NULL OR n.id STARTS WITH $prefix)
RETURN [l IN labels(n) WHERE l IN $labels][0] AS label, n.id AS id, n.visibility AS visibility, properties(n) AS props,
  COLLECT { MATCH (n)-[:HAS_TEXT]->(t:Text) RETURN t {.field, .lang, .value, .original} AS t ORDER BY t.field, t.lang } AS texts
ORDER BY label, id
