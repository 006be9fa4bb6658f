// evidence(kinds, themes, messages): evidence by id, of the given kinds, about ANY of the themes and supporting ANY
// of the messages; keyset pages. Unknown or hidden filter ids come back in `missing`.
//@variants messages,total | messages | themes,total | themes | scan,total | scan
//@scans Evidence
WITH [id IN coalesce($themes, []) WHERE NOT EXISTS { MATCH (n:Theme {id: id}) WHERE n.visibility IN $visible AND NOT coalesce(n.archived, false) } | 'theme "' + id + '"']
   + [id IN coalesce($messages, []) WHERE NOT EXISTS { MATCH (n:Message {id: id}) WHERE n.visibility IN $visible AND NOT coalesce(n.archived, false) } | 'message "' + id + '"'] AS missing
//#define candidates
  //#if messages
  MATCH (m:Message)<-[:SUPPORTS]-(e:Evidence)
  WHERE m.id IN $messages AND m.visibility IN $visible AND NOT coalesce(m.archived, false)
  WITH DISTINCT e
  //#endif
  //#if themes
  MATCH (t:Theme)<-[:ABOUT]-(e:Evidence)
  WHERE t.id IN $themes AND t.visibility IN $visible AND NOT coalesce(t.archived, false)
  WITH DISTINCT e
  //#endif
  //#if scan
  MATCH (e:Evidence)
  //#endif
  WHERE e.visibility IN $visible AND NOT coalesce(e.archived, false) AND ($kinds IS NULL OR e.kind IN $kinds)
    AND ($themes IS NULL OR EXISTS { MATCH (e)-[:ABOUT]->(t:Theme) WHERE t.id IN $themes AND t.visibility IN $visible AND NOT coalesce(t.archived, false) })
//#enddefine
CALL (missing) {
  WITH missing WHERE size(missing) = 0
  //#use candidates
    AND e.id > $after
  WITH e ORDER BY e.id LIMIT $limit
  RETURN collect({key: [e.id], node: {{node}}}) AS rows
}
//#if total
CALL (missing) {
  WITH missing WHERE size(missing) = 0
  //#use candidates
  RETURN count(e) AS total
}
//#endif
RETURN missing, {{suggest}} AS suggest, {__raw: true, first: $first, rows: rows
//#if total
  , total: total
//#endif
} AS connection
