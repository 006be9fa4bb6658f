// advocacySpaces-place: queries/advocacy-spaces (READ), parameters: byCoverage, first, levels, matchedFirst, messages, p0, p1, p2, p3, place, recordOnly, tally, themes, visible
// advocacySpaces(place, levels, themes, messages, orderBy): spaces carrying the selected messages, each with its
// reach from the place and its coverage (how many of the selected messages it carries). With a place: the spaces
// of that place or of a place inside it (PLACE; listed even when they carry none of the selection yet), of the
// places it is part of (REGION, COUNTRY), then international and internal ones; local, regional and national
// spaces elsewhere are left out. Order: reach then coverage ($byCoverage false), or coverage then reach.
// Selection: the given messages plus the messages of the given themes, else every message.
// $recordOnly: only links the record states (basis RECORD) select a message or make a space carry it, and
// example messages and spaces are left out.
//@variants selection,matched | selection | everything,matched | everything
//@scans Message Space
WITH [id IN coalesce($themes, []) WHERE NOT EXISTS { MATCH (n:Theme {id: id}) WHERE n.visibility IN $visible AND NOT coalesce(n.archived, false) } | 'theme "' + id + '"']
   + [id IN coalesce($messages, []) WHERE NOT EXISTS { MATCH (n:Message {id: id}) WHERE n.visibility IN $visible AND NOT coalesce(n.archived, false) } | 'message "' + id + '"']
   + [id IN CASE WHEN $place IS NULL THEN [] ELSE [$place] END WHERE NOT EXISTS { MATCH (n:Place {id: id}) WHERE n.visibility IN $visible AND NOT coalesce(n.archived, false) } | 'place "' + id + '"'] AS missing
CALL (missing) {
  WITH missing WHERE size(missing) = 0
  // Every message is the selection: the counts every write keeps (src/model/tally.ts) instead of walking every
  // message. $tally: the buckets the caller's visibilities and recordOnly sum.
  OPTIONAL MATCH (t:Tally {id: 'messages'})
  WITH reduce(sum = 0, i IN $tally | sum + coalesce(t.tally[i], 0)) AS total
  MATCH (s:Space)
  WHERE s.visibility IN $visible AND NOT coalesce(s.archived, false) AND ($levels IS NULL OR s.level IN $levels)
    AND (NOT $recordOnly OR NOT coalesce(s.example, false))
  WITH s, null AS carried, null AS n, total
  // A hidden place counts as no place, and a path through a hidden place as no path: reaches must not tell.
  OPTIONAL MATCH (s)-[:LOCATED_IN]->(sp:Place)
  WHERE sp.visibility IN $visible AND NOT coalesce(sp.archived, false)
  WITH s, carried, n, total,
    CASE
      WHEN $place IS NULL THEN null
      WHEN s.level = 'INTERNAL' THEN 'INTERNAL'
      WHEN sp IS NULL THEN CASE WHEN s.level = 'INTERNATIONAL' THEN 'INTERNATIONAL' END
      WHEN sp.id = $place OR EXISTS { MATCH path = (sp)-[:PART_OF*1..3]->(:Place {id: $place})
        WHERE all(x IN nodes(path) WHERE x.visibility IN $visible AND NOT coalesce(x.archived, false)) } THEN 'PLACE'
      WHEN EXISTS { MATCH path = (:Place {id: $place})-[:PART_OF*1..3]->(sp)
        WHERE all(x IN nodes(path) WHERE x.visibility IN $visible AND NOT coalesce(x.archived, false)) } THEN CASE WHEN sp.kind = 'COUNTRY' THEN 'COUNTRY' ELSE 'REGION' END
      WHEN s.level = 'INTERNATIONAL' THEN 'INTERNATIONAL'
    END AS reach
  WHERE $place IS NULL OR reach IS NOT NULL
  WITH s, carried, reach, total, reduce(sum = 0, i IN $tally | sum + coalesce(s.tally[i], 0)) AS n
  WHERE n > 0 OR reach = 'PLACE'
  WITH s, carried, reach, n, total, CASE WHEN total = 0 THEN 0.0 ELSE toFloat(n) / total END AS score,
    CASE reach WHEN 'REGION' THEN 1 WHEN 'COUNTRY' THEN 2 WHEN 'INTERNATIONAL' THEN 3 WHEN 'INTERNAL' THEN 4 ELSE 0 END AS reachRank,
    CASE s.level WHEN 'LOCAL' THEN 0 WHEN 'REGIONAL' THEN 1 WHEN 'NATIONAL' THEN 2 WHEN 'INTERNATIONAL' THEN 3 ELSE 4 END AS levelRank
  ORDER BY CASE WHEN $byCoverage THEN -score ELSE reachRank END, CASE WHEN $byCoverage THEN reachRank ELSE -score END, levelRank, s.id
  LIMIT $first
  // matchedMessages only when asked (flag `matched`): even cut to none, listing them walks every carried message.
  RETURN collect({__raw: true, score: score, reach: reach, coverage: {__raw: true, carried: n, selected: total, score: score}, space: {id: s.id, level: s.level, name: coalesce(head([(s)-[:HAS_TEXT]->(t0:Text {field: 'name'}) WHERE t0.lang = $p0 | t0.value]), head([(s)-[:HAS_TEXT]->(t0:Text {field: 'name'}) WHERE t0.lang = $p1 | t0.value]), head([(s)-[:HAS_TEXT]->(t0:Text {field: 'name'}) WHERE t0.original | t0.value]), ''), place: head(COLLECT { MATCH (s)-[:LOCATED_IN]->(n1:Place) WHERE n1.visibility IN $visible AND NOT coalesce(n1.archived, false) RETURN {id: n1.id, name: coalesce(head([(n1)-[:HAS_TEXT]->(t1:Text {field: 'name'}) WHERE t1.lang = $p2 | t1.value]), head([(n1)-[:HAS_TEXT]->(t1:Text {field: 'name'}) WHERE t1.lang = $p3 | t1.value]), head([(n1)-[:HAS_TEXT]->(t1:Text {field: 'name'}) WHERE t1.original | t1.value]), '')} AS r ORDER BY n1.id LIMIT 1 })}
  }) AS ranked
}
RETURN missing, CASE WHEN size(missing) = 0 THEN {} ELSE {place: COLLECT { UNWIND [x IN missing WHERE x STARTS WITH 'place "' | substring(x, size('place "'), 1)] AS c
      MATCH (n:Place) WHERE n.id STARTS WITH c AND n.visibility IN $visible AND NOT coalesce(n.archived, false) RETURN DISTINCT n.id LIMIT 5000 }, theme: COLLECT { UNWIND [x IN missing WHERE x STARTS WITH 'theme "' | substring(x, size('theme "'), 1)] AS c
      MATCH (n:Theme) WHERE n.id STARTS WITH c AND n.visibility IN $visible AND NOT coalesce(n.archived, false) RETURN DISTINCT n.id LIMIT 5000 }, message: COLLECT { UNWIND [x IN missing WHERE x STARTS WITH 'message "' | substring(x, size('message "'), 1)] AS c
      MATCH (n:Message) WHERE n.id STARTS WITH c AND n.visibility IN $visible AND NOT coalesce(n.archived, false) RETURN DISTINCT n.id LIMIT 5000 }} END AS suggest, ranked
