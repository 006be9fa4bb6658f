// Export, one label at a time ({{label}} is a fixed name from graph-data/model.ts LABELS): the records the
// role may read that are not archived (an archived record is hidden from every read, and importing it would
// bring it back), with their texts. $prefix limits it to ids starting with it (tests export what they own).
//@slot label=Theme
//@scans Theme
MATCH (n:{{label}})
WHERE n.visibility IN $visible AND NOT coalesce(n.archived, false) AND ($prefix IS NULL OR n.id STARTS WITH $prefix)
RETURN n.id AS id, n.visibility AS visibility, properties(n) AS props,
  COLLECT { MATCH (n)-[:HAS_TEXT]->(t:Text) RETURN t {.field, .lang, .value, .original, .status, .translator} AS t ORDER BY t.field, t.lang } AS texts
ORDER BY id
