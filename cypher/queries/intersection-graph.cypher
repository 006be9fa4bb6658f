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
  //#if recordOnly
    AND a.basis = 'RECORD' AND NOT coalesce(m.example, false)
  //#endif
  //#if basis
  // The links, not their basis: read for the shared messages only (most messages on one theme are dropped here).
  WITH m, t, a ORDER BY t.id
  WITH m, collect(t) AS ts, collect(a) AS links
  //#else
  WITH m, t ORDER BY t.id
  WITH m, collect(t) AS ts, null AS links
  //#endif
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
  //#if spaces
  UNWIND shared AS s
  WITH s.m AS m
  MATCH (m)-[c:CARRIED_IN]->(sp:Space)
  WHERE sp.visibility IN $visible AND NOT coalesce(sp.archived, false) AND ($levels IS NULL OR sp.level IN $levels)
  //#if recordOnly
    AND c.basis = 'RECORD' AND NOT coalesce(sp.example, false)
  //#endif
  //#if basis
  WITH m, sp, c.basis AS basis ORDER BY m.id, sp.id
  //#else
  WITH m, sp, null AS basis ORDER BY m.id, sp.id
  //#endif
  RETURN collect(DISTINCT sp) AS spaces, collect([m.id, sp.id, basis]) AS carried
  //#else
  RETURN [] AS spaces, [] AS carried
  //#endif
}
RETURN missing,
  [t IN themes | {{themeNode}}] + [mm IN [s IN shared | s.m] | {{messageNode}}] + [sp IN spaces | {{spaceNode}}] AS nodes,
  [s IN shared | [s.m.id, [t IN s.ts | t.id], [l IN s.links | l.basis]]] AS addresses,
  shares, carried
