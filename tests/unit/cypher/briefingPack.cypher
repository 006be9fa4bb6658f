// briefingPack: queries/briefing-pack (READ), parameters: byCoverage, first, language, languages, levels, matchedFirst, messages, place, recordOnly, themes, visible
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
  WITH m, on, editorial, {id: m.id, visibility: m.visibility, example: coalesce(m.example, false), text: head(COLLECT { MATCH (m)-[:HAS_TEXT]->(t10:Text {field: 'text'})
    WITH t10, coalesce([i IN range(0, size($languages) - 1) WHERE $languages[i] = t10.lang][0], CASE WHEN t10.original THEN size($languages) END) AS rank11
    WHERE rank11 IS NOT NULL
    RETURN {text: t10.value, language: t10.lang, fallback: rank11 = size($languages) AND $language IS NOT NULL,
      draft: coalesce(t10.status = 'DRAFT', false)} AS r ORDER BY rank11, t10.lang LIMIT 1 }), evidence: COLLECT { MATCH (m)<-[sup13:SUPPORTS]-(e12:Evidence) WHERE e12.visibility IN $visible AND NOT coalesce(e12.archived, false)
      AND (NOT $recordOnly OR (sup13.basis = 'RECORD' AND NOT coalesce(e12.example, false)))
    RETURN {id: e12.id, visibility: e12.visibility, example: coalesce(e12.example, false), basis: sup13.basis, kind: e12.kind, text: head(COLLECT { MATCH (e12)-[:HAS_TEXT]->(t14:Text {field: 'text'})
    WITH t14, coalesce([i IN range(0, size($languages) - 1) WHERE $languages[i] = t14.lang][0], CASE WHEN t14.original THEN size($languages) END) AS rank15
    WHERE rank15 IS NOT NULL
    RETURN {text: t14.value, language: t14.lang, fallback: rank15 = size($languages) AND $language IS NOT NULL,
      draft: coalesce(t14.status = 'DRAFT', false)} AS r ORDER BY rank15, t14.lang LIMIT 1 }), voicedBy: COLLECT { MATCH (e12)-[:VOICED_BY]->(n16:Organisation) WHERE n16.visibility IN $visible AND NOT coalesce(n16.archived, false) RETURN head(COLLECT { MATCH (n16)-[:HAS_TEXT]->(t17:Text {field: 'name'})
    WITH t17, coalesce([i IN range(0, size($languages) - 1) WHERE $languages[i] = t17.lang][0], CASE WHEN t17.original THEN size($languages) END) AS rank18
    WHERE rank18 IS NOT NULL
    RETURN {text: t17.value, language: t17.lang, fallback: rank18 = size($languages) AND $language IS NOT NULL,
      draft: coalesce(t17.status = 'DRAFT', false)} AS r ORDER BY rank18, t17.lang LIMIT 1 }) AS r ORDER BY n16.id }} AS r ORDER BY e12.id }} AS projected
  RETURN collect(projected {.*, themes: on, editorialThemes: editorial}) AS messages
}
CALL (themes) {
  OPTIONAL MATCH (here:Place {id: $place})
  RETURN CASE WHEN here IS NULL THEN null ELSE {id: here.id, countryCode: here.countryCode, name: head(COLLECT { MATCH (here)-[:HAS_TEXT]->(t19:Text {field: 'name'})
    WITH t19, coalesce([i IN range(0, size($languages) - 1) WHERE $languages[i] = t19.lang][0], CASE WHEN t19.original THEN size($languages) END) AS rank20
    WHERE rank20 IS NOT NULL
    RETURN {text: t19.value, language: t19.lang, fallback: rank20 = size($languages) AND $language IS NOT NULL,
      draft: coalesce(t19.status = 'DRAFT', false)} AS r ORDER BY rank20, t19.lang LIMIT 1 })} END AS place
}
CALL (themes) {
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
  WITH o, on, local ORDER BY local DESC, size(on) DESC, o.id
  WITH o, on, local, {id: o.id, visibility: o.visibility, example: coalesce(o.example, false), kind: o.kind, name: head(COLLECT { MATCH (o)-[:HAS_TEXT]->(t21:Text {field: 'name'})
    WITH t21, coalesce([i IN range(0, size($languages) - 1) WHERE $languages[i] = t21.lang][0], CASE WHEN t21.original THEN size($languages) END) AS rank22
    WHERE rank22 IS NOT NULL
    RETURN {text: t21.value, language: t21.lang, fallback: rank22 = size($languages) AND $language IS NOT NULL,
      draft: coalesce(t21.status = 'DRAFT', false)} AS r ORDER BY rank22, t21.lang LIMIT 1 }), basedIn: COLLECT { MATCH (o)-[:BASED_IN]->(n23:Place) WHERE n23.visibility IN $visible AND NOT coalesce(n23.archived, false) RETURN head(COLLECT { MATCH (n23)-[:HAS_TEXT]->(t24:Text {field: 'name'})
    WITH t24, coalesce([i IN range(0, size($languages) - 1) WHERE $languages[i] = t24.lang][0], CASE WHEN t24.original THEN size($languages) END) AS rank25
    WHERE rank25 IS NOT NULL
    RETURN {text: t24.value, language: t24.lang, fallback: rank25 = size($languages) AND $language IS NOT NULL,
      draft: coalesce(t24.status = 'DRAFT', false)} AS r ORDER BY rank25, t24.lang LIMIT 1 }) AS r ORDER BY n23.id }} AS projected
  RETURN collect(projected {.*, themes: on, local: local}) AS partners
}
CALL (themes) {
  UNWIND themes AS t
  MATCH (t)<-[c:CONCERNS]-(rk:Risk)
  WHERE rk.visibility IN $visible AND NOT coalesce(rk.archived, false)
    AND (NOT $recordOnly OR (c.basis = 'RECORD' AND NOT coalesce(rk.example, false)))
  WITH DISTINCT rk ORDER BY rk.id
  RETURN collect({id: rk.id, visibility: rk.visibility, example: coalesce(rk.example, false), text: head(COLLECT { MATCH (rk)-[:HAS_TEXT]->(t26:Text {field: 'text'})
    WITH t26, coalesce([i IN range(0, size($languages) - 1) WHERE $languages[i] = t26.lang][0], CASE WHEN t26.original THEN size($languages) END) AS rank27
    WHERE rank27 IS NOT NULL
    RETURN {text: t26.value, language: t26.lang, fallback: rank27 = size($languages) AND $language IS NOT NULL,
      draft: coalesce(t26.status = 'DRAFT', false)} AS r ORDER BY rank27, t26.lang LIMIT 1 }), description: head(COLLECT { MATCH (rk)-[:HAS_TEXT]->(t28:Text {field: 'description'})
    WITH t28, coalesce([i IN range(0, size($languages) - 1) WHERE $languages[i] = t28.lang][0], CASE WHEN t28.original THEN size($languages) END) AS rank29
    WHERE rank29 IS NOT NULL
    RETURN {text: t28.value, language: t28.lang, fallback: rank29 = size($languages) AND $language IS NOT NULL,
      draft: coalesce(t28.status = 'DRAFT', false)} AS r ORDER BY rank29, t28.lang LIMIT 1 })}) AS risks
}
RETURN unknown, [t IN themes | {id: t.id, visibility: t.visibility, example: coalesce(t.example, false), name: head(COLLECT { MATCH (t)-[:HAS_TEXT]->(t6:Text {field: 'name'})
    WITH t6, coalesce([i IN range(0, size($languages) - 1) WHERE $languages[i] = t6.lang][0], CASE WHEN t6.original THEN size($languages) END) AS rank7
    WHERE rank7 IS NOT NULL
    RETURN {text: t6.value, language: t6.lang, fallback: rank7 = size($languages) AND $language IS NOT NULL,
      draft: coalesce(t6.status = 'DRAFT', false)} AS r ORDER BY rank7, t6.lang LIMIT 1 }), description: head(COLLECT { MATCH (t)-[:HAS_TEXT]->(t8:Text {field: 'description'})
    WITH t8, coalesce([i IN range(0, size($languages) - 1) WHERE $languages[i] = t8.lang][0], CASE WHEN t8.original THEN size($languages) END) AS rank9
    WHERE rank9 IS NOT NULL
    RETURN {text: t8.value, language: t8.lang, fallback: rank9 = size($languages) AND $language IS NOT NULL,
      draft: coalesce(t8.status = 'DRAFT', false)} AS r ORDER BY rank9, t8.lang LIMIT 1 })}] AS themes, messages, place, coalesce(head(COLLECT { CALL () {
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
  CALL () {
    MATCH (m:Message)
    WHERE m.id IN coalesce($messages, []) AND m.visibility IN $visible AND NOT coalesce(m.archived, false)
      AND (NOT $recordOnly OR NOT coalesce(m.example, false))
    RETURN m
    UNION
    MATCH (t:Theme)<-[a:ADDRESSES]-(m:Message)
    WHERE t.id IN coalesce($themes, []) AND t.visibility IN $visible AND NOT coalesce(t.archived, false)
      AND m.visibility IN $visible AND NOT coalesce(m.archived, false)
      AND (NOT $recordOnly OR (a.basis = 'RECORD' AND NOT coalesce(m.example, false)))
    RETURN m
  }
  WITH collect(m) AS selection
  CALL (selection) {
    UNWIND selection AS m
    MATCH (m)-[c:CARRIED_IN]->(s:Space)
    WHERE s.visibility IN $visible AND NOT coalesce(s.archived, false) AND ($levels IS NULL OR s.level IN $levels)
      AND (NOT $recordOnly OR (c.basis = 'RECORD' AND NOT coalesce(s.example, false)))
    WITH s, m ORDER BY m.id
    RETURN s, collect(m) AS carried
    UNION ALL
    // The place's own spaces, so a team sees its arenas even where they carry none of the selection yet.
    MATCH path = (:Place {id: $place})<-[:PART_OF*0..3]-(:Place)<-[:LOCATED_IN]-(s:Space)
    WHERE s.visibility IN $visible AND NOT coalesce(s.archived, false) AND ($levels IS NULL OR s.level IN $levels)
      AND all(x IN nodes(path)[..-1] WHERE x.visibility IN $visible AND NOT coalesce(x.archived, false))
      AND (NOT $recordOnly OR NOT coalesce(s.example, false))
    RETURN DISTINCT s, [] AS carried
  }
  WITH s, collect(carried) AS found, size(selection) AS total
  WITH s, reduce(all = [], c IN found | all + c) AS carried, total
  WITH s, carried, size(carried) AS n, total
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
  WITH s, carried, reach, n, total, CASE WHEN total = 0 THEN 0.0 ELSE toFloat(n) / total END AS score,
    CASE reach WHEN 'REGION' THEN 1 WHEN 'COUNTRY' THEN 2 WHEN 'INTERNATIONAL' THEN 3 WHEN 'INTERNAL' THEN 4 ELSE 0 END AS reachRank,
    CASE s.level WHEN 'LOCAL' THEN 0 WHEN 'REGIONAL' THEN 1 WHEN 'NATIONAL' THEN 2 WHEN 'INTERNATIONAL' THEN 3 ELSE 4 END AS levelRank
  ORDER BY CASE WHEN $byCoverage THEN -score ELSE reachRank END, CASE WHEN $byCoverage THEN reachRank ELSE -score END, levelRank, s.id
  LIMIT $first
  // matchedMessages only when asked (flag `matched`): even cut to none, listing them walks every carried message.
  RETURN collect({__raw: true, score: score, reach: reach, coverage: {__raw: true, carried: n, selected: total, score: score}, space: {id: s.id, visibility: s.visibility, example: coalesce(s.example, false), level: s.level, name: head(COLLECT { MATCH (s)-[:HAS_TEXT]->(t1:Text {field: 'name'})
    WITH t1, coalesce([i IN range(0, size($languages) - 1) WHERE $languages[i] = t1.lang][0], CASE WHEN t1.original THEN size($languages) END) AS rank2
    WHERE rank2 IS NOT NULL
    RETURN {text: t1.value, language: t1.lang, fallback: rank2 = size($languages) AND $language IS NOT NULL,
      draft: coalesce(t1.status = 'DRAFT', false)} AS r ORDER BY rank2, t1.lang LIMIT 1 }), place: head(COLLECT { MATCH (s)-[:LOCATED_IN]->(n3:Place) WHERE n3.visibility IN $visible AND NOT coalesce(n3.archived, false) RETURN head(COLLECT { MATCH (n3)-[:HAS_TEXT]->(t4:Text {field: 'name'})
    WITH t4, coalesce([i IN range(0, size($languages) - 1) WHERE $languages[i] = t4.lang][0], CASE WHEN t4.original THEN size($languages) END) AS rank5
    WHERE rank5 IS NOT NULL
    RETURN {text: t4.value, language: t4.lang, fallback: rank5 = size($languages) AND $language IS NOT NULL,
      draft: coalesce(t4.status = 'DRAFT', false)} AS r ORDER BY rank5, t4.lang LIMIT 1 }) AS r ORDER BY n3.id LIMIT 1}),
    editorialMessages: COLLECT { MATCH (s)<-[:CARRIED_IN {basis: 'EDITORIAL'}]-(n0:Message) WHERE n0.visibility IN $visible AND NOT coalesce(n0.archived, false) RETURN n0.id }}
  , matchedMessages:
    [m IN carried[0..$matchedFirst] | m.id]
  }) AS ranked
}
RETURN missing, {} AS suggest, ranked

} RETURN ranked }), []) AS spaces, partners, risks
