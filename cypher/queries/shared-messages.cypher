// sharedMessages(themes, minThemes): messages on at least $minThemes of the themes, most themes first, then id.
// The candidates are ids and counts only; just the page is projected. Keyset: [matched count, id].
WITH [id IN $themes WHERE NOT EXISTS { MATCH (n:Theme {id: id}) WHERE n.visibility IN $visible AND NOT coalesce(n.archived, false) } | 'theme "' + id + '"'] AS missing
CALL (missing) {
  WITH missing WHERE size(missing) = 0
  MATCH (t:Theme)<-[:ADDRESSES]-(m:Message)
  WHERE t.id IN $themes AND t.visibility IN $visible AND NOT coalesce(t.archived, false)
    AND m.visibility IN $visible AND NOT coalesce(m.archived, false)
  WITH m, count(t) AS n
  WHERE n >= $minThemes
  RETURN collect({m: m, n: n}) AS candidates
}
CALL (candidates) {
  UNWIND candidates AS c
  WITH c.m AS m, c.n AS n
  WHERE $afterN IS NULL OR n < $afterN OR (n = $afterN AND m.id > $afterId)
  WITH m, n ORDER BY n DESC, m.id LIMIT $limit
  RETURN collect({key: [n, m.id], node: {{node}},
    matched: COLLECT { MATCH (m)-[:ADDRESSES]->(t:Theme) WHERE t.id IN $themes AND t.visibility IN $visible AND NOT coalesce(t.archived, false) RETURN {{matched}} AS r ORDER BY t.id }}) AS rows
}
RETURN missing, {__raw: true, first: $first, rows: rows, total: size(candidates)} AS connection
