// search(text, language): best hit per message across its languages; hidden messages never count.
CALL db.index.fulltext.queryNodes('message_text', $query) YIELD node AS t, score
WHERE $language IS NULL OR t.lang = $language OR t.lang STARTS WITH $language + '-'
MATCH (t)<-[:HAS_TEXT]-(m:Message)
WHERE m.visibility IN $visible AND NOT coalesce(m.archived, false)
WITH m, max(score) AS score
ORDER BY score DESC, m.id
LIMIT $first
RETURN {__raw: true, score: score, message: {{message}}} AS hit
