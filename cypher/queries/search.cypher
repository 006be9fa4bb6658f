// search(text, language): the full-text index finds candidate texts; each visible message is scored from its
// own texts only (share of the words it contains, accents folded; its main text counts double), never from
// Lucene's index-wide statistics, which hidden records would sway. Best text per message, then id.
CALL db.index.fulltext.queryNodes('message_text', $query) YIELD node AS t
WHERE $language IS NULL OR t.lang = $language OR t.lang STARTS WITH $language + '-'
MATCH (t)<-[:HAS_TEXT]-(m:Message)
WHERE m.visibility IN $visible AND NOT coalesce(m.archived, false)
WITH m, t, reduce(s = toLower(t.value), f IN $fold | replace(s, f[0], f[1])) AS folded
WITH m, toFloat(size([w IN $words WHERE folded CONTAINS w])) / size($words) * CASE t.field WHEN 'text' THEN 1.0 ELSE 0.5 END AS score
WITH m, max(score) AS score
ORDER BY score DESC, m.id
LIMIT $first
RETURN {__raw: true, score: score, message: {{message}}} AS hit
