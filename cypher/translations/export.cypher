// A translation export: each text field of the records the caller may see, with its source text ($source,
// else the original), its context (kind, sections, the original) and its state in $language; $scope keeps
// the missing texts (MISSING), the drafts too (UNREVIEWED) or all (ALL). A text written in $language in the
// first place has nothing to translate. A translation without a status (written with the record) is reviewed.
// $prefix limits it to ids starting with it (tests export what they own).
// Every original text is read, from the Text label.
//@scans Text
MATCH (o:Text {original: true})<-[:HAS_TEXT]-(n)
WHERE n.visibility IN $visible AND NOT coalesce(n.archived, false) AND o.lang <> $language
  AND ($prefix IS NULL OR n.id STARTS WITH $prefix)
WITH n, o, [l IN labels(n) WHERE l IN $labels][0] AS kind
WHERE kind IS NOT NULL
OPTIONAL MATCH (n)-[:HAS_TEXT]->(t:Text {field: o.field, lang: $language})
OPTIONAL MATCH (n)-[:HAS_TEXT]->(s:Text {field: o.field, lang: $source})
WITH n, o, kind, t, coalesce(s, o) AS s,
  CASE WHEN t IS NULL THEN 'MISSING' WHEN t.status = 'DRAFT' THEN 'DRAFT' ELSE 'REVIEWED' END AS state
WHERE $scope = 'ALL' OR state = 'MISSING' OR ($scope = 'UNREVIEWED' AND state = 'DRAFT')
RETURN kind, n.id AS id, o.field AS field, n.visibility AS visibility, state,
  COLLECT { MATCH (n)-[:FROM_SECTION]->(x:Section) WHERE x.visibility IN $visible AND NOT coalesce(x.archived, false)
    RETURN x.id ORDER BY x.id } AS sections,
  s.lang AS sourceLanguage, s.value AS source, o.lang AS originalLanguage, o.value AS original,
  t.value AS target, t.status AS status, t.translator AS translator
ORDER BY kind, id, field
