// spaces(levels, place, themes): advocacy spaces by id, at the given levels, in the place or a place inside it
// (through visible places only), covering ANY of the themes; keyset pages. Unknown or hidden ids come back in `missing`.
//@variants place,total | place | themes,total | themes | scan,total | scan
//@scans Space
WITH [id IN coalesce($themes, []) WHERE NOT EXISTS { MATCH (n:Theme {id: id}) WHERE n.visibility IN $visible AND NOT coalesce(n.archived, false) } | 'theme "' + id + '"']
   + [id IN CASE WHEN $place IS NULL THEN [] ELSE [$place] END WHERE NOT EXISTS { MATCH (n:Place {id: id}) WHERE n.visibility IN $visible AND NOT coalesce(n.archived, false) } | 'place "' + id + '"'] AS missing
//#define candidates
  //#if place
  MATCH path = (:Place {id: $place})<-[:PART_OF*0..3]-(:Place)<-[:LOCATED_IN]-(s:Space)
  WHERE all(x IN nodes(path) WHERE x.visibility IN $visible AND NOT coalesce(x.archived, false))
  WITH DISTINCT s
  //#endif
  //#if themes
  MATCH (t:Theme)<-[:COVERS]-(s:Space)
  WHERE t.id IN $themes AND t.visibility IN $visible AND NOT coalesce(t.archived, false)
  WITH DISTINCT s
  //#endif
  //#if scan
  MATCH (s:Space)
  //#endif
  WHERE s.visibility IN $visible AND NOT coalesce(s.archived, false) AND ($levels IS NULL OR s.level IN $levels)
    AND ($themes IS NULL OR EXISTS { MATCH (s)-[:COVERS]->(t:Theme) WHERE t.id IN $themes AND t.visibility IN $visible AND NOT coalesce(t.archived, false) })
//#enddefine
CALL (missing) {
  WITH missing WHERE size(missing) = 0
  //#use candidates
    AND s.id > $after
  WITH s ORDER BY s.id LIMIT $limit
  RETURN collect({key: [s.id], node: {{node}}}) AS rows
}
//#if total
CALL (missing) {
  WITH missing WHERE size(missing) = 0
  //#use candidates
  RETURN count(s) AS total
}
//#endif
RETURN missing, {{suggest}} AS suggest, {__raw: true, first: $first, rows: rows
//#if total
  , total: total
//#endif
} AS connection
