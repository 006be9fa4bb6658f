// search: queries/search (READ), parameters: after, kinds, language, limit, p0, p1, textLabels, visible, words
// search and searchRecords (src/graphql/queries/search.ts). Each word is asked of every full-text index on its own
// (src/search/words.ts), so a text matches a word when its language's analyser finds it (French elision and plurals,
// English, Russian, Spanish stemming; French hits must hold the word or its plural, not just its stem) or when it
// holds the very word, in any language. A record's score is the share of the words its best visible text matches,
// halved outside its main text (text or name): never Lucene's scores, which weigh words by their rarity in the whole
// index, hidden records included. Best score first, then kind, then id; the cursor is that key.
UNWIND range(0, size($words) - 1) AS i
CALL (i) {
  CALL db.index.fulltext.queryNodes('text_words', $words[i].lucene) YIELD node RETURN node AS t
  UNION
  CALL db.index.fulltext.queryNodes('text_french', $words[i].lucene) YIELD node WHERE node.folded =~ $words[i].french RETURN node AS t
  UNION
  CALL db.index.fulltext.queryNodes('text_english', $words[i].lucene) YIELD node RETURN node AS t
  UNION
  CALL db.index.fulltext.queryNodes('text_russian', $words[i].lucene) YIELD node RETURN node AS t
  UNION
  CALL db.index.fulltext.queryNodes('text_spanish', $words[i].lucene) YIELD node RETURN node AS t
}
WITH t, collect(i) AS matched
WHERE any(l IN labels(t) WHERE l IN $textLabels) AND ($language IS NULL OR t.lang = $language OR t.lang STARTS WITH $language + '-')
MATCH (t)<-[:HAS_TEXT]-(n)
WHERE n.visibility IN $visible AND NOT coalesce(n.archived, false)
WITH n, t, matched, toFloat(size(matched)) / size($words) * CASE WHEN t.field IN ['text', 'name'] THEN 1.0 ELSE 0.5 END AS score
ORDER BY score DESC, t.original DESC, t.lang
WITH n, head(collect({score: score, value: t.value, field: t.field, lang: t.lang, matched: matched})) AS best
WITH n, best, head([l IN labels(n) WHERE l IN $kinds]) AS kind
WHERE $after IS NULL OR best.score < $after[0] OR (best.score = $after[0] AND (kind > $after[1] OR (kind = $after[1] AND n.id > $after[2])))
ORDER BY best.score DESC, kind, n.id
LIMIT $limit
RETURN {__raw: true, key: [best.score, kind, n.id], kind: kind, best: best, node: {id: n.id, text: coalesce(head([(n)-[:HAS_TEXT]->(t0:Text {field: 'text'}) WHERE t0.lang = $p0 | t0.value]), head([(n)-[:HAS_TEXT]->(t0:Text {field: 'text'}) WHERE t0.lang = $p1 | t0.value]), head([(n)-[:HAS_TEXT]->(t0:Text {field: 'text'}) WHERE t0.original | t0.value]), ''), themes: COLLECT { MATCH (n)-[:ADDRESSES]->(n1:Theme) WHERE n1.visibility IN $visible AND NOT coalesce(n1.archived, false) RETURN {id: n1.id} AS r ORDER BY n1.id }}} AS hit
