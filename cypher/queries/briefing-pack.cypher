// briefingPack(themes, place, language): the themes in the order asked; every message on one of them with the
// asked themes it addresses (most first, then id) and, in its projection, the evidence behind it; the spaces
// advocacySpaces ranks for these themes and the place (the spaces slot holds that very statement); the
// organisations based in, around or inside the place or working on the themes; the risks that concern them.
// Every node passes $visible: a pack never holds what the caller may not see. Grouping is done in TypeScript.
// Each message names the pack's themes it reaches by editorial links only. $recordOnly: only links the record
// states (basis RECORD) put an item in the pack, and example records are left out.
//@variants partners | none
WITH [id IN $themes WHERE NOT EXISTS { MATCH (n:Theme {id: id}) WHERE n.visibility IN $visible AND NOT coalesce(n.archived, false) } | 'theme "' + id + '"']
   + [id IN CASE WHEN $place IS NULL THEN [] ELSE [$place] END WHERE NOT EXISTS { MATCH (n:Place {id: id}) WHERE n.visibility IN $visible AND NOT coalesce(n.archived, false) } | 'place "' + id + '"'] AS unknown
CALL (unknown) {
  WITH unknown WHERE size(unknown) = 0
  UNWIND range(0, size($themes) - 1) AS i
  MATCH (t:Theme {id: $themes[i]})
  WITH t, i ORDER BY i
  RETURN collect(t) AS themes
}
CALL (themes) {
  UNWIND themes AS t
  MATCH (t)<-[a:ADDRESSES]-(m:Message)
  WHERE m.visibility IN $visible AND NOT coalesce(m.archived, false)
    AND (NOT $recordOnly OR (a.basis = 'RECORD' AND NOT coalesce(m.example, false)))
  WITH m, collect(t.id) AS ids, collect(CASE WHEN a.basis = 'EDITORIAL' THEN t.id END) AS editorial
  WITH m, [id IN $themes WHERE id IN ids] AS on, [id IN $themes WHERE id IN editorial] AS editorial ORDER BY size(on) DESC, m.id
  WITH m, on, editorial, {{message}} AS projected
  RETURN collect(projected {.*, themes: on, editorialThemes: editorial}) AS messages
}
CALL (themes) {
  OPTIONAL MATCH (here:Place {id: $place})
  RETURN CASE WHEN here IS NULL THEN null ELSE {{place}} END AS place
}
CALL (themes) {
  //#if partners
  OPTIONAL MATCH (here:Place {id: $place})
  // Every place on the way must be visible: a public organisation is not "in Lille" through a hidden place.
  CALL (themes, here) {
    MATCH path = (here)-[:PART_OF*0..3]->(:Place)<-[b:BASED_IN]-(o:Organisation)
    WHERE all(x IN nodes(path) WHERE x.visibility IN $visible AND NOT coalesce(x.archived, false))
      AND (NOT $recordOnly OR b.basis = 'RECORD')
    RETURN o
    UNION
    MATCH path = (here)<-[:PART_OF*1..3]-(:Place)<-[b:BASED_IN]-(o:Organisation)
    WHERE all(x IN nodes(path) WHERE x.visibility IN $visible AND NOT coalesce(x.archived, false))
      AND (NOT $recordOnly OR b.basis = 'RECORD')
    RETURN o
    UNION
    UNWIND themes AS t
    MATCH (t)<-[w:WORKS_ON]-(o:Organisation)
    WHERE NOT $recordOnly OR w.basis = 'RECORD'
    RETURN o
  }
  WITH DISTINCT o, here, themes
  WHERE o.visibility IN $visible AND NOT coalesce(o.archived, false) AND (NOT $recordOnly OR NOT coalesce(o.example, false))
  WITH o, [t IN themes WHERE EXISTS { MATCH (o)-[w:WORKS_ON]->(t) WHERE NOT $recordOnly OR w.basis = 'RECORD' } | t.id] AS on,
    here IS NOT NULL AND EXISTS { MATCH (o)-[b:BASED_IN]->(p:Place)
      WHERE (NOT $recordOnly OR b.basis = 'RECORD') AND (p = here OR EXISTS { MATCH path = (here)-[:PART_OF*1..3]->(p) WHERE all(x IN nodes(path) WHERE x.visibility IN $visible AND NOT coalesce(x.archived, false)) }
        OR EXISTS { MATCH path = (p)-[:PART_OF*1..3]->(here) WHERE all(x IN nodes(path) WHERE x.visibility IN $visible AND NOT coalesce(x.archived, false)) }) } AS local
  WITH o, on, local, [id IN on WHERE EXISTS { MATCH (o)-[:WORKS_ON {basis: 'EDITORIAL'}]->(:Theme {id: id}) }] AS editorial
  ORDER BY local DESC, size(on) DESC, o.id
  WITH o, on, local, editorial, {{partner}} AS projected
  RETURN collect(projected {.*, themes: on, editorialThemes: editorial, local: local}) AS partners
  //#else
  RETURN [] AS partners
  //#endif
}
CALL (themes) {
  UNWIND themes AS t
  MATCH (t)<-[c:CONCERNS]-(rk:Risk)
  WHERE rk.visibility IN $visible AND NOT coalesce(rk.archived, false)
    AND (NOT $recordOnly OR (c.basis = 'RECORD' AND NOT coalesce(rk.example, false)))
  WITH DISTINCT rk ORDER BY rk.id
  RETURN collect({{risk}}) AS risks
}
RETURN unknown, [t IN themes | {{theme}}] AS themes, messages, place, {{spaces}} AS spaces, partners, risks
