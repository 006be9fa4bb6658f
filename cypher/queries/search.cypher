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
RETURN {__raw: true, score: score, message: {{message}}} AS hit
