// Floor: spaces for a place, ranked by the share of visible messages they carry; spaces of the place (or of places
// in it) first, then of the places it is part of, then international and internal ones. Starts from the spaces
// (hundreds) and counts their messages, instead of collecting every message.
MATCH (p:Place {id: $place}) WHERE p.visibility IN $visible AND NOT p.archived
CALL () { MATCH (m:Message) WHERE m.visibility IN $visible AND NOT m.archived RETURN count(m) AS total }
MATCH (s:Space) WHERE s.visibility IN $visible AND NOT s.archived
OPTIONAL MATCH (s)-[:LOCATED_IN]->(sp:Place)
WITH p, total, s, sp,
  CASE
    WHEN sp IS NULL THEN 2
    WHEN sp = p OR EXISTS { (sp)-[:PART_OF*1..3]->(p) } THEN 0
    WHEN EXISTS { (p)-[:PART_OF*1..3]->(sp) } THEN 1
    ELSE 2
  END AS locality
WHERE NOT (locality = 2 AND s.level IN ['LOCAL', 'REGIONAL', 'NATIONAL'])
WITH s, sp, locality, total, COUNT { (s)<-[:CARRIED_IN]-(m:Message) WHERE m.visibility IN $visible AND NOT m.archived } AS carried
WHERE carried > 0
WITH s, sp, locality, toFloat(carried) / total AS score,
  CASE s.level WHEN 'LOCAL' THEN 0 WHEN 'REGIONAL' THEN 1 WHEN 'NATIONAL' THEN 2 WHEN 'INTERNATIONAL' THEN 3 ELSE 4 END AS levelRank
ORDER BY score DESC, locality, levelRank, s.id
LIMIT $first
RETURN s.id AS id, s.level AS level, score,
  head([(s)-[:HAS_TEXT]->(x:Text {field: 'name', lang: $lang}) | x.value]) AS name,
  CASE WHEN sp IS NULL THEN null ELSE {id: sp.id, name: head([(sp)-[:HAS_TEXT]->(x:Text {field: 'name', lang: $lang}) | x.value])} END AS place
