// messages-text: queries/messages (READ), parameters: after, first, limit, p0, p1, query, spaces, themes, visible
// messages(themes, spaces, text): messages on ANY of the themes and carried in ANY of the spaces,
// matching the text when given; keyset pages ordered by id. Unknown or hidden filter ids come back in `missing`.
//@variants text,total | themes,total | total | none
//@scans Message
WITH [id IN coalesce($themes, []) WHERE NOT EXISTS { MATCH (n:Theme {id: id}) WHERE n.visibility IN $visible AND NOT coalesce(n.archived, false) } | 'theme "' + id + '"']
   + [id IN coalesce($spaces, []) WHERE NOT EXISTS { MATCH (n:Space {id: id}) WHERE n.visibility IN $visible AND NOT coalesce(n.archived, false) } | 'space "' + id + '"'] AS missing
// The candidates, shared by the page and the total: one of three sources, then the filters.
// The page streams in id order (by the id index when scanning) and stops at $limit; the total counts them all.
CALL (missing) {
  WITH missing WHERE size(missing) = 0
  CALL db.index.fulltext.queryNodes('message_text', $query) YIELD node AS hit
  MATCH (hit)<-[:HAS_TEXT]-(m:Message)
  WITH DISTINCT m
  WHERE m.visibility IN $visible AND NOT coalesce(m.archived, false)
    AND ($themes IS NULL OR EXISTS { MATCH (m)-[:ADDRESSES]->(t:Theme) WHERE t.id IN $themes AND t.visibility IN $visible AND NOT coalesce(t.archived, false) })
    AND ($spaces IS NULL OR EXISTS { MATCH (m)-[:CARRIED_IN]->(s:Space) WHERE s.id IN $spaces AND s.visibility IN $visible AND NOT coalesce(s.archived, false) })
    AND m.id > $after
  WITH m ORDER BY m.id LIMIT $limit
  RETURN collect({key: [m.id], node: {id: m.id, text: coalesce(head([(m)-[:HAS_TEXT]->(t0:Text {field: 'text'}) WHERE t0.lang = $p0 | t0.value]), head([(m)-[:HAS_TEXT]->(t0:Text {field: 'text'}) WHERE t0.lang = $p1 | t0.value]), head([(m)-[:HAS_TEXT]->(t0:Text {field: 'text'}) WHERE t0.original | t0.value]), '')}}) AS rows
}
RETURN missing, {__raw: true, first: $first, rows: rows
} AS connection
