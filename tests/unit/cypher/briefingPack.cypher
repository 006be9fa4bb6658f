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
  WITH m, on, editorial, {id: m.id, visibility: m.visibility, example: coalesce(m.example, false), text: head(COLLECT { MATCH (m)-[:HAS_TEXT]->(t11:Text {field: 'text'})
    WITH t11, coalesce([i IN range(0, size($languages) - 1) WHERE $languages[i] = t11.lang][0], CASE WHEN t11.original THEN size($languages) END) AS rank12
    WHERE rank12 IS NOT NULL
    RETURN {text: t11.value, language: t11.lang, fallback: rank12 = size($languages) AND $language IS NOT NULL,
      draft: coalesce(t11.status = 'DRAFT', false)} AS r ORDER BY rank12, t11.lang LIMIT 1 }), evidence: COLLECT { MATCH (m)<-[sup14:SUPPORTS]-(e13:Evidence) WHERE e13.visibility IN $visible AND NOT coalesce(e13.archived, false)
      AND (NOT $recordOnly OR (sup14.basis = 'RECORD' AND NOT coalesce(e13.example, false)))
    RETURN {id: e13.id, visibility: e13.visibility, example: coalesce(e13.example, false), basis: sup14.basis, kind: e13.kind, text: head(COLLECT { MATCH (e13)-[:HAS_TEXT]->(t15:Text {field: 'text'})
    WITH t15, coalesce([i IN range(0, size($languages) - 1) WHERE $languages[i] = t15.lang][0], CASE WHEN t15.original THEN size($languages) END) AS rank16
    WHERE rank16 IS NOT NULL
    RETURN {text: t15.value, language: t15.lang, fallback: rank16 = size($languages) AND $language IS NOT NULL,
      draft: coalesce(t15.status = 'DRAFT', false)} AS r ORDER BY rank16, t15.lang LIMIT 1 }), voicedBy: COLLECT { MATCH (e13)-[l18:VOICED_BY]->(n17:Organisation) WHERE n17.visibility IN $visible AND NOT coalesce(n17.archived, false) AND (NOT $recordOnly OR l18.basis = 'RECORD') RETURN head(COLLECT { MATCH (n17)-[:HAS_TEXT]->(t19:Text {field: 'name'})
    WITH t19, coalesce([i IN range(0, size($languages) - 1) WHERE $languages[i] = t19.lang][0], CASE WHEN t19.original THEN size($languages) END) AS rank20
    WHERE rank20 IS NOT NULL
    RETURN {text: t19.value, language: t19.lang, fallback: rank20 = size($languages) AND $language IS NOT NULL,
      draft: coalesce(t19.status = 'DRAFT', false)} AS r ORDER BY rank20, t19.lang LIMIT 1 }) AS r ORDER BY n17.id }} AS r ORDER BY e13.id }} AS projected
  RETURN collect(projected {.*, themes: on, editorialThemes: editorial}) AS messages
}
CALL (themes) {
  OPTIONAL MATCH (here:Place {id: $place})
  RETURN CASE WHEN here IS NULL THEN null ELSE {id: here.id, countryCode: here.countryCode, name: head(COLLECT { MATCH (here)-[:HAS_TEXT]->(t21:Text {field: 'name'})
    WITH t21, coalesce([i IN range(0, size($languages) - 1) WHERE $languages[i] = t21.lang][0], CASE WHEN t21.original THEN size($languages) END) AS rank22
    WHERE rank22 IS NOT NULL
    RETURN {text: t21.value, language: t21.lang, fallback: rank22 = size($languages) AND $language IS NOT NULL,
      draft: coalesce(t21.status = 'DRAFT', false)} AS r ORDER BY rank22, t21.lang LIMIT 1 })} END AS place
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
  WITH o, on, local, [id IN on WHERE EXISTS { MATCH (o)-[:WORKS_ON {basis: 'EDITORIAL'}]->(:Theme {id: id}) }] AS editorial
  ORDER BY local DESC, size(on) DESC, o.id
  WITH o, on, local, editorial, {id: o.id, visibility: o.visibility, example: coalesce(o.example, false), kind: o.kind, name: head(COLLECT { MATCH (o)-[:HAS_TEXT]->(t23:Text {field: 'name'})
    WITH t23, coalesce([i IN range(0, size($languages) - 1) WHERE $languages[i] = t23.lang][0], CASE WHEN t23.original THEN size($languages) END) AS rank24
    WHERE rank24 IS NOT NULL
    RETURN {text: t23.value, language: t23.lang, fallback: rank24 = size($languages) AND $language IS NOT NULL,
      draft: coalesce(t23.status = 'DRAFT', false)} AS r ORDER BY rank24, t23.lang LIMIT 1 }), basedIn: COLLECT { MATCH (o)-[l26:BASED_IN]->(n25:Place) WHERE n25.visibility IN $visible AND NOT coalesce(n25.archived, false) AND (NOT $recordOnly OR l26.basis = 'RECORD') RETURN head(COLLECT { MATCH (n25)-[:HAS_TEXT]->(t27:Text {field: 'name'})
    WITH t27, coalesce([i IN range(0, size($languages) - 1) WHERE $languages[i] = t27.lang][0], CASE WHEN t27.original THEN size($languages) END) AS rank28
    WHERE rank28 IS NOT NULL
    RETURN {text: t27.value, language: t27.lang, fallback: rank28 = size($languages) AND $language IS NOT NULL,
      draft: coalesce(t27.status = 'DRAFT', false)} AS r ORDER BY rank28, t27.lang LIMIT 1 }) AS r ORDER BY n25.id },
      basedInLinks: COLLECT { MATCH (o)-[l30:BASED_IN]->(n29:Place) WHERE n29.visibility IN $visible AND NOT coalesce(n29.archived, false) AND (NOT $recordOnly OR l30.basis = 'RECORD') RETURN {basis: l30.basis, name: head(COLLECT { MATCH (n29)-[:HAS_TEXT]->(t31:Text {field: 'name'})
    WITH t31, coalesce([i IN range(0, size($languages) - 1) WHERE $languages[i] = t31.lang][0], CASE WHEN t31.original THEN size($languages) END) AS rank32
    WHERE rank32 IS NOT NULL
    RETURN {text: t31.value, language: t31.lang, fallback: rank32 = size($languages) AND $language IS NOT NULL,
      draft: coalesce(t31.status = 'DRAFT', false)} AS r ORDER BY rank32, t31.lang LIMIT 1 })} AS r ORDER BY n29.id }} AS projected
  RETURN collect(projected {.*, themes: on, editorialThemes: editorial, local: local}) AS partners
}
CALL (themes) {
  UNWIND themes AS t
  MATCH (t)<-[c:CONCERNS]-(rk:Risk)
  WHERE rk.visibility IN $visible AND NOT coalesce(rk.archived, false)
    AND (NOT $recordOnly OR (c.basis = 'RECORD' AND NOT coalesce(rk.example, false)))
  WITH DISTINCT rk ORDER BY rk.id
  RETURN collect({id: rk.id, visibility: rk.visibility, example: coalesce(rk.example, false), text: head(COLLECT { MATCH (rk)-[:HAS_TEXT]->(t33:Text {field: 'text'})
    WITH t33, coalesce([i IN range(0, size($languages) - 1) WHERE $languages[i] = t33.lang][0], CASE WHEN t33.original THEN size($languages) END) AS rank34
    WHERE rank34 IS NOT NULL
    RETURN {text: t33.value, language: t33.lang, fallback: rank34 = size($languages) AND $language IS NOT NULL,
      draft: coalesce(t33.status = 'DRAFT', false)} AS r ORDER BY rank34, t33.lang LIMIT 1 }), description: head(COLLECT { MATCH (rk)-[:HAS_TEXT]->(t35:Text {field: 'description'})
    WITH t35, coalesce([i IN range(0, size($languages) - 1) WHERE $languages[i] = t35.lang][0], CASE WHEN t35.original THEN size($languages) END) AS rank36
    WHERE rank36 IS NOT NULL
    RETURN {text: t35.value, language: t35.lang, fallback: rank36 = size($languages) AND $language IS NOT NULL,
      draft: coalesce(t35.status = 'DRAFT', false)} AS r ORDER BY rank36, t35.lang LIMIT 1 })}) AS risks
}
RETURN unknown, [t IN themes | {id: t.id, visibility: t.visibility, example: coalesce(t.example, false), name: head(COLLECT { MATCH (t)-[:HAS_TEXT]->(t7:Text {field: 'name'})
    WITH t7, coalesce([i IN range(0, size($languages) - 1) WHERE $languages[i] = t7.lang][0], CASE WHEN t7.original THEN size($languages) END) AS rank8
    WHERE rank8 IS NOT NULL
    RETURN {text: t7.value, language: t7.lang, fallback: rank8 = size($languages) AND $language IS NOT NULL,
      draft: coalesce(t7.status = 'DRAFT', false)} AS r ORDER BY rank8, t7.lang LIMIT 1 }), description: head(COLLECT { MATCH (t)-[:HAS_TEXT]->(t9:Text {field: 'description'})
    WITH t9, coalesce([i IN range(0, size($languages) - 1) WHERE $languages[i] = t9.lang][0], CASE WHEN t9.original THEN size($languages) END) AS rank10
    WHERE rank10 IS NOT NULL
    RETURN {text: t9.value, language: t9.lang, fallback: rank10 = size($languages) AND $language IS NOT NULL,
      draft: coalesce(t9.status = 'DRAFT', false)} AS r ORDER BY rank10, t9.lang LIMIT 1 })}] AS themes, messages, place, coalesce(head(COLLECT { CALL () {
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
      draft: coalesce(t1.status = 'DRAFT', false)} AS r ORDER BY rank2, t1.lang LIMIT 1 }), place: head(COLLECT { MATCH (s)-[:LOCATED_IN]->(n3:Place) WHERE n3.visibility IN $visible AND NOT coalesce(n3.archived, false) RETURN head(COLLECT { MATCH (n3)-[:HAS_TEXT]->(t5:Text {field: 'name'})
    WITH t5, coalesce([i IN range(0, size($languages) - 1) WHERE $languages[i] = t5.lang][0], CASE WHEN t5.original THEN size($languages) END) AS rank6
    WHERE rank6 IS NOT NULL
    RETURN {text: t5.value, language: t5.lang, fallback: rank6 = size($languages) AND $language IS NOT NULL,
      draft: coalesce(t5.status = 'DRAFT', false)} AS r ORDER BY rank6, t5.lang LIMIT 1 }) AS r ORDER BY n3.id LIMIT 1}),
    editorialMessages: COLLECT { MATCH (s)<-[:CARRIED_IN {basis: 'EDITORIAL'}]-(n0:Message) WHERE n0.visibility IN $visible AND NOT coalesce(n0.archived, false) RETURN n0.id }}
  , matchedMessages:
    [m IN carried[0..$matchedFirst] | m.id]
  }) AS ranked
}
RETURN missing, {} AS suggest, ranked

} RETURN ranked }), []) AS spaces, partners, risks
