// places(kinds, within): places by id, of the given kinds, inside the given place through visible places only
// (a hidden place is no path); keyset pages. An unknown or hidden `within` comes back in `missing`.
//@variants within,total | within | scan,total | scan
//@scans Place
WITH [id IN CASE WHEN $within IS NULL THEN [] ELSE [$within] END WHERE NOT EXISTS { MATCH (n:Place {id: id}) WHERE n.visibility IN $visible AND NOT coalesce(n.archived, false) } | 'place "' + id + '"'] AS missing
//#define candidates
  //#if within
  MATCH path = (:Place {id: $within})<-[:PART_OF*1..3]-(n:Place)
  WHERE all(x IN nodes(path) WHERE x.visibility IN $visible AND NOT coalesce(x.archived, false))
  WITH DISTINCT n
  //#endif
  //#if scan
  MATCH (n:Place)
  //#endif
  WHERE n.visibility IN $visible AND NOT coalesce(n.archived, false) AND ($kinds IS NULL OR n.kind IN $kinds)
//#enddefine
CALL (missing) {
  WITH missing WHERE size(missing) = 0
  //#use candidates
    AND n.id > $after
  WITH n ORDER BY n.id LIMIT $limit
  RETURN collect({key: [n.id], node: {{node}}}) AS rows
}
//#if total
CALL (missing) {
  WITH missing WHERE size(missing) = 0
  //#use candidates
  RETURN count(n) AS total
}
//#endif
RETURN missing, {{suggest}} AS suggest, {__raw: true, first: $first, rows: rows
//#if total
  , total: total
//#endif
} AS connection
