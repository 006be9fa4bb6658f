// sharedMessages-total: queries/shared-messages (READ), parameters: afterId, afterN, first, limit, minThemes, p0, p1, recordOnly, themes, visible
// sharedMessages(themes, minThemes): messages on at least $minThemes of the themes, most themes first, then id.
// Keyset: [matched count, id]. Two plans in the one statement:
// - walk (flag `walk`: every theme must match, so every count is the same and the order is by id; no totalCount):
//   when the themes are common enough together that a page should turn up within a few hundred messages, walk the
//   message id index from the cursor and keep the messages on every theme. Its cost follows the page, not the
//   graph. It gives up after 4,000 messages (themes that are common but rarely meet).
// - otherwise, and when the walk did not run or found less than a page: every candidate with its count, sorted, cut.
// The estimate reads degree and label counts only (the estimate is not the answer: hidden records cannot leak).
// $recordOnly: only ADDRESSES links the record states (basis RECORD) count, and example messages are left out.
//@variants walk,links | none
WITH [id IN $themes WHERE NOT EXISTS { MATCH (n:Theme {id: id}) WHERE n.visibility IN $visible AND NOT coalesce(n.archived, false) } | 'theme "' + id + '"'] AS missing
CALL (missing) {
  RETURN [] AS walked
}
CALL (missing, walked) {
  WITH missing WHERE size(missing) = 0 AND size(walked) < $limit
  MATCH (t:Theme)<-[a:ADDRESSES]-(m:Message)
  WHERE t.id IN $themes AND t.visibility IN $visible AND NOT coalesce(t.archived, false)
    AND m.visibility IN $visible AND NOT coalesce(m.archived, false)
    AND (NOT $recordOnly OR (a.basis = 'RECORD' AND NOT coalesce(m.example, false)))
  WITH m, count(t) AS n
  WHERE n >= $minThemes
  RETURN collect({m: m, n: n}) AS candidates
}
CALL (walked, candidates) {
  UNWIND CASE WHEN size(walked) = $limit THEN walked ELSE candidates END AS c
  WITH c.m AS m, c.n AS n
  WHERE $afterN IS NULL OR n < $afterN OR (n = $afterN AND m.id > $afterId)
  WITH m, n ORDER BY n DESC, m.id LIMIT $limit
  RETURN collect({key: [n, m.id], node: {id: m.id, text: coalesce(head([(m)-[:HAS_TEXT]->(t0:Text {field: 'text'}) WHERE t0.lang = $p0 | t0.value]), head([(m)-[:HAS_TEXT]->(t0:Text {field: 'text'}) WHERE t0.lang = $p1 | t0.value]), head([(m)-[:HAS_TEXT]->(t0:Text {field: 'text'}) WHERE t0.original | t0.value]), '')},
    matched: COLLECT { MATCH (m)-[a:ADDRESSES]->(t:Theme) WHERE t.id IN $themes AND t.visibility IN $visible AND NOT coalesce(t.archived, false)
      AND (NOT $recordOnly OR a.basis = 'RECORD') RETURN {id: t.id} AS r ORDER BY t.id }}) AS rows
}
RETURN missing, {__raw: true, first: $first, rows: rows, total: CASE WHEN size(walked) = $limit THEN null ELSE size(candidates) END} AS connection
