// organisations(kinds, place, themes): organisations by id, of the given kinds, based in the place or a place inside
// it (through visible places only), working on ANY of the themes; keyset pages. Unknown or hidden ids: `missing`.
//@variants place,total | place | themes,total | themes | scan,total | scan
//@scans Organisation
WITH [id IN coalesce($themes, []) WHERE NOT EXISTS { MATCH (n:Theme {id: id}) WHERE n.visibility IN $visible AND NOT coalesce(n.archived, false) } | 'theme "' + id + '"']
   + [id IN CASE WHEN $place IS NULL THEN [] ELSE [$place] END WHERE NOT EXISTS { MATCH (n:Place {id: id}) WHERE n.visibility IN $visible AND NOT coalesce(n.archived, false) } | 'place "' + id + '"'] AS missing
//#define candidates
  //#if place
  MATCH path = (:Place {id: $place})<-[:PART_OF*0..3]-(:Place)<-[:BASED_IN]-(o:Organisation)
  WHERE all(x IN nodes(path) WHERE x.visibility IN $visible AND NOT coalesce(x.archived, false))
  WITH DISTINCT o
  //#endif
  //#if themes
  MATCH (t:Theme)<-[:WORKS_ON]-(o:Organisation)
  WHERE t.id IN $themes AND t.visibility IN $visible AND NOT coalesce(t.archived, false)
  WITH DISTINCT o
  //#endif
  //#if scan
  MATCH (o:Organisation)
  //#endif
  WHERE o.visibility IN $visible AND NOT coalesce(o.archived, false) AND ($kinds IS NULL OR o.kind IN $kinds)
    AND ($themes IS NULL OR EXISTS { MATCH (o)-[:WORKS_ON]->(t:Theme) WHERE t.id IN $themes AND t.visibility IN $visible AND NOT coalesce(t.archived, false) })
//#enddefine
CALL (missing) {
  WITH missing WHERE size(missing) = 0
  //#use candidates
    AND o.id > $after
  WITH o ORDER BY o.id LIMIT $limit
  RETURN collect({key: [o.id], node: {{node}}}) AS rows
}
//#if total
CALL (missing) {
  WITH missing WHERE size(missing) = 0
  //#use candidates
  RETURN count(o) AS total
}
//#endif
RETURN missing, {{suggest}} AS suggest, {__raw: true, first: $first, rows: rows
//#if total
  , total: total
//#endif
} AS connection
