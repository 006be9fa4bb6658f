// intersectionGraph-plain: queries/intersection-graph (READ), parameters: levels, minShared, p0, p1, p10, p11, p2, p3, p4, p5, p6, p7, p8, p9, themes, visible
// intersectionGraph(themes, minShared): the themes, the messages on two or more of them, ADDRESSES edges,
// SHARES edges between themes weighted by how many messages they share; with spaces, where those messages are carried.
// Edges travel as id lists ([message, theme...], [source, target, weight], [message, space]): thousands of small maps
// cost the driver more to decode than the query costs Neo4j; the resolver makes them edges.
// Each ADDRESSES and CARRIED_IN edge carries its basis, read only when asked (basis). recordOnly: only links the
// record states (basis RECORD) make a message shared or a space carry it, and example messages and spaces are left
// out. Both are flags, not parameters, since this statement reads tens of thousands of links: at 100k, reading every
// basis took a tenth of its time, and testing a $recordOnly parameter on each link 4 ms more.
//@variants spaces,basis,recordOnly | spaces | basis,recordOnly | none
//@scans Theme
WITH [id IN coalesce($themes, []) WHERE NOT EXISTS { MATCH (n:Theme {id: id}) WHERE n.visibility IN $visible AND NOT coalesce(n.archived, false) } | 'theme "' + id + '"'] AS missing
CALL (missing) {
  WITH missing WHERE size(missing) = 0
  MATCH (t:Theme)
  WHERE ($themes IS NULL OR t.id IN $themes) AND t.visibility IN $visible AND NOT coalesce(t.archived, false)
  WITH t ORDER BY t.id
  RETURN collect(t) AS themes
}
CALL (themes) {
  UNWIND themes AS t
  MATCH (t)<-[a:ADDRESSES]-(m:Message)
  WHERE m.visibility IN $visible AND NOT coalesce(m.archived, false)
  WITH m, t ORDER BY t.id
  WITH m, collect(t) AS ts, null AS links
  WHERE size(ts) >= 2
  WITH m, ts, links ORDER BY m.id
  RETURN collect({m: m, ts: ts, links: links}) AS shared
}
CALL (shared) {
  UNWIND shared AS s
  UNWIND s.ts AS a
  UNWIND s.ts AS b
  WITH a, b WHERE a.id < b.id
  WITH a.id AS source, b.id AS target, count(*) AS weight
  WHERE weight >= $minShared
  WITH source, target, weight ORDER BY source, target
  RETURN collect([source, target, weight]) AS shares
}
CALL (shared) {
  RETURN [] AS spaces, [] AS carried
}
RETURN missing,
  [t IN themes | {id: CASE WHEN t:Message THEN 'MESSAGE' WHEN t:Theme THEN 'THEME' ELSE 'SPACE' END + ':' + t.id, kind: CASE WHEN t:Message THEN 'MESSAGE' WHEN t:Theme THEN 'THEME' ELSE 'SPACE' END, label: CASE WHEN t:Message THEN coalesce(head([(t)-[:HAS_TEXT]->(t0:Text {field: 'text'}) WHERE t0.lang = $p0 | t0.value]), head([(t)-[:HAS_TEXT]->(t0:Text {field: 'text'}) WHERE t0.lang = $p1 | t0.value]), head([(t)-[:HAS_TEXT]->(t0:Text {field: 'text'}) WHERE t0.original | t0.value]), '') ELSE coalesce(head([(t)-[:HAS_TEXT]->(t0:Text {field: 'name'}) WHERE t0.lang = $p2 | t0.value]), head([(t)-[:HAS_TEXT]->(t0:Text {field: 'name'}) WHERE t0.lang = $p3 | t0.value]), head([(t)-[:HAS_TEXT]->(t0:Text {field: 'name'}) WHERE t0.original | t0.value]), '') END}] + [mm IN [s IN shared | s.m] | {id: CASE WHEN mm:Message THEN 'MESSAGE' WHEN mm:Theme THEN 'THEME' ELSE 'SPACE' END + ':' + mm.id, kind: CASE WHEN mm:Message THEN 'MESSAGE' WHEN mm:Theme THEN 'THEME' ELSE 'SPACE' END, label: CASE WHEN mm:Message THEN coalesce(head([(mm)-[:HAS_TEXT]->(t0:Text {field: 'text'}) WHERE t0.lang = $p4 | t0.value]), head([(mm)-[:HAS_TEXT]->(t0:Text {field: 'text'}) WHERE t0.lang = $p5 | t0.value]), head([(mm)-[:HAS_TEXT]->(t0:Text {field: 'text'}) WHERE t0.original | t0.value]), '') ELSE coalesce(head([(mm)-[:HAS_TEXT]->(t0:Text {field: 'name'}) WHERE t0.lang = $p6 | t0.value]), head([(mm)-[:HAS_TEXT]->(t0:Text {field: 'name'}) WHERE t0.lang = $p7 | t0.value]), head([(mm)-[:HAS_TEXT]->(t0:Text {field: 'name'}) WHERE t0.original | t0.value]), '') END}] + [sp IN spaces | {id: CASE WHEN sp:Message THEN 'MESSAGE' WHEN sp:Theme THEN 'THEME' ELSE 'SPACE' END + ':' + sp.id, kind: CASE WHEN sp:Message THEN 'MESSAGE' WHEN sp:Theme THEN 'THEME' ELSE 'SPACE' END, label: CASE WHEN sp:Message THEN coalesce(head([(sp)-[:HAS_TEXT]->(t0:Text {field: 'text'}) WHERE t0.lang = $p8 | t0.value]), head([(sp)-[:HAS_TEXT]->(t0:Text {field: 'text'}) WHERE t0.lang = $p9 | t0.value]), head([(sp)-[:HAS_TEXT]->(t0:Text {field: 'text'}) WHERE t0.original | t0.value]), '') ELSE coalesce(head([(sp)-[:HAS_TEXT]->(t0:Text {field: 'name'}) WHERE t0.lang = $p10 | t0.value]), head([(sp)-[:HAS_TEXT]->(t0:Text {field: 'name'}) WHERE t0.lang = $p11 | t0.value]), head([(sp)-[:HAS_TEXT]->(t0:Text {field: 'name'}) WHERE t0.original | t0.value]), '') END}] AS nodes,
  [s IN shared | [s.m.id, [t IN s.ts | t.id], [l IN s.links | l.basis]]] AS addresses,
  shares, carried
