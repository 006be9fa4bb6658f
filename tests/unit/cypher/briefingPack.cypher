// briefingPack: queries/briefing-pack (READ), parameters: byCoverage, first, language, languages, levels, matchedFirst, messages, place, themes, visible
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
  WITH m, on, {id: m.id, visibility: m.visibility, text: head(COLLECT { MATCH (m)-[:HAS_TEXT]->(t9:Text {field: 'text'})
    WITH t9, coalesce([i IN range(0, size($languages) - 1) WHERE $languages[i] = t9.lang][0], CASE WHEN t9.original THEN size($languages) END) AS rank10
    WHERE rank10 IS NOT NULL
    RETURN {text: t9.value, language: t9.lang, fallback: rank10 = size($languages) AND $language IS NOT NULL,
      draft: coalesce(t9.status = 'DRAFT', false)} AS r ORDER BY rank10, t9.lang LIMIT 1 }), evidence: COLLECT { MATCH (m)<-[:SUPPORTS]-(e11:Evidence) WHERE e11.visibility IN $visible AND NOT coalesce(e11.archived, false)
    RETURN {id: e11.id, visibility: e11.visibility, kind: e11.kind, text: head(COLLECT { MATCH (e11)-[:HAS_TEXT]->(t12:Text {field: 'text'})
    WITH t12, coalesce([i IN range(0, size($languages) - 1) WHERE $languages[i] = t12.lang][0], CASE WHEN t12.original THEN size($languages) END) AS rank13
    WHERE rank13 IS NOT NULL
    RETURN {text: t12.value, language: t12.lang, fallback: rank13 = size($languages) AND $language IS NOT NULL,
      draft: coalesce(t12.status = 'DRAFT', false)} AS r ORDER BY rank13, t12.lang LIMIT 1 }), voicedBy: COLLECT { MATCH (e11)-[:VOICED_BY]->(n14:Organisation) WHERE n14.visibility IN $visible AND NOT coalesce(n14.archived, false) RETURN head(COLLECT { MATCH (n14)-[:HAS_TEXT]->(t15:Text {field: 'name'})
    WITH t15, coalesce([i IN range(0, size($languages) - 1) WHERE $languages[i] = t15.lang][0], CASE WHEN t15.original THEN size($languages) END) AS rank16
    WHERE rank16 IS NOT NULL
    RETURN {text: t15.value, language: t15.lang, fallback: rank16 = size($languages) AND $language IS NOT NULL,
      draft: coalesce(t15.status = 'DRAFT', false)} AS r ORDER BY rank16, t15.lang LIMIT 1 }) AS r ORDER BY n14.id }} AS r ORDER BY e11.id }} AS projected
  RETURN collect(projected {.*, themes: on}) AS messages
}
CALL (themes) {
  OPTIONAL MATCH (here:Place {id: $place})
  RETURN CASE WHEN here IS NULL THEN null ELSE {id: here.id, countryCode: here.countryCode, name: head(COLLECT { MATCH (here)-[:HAS_TEXT]->(t17:Text {field: 'name'})
    WITH t17, coalesce([i IN range(0, size($languages) - 1) WHERE $languages[i] = t17.lang][0], CASE WHEN t17.original THEN size($languages) END) AS rank18
    WHERE rank18 IS NOT NULL
    RETURN {text: t17.value, language: t17.lang, fallback: rank18 = size($languages) AND $language IS NOT NULL,
      draft: coalesce(t17.status = 'DRAFT', false)} AS r ORDER BY rank18, t17.lang LIMIT 1 })} END AS place
}
CALL (themes) {
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
  WITH o, on, local, {id: o.id, visibility: o.visibility, kind: o.kind, name: head(COLLECT { MATCH (o)-[:HAS_TEXT]->(t19:Text {field: 'name'})
    WITH t19, coalesce([i IN range(0, size($languages) - 1) WHERE $languages[i] = t19.lang][0], CASE WHEN t19.original THEN size($languages) END) AS rank20
    WHERE rank20 IS NOT NULL
    RETURN {text: t19.value, language: t19.lang, fallback: rank20 = size($languages) AND $language IS NOT NULL,
      draft: coalesce(t19.status = 'DRAFT', false)} AS r ORDER BY rank20, t19.lang LIMIT 1 }), basedIn: COLLECT { MATCH (o)-[:BASED_IN]->(n21:Place) WHERE n21.visibility IN $visible AND NOT coalesce(n21.archived, false) RETURN head(COLLECT { MATCH (n21)-[:HAS_TEXT]->(t22:Text {field: 'name'})
    WITH t22, coalesce([i IN range(0, size($languages) - 1) WHERE $languages[i] = t22.lang][0], CASE WHEN t22.original THEN size($languages) END) AS rank23
    WHERE rank23 IS NOT NULL
    RETURN {text: t22.value, language: t22.lang, fallback: rank23 = size($languages) AND $language IS NOT NULL,
      draft: coalesce(t22.status = 'DRAFT', false)} AS r ORDER BY rank23, t22.lang LIMIT 1 }) AS r ORDER BY n21.id }} AS projected
  RETURN collect(projected {.*, themes: on, local: local}) AS partners
}
CALL (themes) {
  UNWIND themes AS t
  MATCH (t)<-[:CONCERNS]-(rk:Risk)
  WHERE rk.visibility IN $visible AND NOT coalesce(rk.archived, false)
  WITH DISTINCT rk ORDER BY rk.id
  RETURN collect({id: rk.id, visibility: rk.visibility, text: head(COLLECT { MATCH (rk)-[:HAS_TEXT]->(t24:Text {field: 'text'})
    WITH t24, coalesce([i IN range(0, size($languages) - 1) WHERE $languages[i] = t24.lang][0], CASE WHEN t24.original THEN size($languages) END) AS rank25
    WHERE rank25 IS NOT NULL
    RETURN {text: t24.value, language: t24.lang, fallback: rank25 = size($languages) AND $language IS NOT NULL,
      draft: coalesce(t24.status = 'DRAFT', false)} AS r ORDER BY rank25, t24.lang LIMIT 1 }), description: head(COLLECT { MATCH (rk)-[:HAS_TEXT]->(t26:Text {field: 'description'})
    WITH t26, coalesce([i IN range(0, size($languages) - 1) WHERE $languages[i] = t26.lang][0], CASE WHEN t26.original THEN size($languages) END) AS rank27
    WHERE rank27 IS NOT NULL
    RETURN {text: t26.value, language: t26.lang, fallback: rank27 = size($languages) AND $language IS NOT NULL,
      draft: coalesce(t26.status = 'DRAFT', false)} AS r ORDER BY rank27, t26.lang LIMIT 1 })}) AS risks
}
RETURN unknown, [t IN themes | {id: t.id, visibility: t.visibility, name: head(COLLECT { MATCH (t)-[:HAS_TEXT]->(t5:Text {field: 'name'})
    WITH t5, coalesce([i IN range(0, size($languages) - 1) WHERE $languages[i] = t5.lang][0], CASE WHEN t5.original THEN size($languages) END) AS rank6
    WHERE rank6 IS NOT NULL
    RETURN {text: t5.value, language: t5.lang, fallback: rank6 = size($languages) AND $language IS NOT NULL,
      draft: coalesce(t5.status = 'DRAFT', false)} AS r ORDER BY rank6, t5.lang LIMIT 1 }), description: head(COLLECT { MATCH (t)-[:HAS_TEXT]->(t7:Text {field: 'description'})
    WITH t7, coalesce([i IN range(0, size($languages) - 1) WHERE $languages[i] = t7.lang][0], CASE WHEN t7.original THEN size($languages) END) AS rank8
    WHERE rank8 IS NOT NULL
    RETURN {text: t7.value, language: t7.lang, fallback: rank8 = size($languages) AND $language IS NOT NULL,
      draft: coalesce(t7.status = 'DRAFT', false)} AS r ORDER BY rank8, t7.lang LIMIT 1 })}] AS themes, messages, place, coalesce(head(COLLECT { CALL () {
// advocacySpaces(place, levels, themes, messages, orderBy): spaces carrying the selected messages, each with its
// reach from the place and its coverage (how many of the selected messages it carries). With a place: the spaces
// of that place or of a place inside it (PLACE; listed even when they carry none of the selection yet), of the
// places it is part of (REGION, COUNTRY), then international and internal ones; local, regional and national
// spaces elsewhere are left out. Order: reach then coverage ($byCoverage false), or coverage then reach.
// Selection: the given messages plus the messages of the given themes, else every message.
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
    RETURN m
    UNION
    MATCH (t:Theme)<-[:ADDRESSES]-(m:Message)
    WHERE t.id IN coalesce($themes, []) AND t.visibility IN $visible AND NOT coalesce(t.archived, false)
      AND m.visibility IN $visible AND NOT coalesce(m.archived, false)
    RETURN m
  }
  WITH collect(m) AS selection
  CALL (selection) {
    UNWIND selection AS m
    MATCH (m)-[:CARRIED_IN]->(s:Space)
    WHERE s.visibility IN $visible AND NOT coalesce(s.archived, false) AND ($levels IS NULL OR s.level IN $levels)
    WITH s, m ORDER BY m.id
    RETURN s, collect(m) AS carried
    UNION ALL
    // The place's own spaces, so a team sees its arenas even where they carry none of the selection yet.
    MATCH path = (:Place {id: $place})<-[:PART_OF*0..3]-(:Place)<-[:LOCATED_IN]-(s:Space)
    WHERE s.visibility IN $visible AND NOT coalesce(s.archived, false) AND ($levels IS NULL OR s.level IN $levels)
      AND all(x IN nodes(path)[..-1] WHERE x.visibility IN $visible AND NOT coalesce(x.archived, false))
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
  RETURN collect({__raw: true, score: score, reach: reach, coverage: {__raw: true, carried: n, selected: total, score: score}, space: {id: s.id, visibility: s.visibility, level: s.level, name: head(COLLECT { MATCH (s)-[:HAS_TEXT]->(t0:Text {field: 'name'})
    WITH t0, coalesce([i IN range(0, size($languages) - 1) WHERE $languages[i] = t0.lang][0], CASE WHEN t0.original THEN size($languages) END) AS rank1
    WHERE rank1 IS NOT NULL
    RETURN {text: t0.value, language: t0.lang, fallback: rank1 = size($languages) AND $language IS NOT NULL,
      draft: coalesce(t0.status = 'DRAFT', false)} AS r ORDER BY rank1, t0.lang LIMIT 1 }), place: head(COLLECT { MATCH (s)-[:LOCATED_IN]->(n2:Place) WHERE n2.visibility IN $visible AND NOT coalesce(n2.archived, false) RETURN head(COLLECT { MATCH (n2)-[:HAS_TEXT]->(t3:Text {field: 'name'})
    WITH t3, coalesce([i IN range(0, size($languages) - 1) WHERE $languages[i] = t3.lang][0], CASE WHEN t3.original THEN size($languages) END) AS rank4
    WHERE rank4 IS NOT NULL
    RETURN {text: t3.value, language: t3.lang, fallback: rank4 = size($languages) AND $language IS NOT NULL,
      draft: coalesce(t3.status = 'DRAFT', false)} AS r ORDER BY rank4, t3.lang LIMIT 1 }) AS r ORDER BY n2.id LIMIT 1})}
  , matchedMessages:
    [m IN carried[0..$matchedFirst] | m.id]
  }) AS ranked
}
RETURN missing, {} AS suggest, ranked

} RETURN ranked }), []) AS spaces, partners, risks
