// search: queries/search (READ), parameters: first, language, p0, p1, query, visible, words
// search(text, language): the full-text index finds candidate texts; each visible message is scored from its
// own texts only (share of the words its folded text contains, see src/db/fold.ts; its main text counts double), never from
// Lucene's index-wide statistics, which hidden records would sway. Best text per message, then id.
CALL db.index.fulltext.queryNodes('message_text', $query) YIELD node AS t
WHERE $language IS NULL OR t.lang = $language OR t.lang STARTS WITH $language + '-'
MATCH (t)<-[:HAS_TEXT]-(m:Message)
WHERE m.visibility IN $visible AND NOT coalesce(m.archived, false)
WITH m, toFloat(size([w IN $words WHERE t.folded CONTAINS w])) / size($words) * CASE t.field WHEN 'text' THEN 1.0 ELSE 0.5 END AS score
WITH m, max(score) AS score
ORDER BY score DESC, m.id
LIMIT $first
RETURN {__raw: true, score: score, message: {id: m.id, text: coalesce(head([(m)-[:HAS_TEXT]->(t0:Text {field: 'text'}) WHERE t0.lang = $p0 | t0.value]), head([(m)-[:HAS_TEXT]->(t0:Text {field: 'text'}) WHERE t0.lang = $p1 | t0.value]), head([(m)-[:HAS_TEXT]->(t0:Text {field: 'text'}) WHERE t0.original | t0.value]), ''), themes: COLLECT { MATCH (m)-[:ADDRESSES]->(n1:Theme) WHERE n1.visibility IN $visible AND NOT coalesce(n1.archived, false) RETURN {id: n1.id} AS r ORDER BY n1.id }}} AS hit
