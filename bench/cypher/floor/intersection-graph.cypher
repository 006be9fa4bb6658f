// Floor: the themes, the messages on two or more of them (with their label in $lang), and SHARES weights per pair.
MATCH (t:Theme) WHERE t.id IN $themes AND t.visibility IN $visible AND NOT t.archived
WITH collect(t) AS themes
CALL (themes) {
  UNWIND themes AS t
  MATCH (t)<-[:ADDRESSES]-(m:Message) WHERE m.visibility IN $visible AND NOT m.archived
  WITH m, collect(t.id) AS ts WHERE size(ts) >= 2
  RETURN collect({id: m.id, themes: ts, label: coalesce(head([(m)-[:HAS_TEXT]->(x:Text {field: 'text', lang: $lang}) | x.value]), '')}) AS shared
}
CALL (shared) {
  UNWIND shared AS s
  UNWIND s.themes AS a
  UNWIND s.themes AS b
  WITH a, b WHERE a < b
  WITH a, b, count(*) AS weight
  RETURN collect({source: a, target: b, weight: weight}) AS shares
}
RETURN [t IN themes | {id: t.id, label: head([(t)-[:HAS_TEXT]->(x:Text {field: 'name', lang: $lang}) | x.value])}] AS themes, shared, shares
