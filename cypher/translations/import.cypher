// Translations brought back from a translator's file, all-or-nothing: each unit's record ($units[].eid, null
// when no record has that kind and id) must be one the caller may see (else NOT_FOUND, as for a record that
// does not exist) and have an original for the field in another language; if any unit fails, nothing is
// written and the problems come back with the unit's place. A text is written only when its value or status
// changes (an unchanged text keeps its translator), and marked as edited by a person (editedAt) so the seed
// leaves it alone. The record's version moves once; the scope slot (src/model/scope.ts) makes the new texts
// findable by those who may see the record. Returns each record written with its texts in $language before and
// after, for history.
UNWIND $units AS u
OPTIONAL MATCH (n) WHERE elementId(n) = u.eid AND n.visibility IN $visible AND NOT coalesce(n.archived, false)
OPTIONAL MATCH (n)-[:HAS_TEXT]->(o:Text {field: u.field, original: true})
WITH u, n, CASE WHEN n IS NULL THEN 'NOT_FOUND' WHEN o IS NULL THEN 'NO_TEXT' WHEN o.lang = $language THEN 'ORIGINAL' END AS problem
WITH collect({u: u, n: n, problem: problem}) AS rows
WITH rows, [r IN rows WHERE r.problem IS NOT NULL | {place: r.u.place, problem: r.problem}] AS problems
CALL (rows, problems) {
  WITH rows WHERE size(problems) = 0
  UNWIND rows AS r
  WITH r.n AS n, r.u AS u
  OPTIONAL MATCH (n)-[:HAS_TEXT]->(old:Text {field: u.field, lang: $language})
  WITH n, u, old {.field, .value, .status, .translator} AS before
  WHERE before IS NULL OR before.value <> u.value OR coalesce(before.status, '') <> u.status
  MERGE (n)-[:HAS_TEXT]->(t:Text {field: u.field, lang: $language})
  SET t.value = u.value, t.folded = u.folded, t.original = false, t.status = u.status, t.translator = u.translator,
    t.editedAt = datetime(), t.editedBy = $actor, t:$(u.labels)
  WITH n, u.kind AS kind, collect(before) AS before, collect(t {.field, .value, .status, .translator}) AS after
  SET n.version = n.version + 1, n.updatedAt = datetime(), n.updatedBy = $actor
  {{scope}}
  RETURN collect({eid: elementId(n), kind: kind, id: n.id, visibility: n.visibility, before: before, after: after}) AS written
}
RETURN problems, written
