// briefingPack(themes, place, language): the themes in the order asked; every message on one of them with the
// asked themes it addresses (most first, then id) and, in its projection, the evidence behind it; the spaces
// advocacySpaces ranks for these themes and the place (the spaces slot holds that very statement); the
// organisations based in, around or inside the place or working on the themes; the risks that concern them.
// Every node passes $visible: a pack never holds what the caller may not see. Grouping is done in TypeScript.
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
  MATCH (t)<-[:ADDRESSES]-(m:Message)
  WHERE m.visibility IN $visible AND NOT coalesce(m.archived, false)
  WITH m, collect(t.id) AS ids
  WITH m, [id IN $themes WHERE id IN ids] AS on ORDER BY size(on) DESC, m.id
  WITH m, on, {{message}} AS projected
  RETURN collect(projected {.*, themes: on}) AS messages
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
    MATCH path = (here)-[:PART_OF*0..3]->(:Place)<-[:BASED_IN]-(o:Organisation)
    WHERE all(x IN nodes(path) WHERE x.visibility IN $visible AND NOT coalesce(x.archived, false))
    RETURN o
    UNION
    MATCH path = (here)<-[:PART_OF*1..3]-(:Place)<-[:BASED_IN]-(o:Organisation)
    WHERE all(x IN nodes(path) WHERE x.visibility IN $visible AND NOT coalesce(x.archived, false))
    RETURN o
    UNION
    UNWIND themes AS t
    MATCH (t)<-[:WORKS_ON]-(o:Organisation)
    RETURN o
  }
  WITH DISTINCT o, here, themes
  WHERE o.visibility IN $visible AND NOT coalesce(o.archived, false)
  WITH o, [t IN themes WHERE EXISTS { (o)-[:WORKS_ON]->(t) } | t.id] AS on,
    here IS NOT NULL AND EXISTS { MATCH (o)-[:BASED_IN]->(p:Place)
      WHERE p = here OR EXISTS { MATCH path = (here)-[:PART_OF*1..3]->(p) WHERE all(x IN nodes(path) WHERE x.visibility IN $visible AND NOT coalesce(x.archived, false)) }
        OR EXISTS { MATCH path = (p)-[:PART_OF*1..3]->(here) WHERE all(x IN nodes(path) WHERE x.visibility IN $visible AND NOT coalesce(x.archived, false)) } } AS local
  WITH o, on, local ORDER BY local DESC, size(on) DESC, o.id
  WITH o, on, local, {{partner}} AS projected
  RETURN collect(projected {.*, themes: on, local: local}) AS partners
  //#else
  RETURN [] AS partners
  //#endif
}
CALL (themes) {
  UNWIND themes AS t
  MATCH (t)<-[:CONCERNS]-(rk:Risk)
  WHERE rk.visibility IN $visible AND NOT coalesce(rk.archived, false)
  WITH DISTINCT rk ORDER BY rk.id
  RETURN collect({{risk}}) AS risks
}
RETURN unknown, [t IN themes | {{theme}}] AS themes, messages, place, {{spaces}} AS spaces, partners, risks
