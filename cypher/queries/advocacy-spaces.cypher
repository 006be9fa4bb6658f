// advocacySpaces(place, levels, themes, messages): spaces carrying the selected messages, ranked by the share
// of the selection they carry; with a place, spaces of that place first, then of the places it is part of
// (its region, its country), then international and internal ones; local, regional and national spaces
// elsewhere are left out. Selection: the given messages plus the messages of the given themes, else every message.
//@variants selection,matched | selection | everything,matched | everything
//@scans Message Space
WITH [id IN coalesce($themes, []) WHERE NOT EXISTS { MATCH (n:Theme {id: id}) WHERE n.visibility IN $visible AND NOT coalesce(n.archived, false) } | 'theme "' + id + '"']
   + [id IN coalesce($messages, []) WHERE NOT EXISTS { MATCH (n:Message {id: id}) WHERE n.visibility IN $visible AND NOT coalesce(n.archived, false) } | 'message "' + id + '"']
   + [id IN CASE WHEN $place IS NULL THEN [] ELSE [$place] END WHERE NOT EXISTS { MATCH (n:Place {id: id}) WHERE n.visibility IN $visible AND NOT coalesce(n.archived, false) } | 'place "' + id + '"'] AS missing
CALL (missing) {
  WITH missing WHERE size(missing) = 0
  //#if selection
  CALL () {
    MATCH (m:Message)
    WHERE m.id IN coalesce($messages, []) AND m.visibility IN $visible AND NOT coalesce(m.archived, false)
    RETURN m
    UNION
    MATCH (t:Theme)<-[:ADDRESSES]-(m:Message)
    WHERE t.id IN coalesce($themes, []) AND t.visibility IN $visible AND NOT coalesce(t.archived, false)
      AND m.visibility IN $visible AND NOT coalesce(m.archived, false)
    RETURN m
  }
  WITH collect(m) AS selection
  UNWIND selection AS m
  MATCH (m)-[:CARRIED_IN]->(s:Space)
  WHERE s.visibility IN $visible AND NOT coalesce(s.archived, false) AND ($levels IS NULL OR s.level IN $levels)
  WITH s, m, size(selection) AS total ORDER BY m.id
  WITH s, collect(m) AS carried, total
  WITH s, carried, size(carried) AS n, total
  //#endif
  //#if everything
  // Every message is the selection: count from the spaces' side instead of walking every message.
  CALL () {
    MATCH (m:Message) WHERE m.visibility IN $visible AND NOT coalesce(m.archived, false)
    RETURN count(m) AS total
  }
  MATCH (s:Space)
  WHERE s.visibility IN $visible AND NOT coalesce(s.archived, false) AND ($levels IS NULL OR s.level IN $levels)
  WITH s, null AS carried, null AS n, total
  //#endif
  // A hidden place counts as no place, and a path through a hidden place as no path: ranks must not tell.
  OPTIONAL MATCH (s)-[:LOCATED_IN]->(sp:Place)
  WHERE sp.visibility IN $visible AND NOT coalesce(sp.archived, false)
  WITH s, carried, n, total,
    CASE
      WHEN $place IS NULL THEN 0
      WHEN sp IS NULL THEN 2
      WHEN sp.id = $place OR EXISTS { MATCH path = (sp)-[:PART_OF*1..3]->(:Place {id: $place})
        WHERE all(x IN nodes(path) WHERE x.visibility IN $visible AND NOT coalesce(x.archived, false)) } THEN 0
      WHEN EXISTS { MATCH path = (:Place {id: $place})-[:PART_OF*1..3]->(sp)
        WHERE all(x IN nodes(path) WHERE x.visibility IN $visible AND NOT coalesce(x.archived, false)) } THEN 1
      ELSE 2
    END AS locality
  WHERE NOT (locality = 2 AND s.level IN ['LOCAL', 'REGIONAL', 'NATIONAL'])
  //#if everything
  // Counted only for the spaces the place leaves in: most local spaces elsewhere are already out.
  WITH s, carried, locality, total, COUNT { MATCH (s)<-[:CARRIED_IN]-(m:Message) WHERE m.visibility IN $visible AND NOT coalesce(m.archived, false) } AS n
  WHERE n > 0
  //#endif
  WITH s, carried, locality, toFloat(n) / total AS score,
    CASE s.level WHEN 'LOCAL' THEN 0 WHEN 'REGIONAL' THEN 1 WHEN 'NATIONAL' THEN 2 WHEN 'INTERNATIONAL' THEN 3 ELSE 4 END AS levelRank
  ORDER BY score DESC, locality, levelRank, s.id
  LIMIT $first
  // matchedMessages only when asked (flag `matched`): even cut to none, listing them walks every carried message.
  RETURN collect({__raw: true, score: score, space: {{space}}
  //#if matched
  , matchedMessages:
  //#if selection
    [m IN carried[0..$matchedFirst] | {{matched}}]
  //#endif
  //#if everything
    COLLECT { MATCH (s)<-[:CARRIED_IN]-(m:Message) WHERE m.visibility IN $visible AND NOT coalesce(m.archived, false) RETURN {{matched}} AS r ORDER BY m.id LIMIT $matchedFirst }
  //#endif
  //#endif
  }) AS ranked
}
RETURN missing, ranked
