// Floor: full-text hits over message texts, best score per visible message, top $first.
CALL db.index.fulltext.queryNodes('message_text', $query) YIELD node AS t, score
MATCH (t)<-[:HAS_TEXT]-(m:Message)
WHERE m.visibility IN $visible AND NOT m.archived
WITH m, max(score) AS score
ORDER BY score DESC, m.id
LIMIT $first
RETURN m.id AS id, score,
  coalesce(head([(m)-[:HAS_TEXT]->(x:Text {field: 'text', lang: $lang}) | x.value]), head([(m)-[:HAS_TEXT]->(x:Text {field: 'text', original: true}) | x.value])) AS text,
  [(m)-[:ADDRESSES]->(th:Theme) WHERE th.visibility IN $visible AND NOT th.archived | th.id] AS themes
