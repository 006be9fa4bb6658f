// search and searchRecords (src/graphql/queries/search.ts). Each word is asked of every full-text index on its own
// (src/search/words.ts), so a text matches a word when its language's analyser finds it (French elision and plurals,
// English, Russian, Spanish stemming; French hits must hold the word or its plural, not just its stem) or when it
// holds the very word, in any language; with several words, all of them are asked together too ($asks). Each ask
// keeps to the texts the caller may find, of the kinds and language asked (Text.scope, src/model/scope.ts), and
// takes Lucene's best $depth of them: the cost stays flat however many texts hold a common word, and hidden texts
// never take a visible one's place. The scope clauses score 0: a hit scoring 0 holds none of the words (a word the
// analyser drops, such as a stop word, leaves only them). A record's score is the share of the words its best
// visible text matches, halved outside its main text (text or name): never Lucene's scores, which weigh words by
// their rarity in the whole index, hidden records included. Best score first, then kind, then id; the cursor is
// that key.
UNWIND $asks AS ask
CALL (ask) {
  CALL db.index.fulltext.queryNodes('search_words', ask.lucene, {limit: $depth}) YIELD node, score WHERE score > 0 RETURN node AS t
  UNION
  CALL db.index.fulltext.queryNodes('search_french', ask.lucene, {limit: $depth}) YIELD node, score
    WHERE score > 0 AND all(re IN ask.french WHERE node.folded =~ re) RETURN node AS t
  UNION
  CALL db.index.fulltext.queryNodes('search_english', ask.lucene, {limit: $depth}) YIELD node, score WHERE score > 0 RETURN node AS t
  UNION
  CALL db.index.fulltext.queryNodes('search_russian', ask.lucene, {limit: $depth}) YIELD node, score WHERE score > 0 RETURN node AS t
  UNION
  CALL db.index.fulltext.queryNodes('search_spanish', ask.lucene, {limit: $depth}) YIELD node, score WHERE score > 0 RETURN node AS t
}
UNWIND ask.words AS i
WITH t, collect(DISTINCT i) AS matched
MATCH (t)<-[:HAS_TEXT]-(n)
WHERE n.visibility IN $visible AND NOT coalesce(n.archived, false)
WITH n, t, matched, toFloat(size(matched)) / size($words) * CASE WHEN t.field IN ['text', 'name'] THEN 1.0 ELSE 0.5 END AS score
ORDER BY score DESC, t.original DESC, t.lang
WITH n, head(collect({score: score, value: t.value, field: t.field, lang: t.lang, matched: matched})) AS best
WITH n, best, head([l IN labels(n) WHERE l IN $kinds]) AS kind
WHERE $after IS NULL OR best.score < $after[0] OR (best.score = $after[0] AND (kind > $after[1] OR (kind = $after[1] AND n.id > $after[2])))
ORDER BY best.score DESC, kind, n.id
LIMIT $limit
RETURN {__raw: true, key: [best.score, kind, n.id], kind: kind, best: best, node: {{node}}} AS hit
