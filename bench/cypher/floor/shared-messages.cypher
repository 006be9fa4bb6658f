// Floor: messages on at least $minThemes of $themes, most themes first, then id; keyset after [$afterN, $afterId];
// each with its text in $lang (else the original), its visible themes and spaces by id.
MATCH (t:Theme)<-[:ADDRESSES]-(m:Message)
WHERE t.id IN $themes AND t.visibility IN $visible AND NOT t.archived AND m.visibility IN $visible AND NOT m.archived
WITH m, count(t) AS n
WHERE n >= $minThemes AND ($afterN IS NULL OR n < $afterN OR (n = $afterN AND m.id > $afterId))
WITH m, n ORDER BY n DESC, m.id LIMIT $limit
RETURN m.id AS id, n,
  coalesce(head([(m)-[:HAS_TEXT]->(x:Text {field: 'text', lang: $lang}) | x.value]), head([(m)-[:HAS_TEXT]->(x:Text {field: 'text', original: true}) | x.value])) AS text,
  COLLECT { MATCH (m)-[:ADDRESSES]->(t:Theme) WHERE t.visibility IN $visible AND NOT t.archived
    RETURN {id: t.id, name: head([(t)-[:HAS_TEXT]->(x:Text {field: 'name', lang: $lang}) | x.value])} AS r ORDER BY t.id } AS themes,
  COLLECT { MATCH (m)-[:CARRIED_IN]->(s:Space) WHERE s.visibility IN $visible AND NOT s.archived
    RETURN {id: s.id, level: s.level, name: head([(s)-[:HAS_TEXT]->(x:Text {field: 'name', lang: $lang}) | x.value])} AS r ORDER BY s.id } AS spaces
