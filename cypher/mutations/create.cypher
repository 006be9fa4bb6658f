// Creates one record with its texts and links: every check first, the write only when all pass (status OK),
// so a failed check writes nothing; the same statement records the Change (history), so a mutation is one
// statement. A retry of a committed request finds its Change (status DONE) and
// returns the record instead of failing on the taken id. The id is looked at last (EXISTS after MISSING): an
// otherwise invalid input gets the same answer whether its id is free or taken by a record the caller may
// not see. Slots: the label and text label are fixed names from src/graphql/mutations/records.ts; missing,
// links, after and record (the Change) are compiled in mutations/compile.ts, node (the result, as the read
// queries project it) in projection/entities.ts; change stays null (a create answers with the record); tally (a
// message's counts, src/model/tally.ts) and scope (who may find its texts, src/model/scope.ts) in write.ts.
//@slot label=Message
//@slot textLabel=MessageText
//@slot missing=[i IN $ids WHERE NOT EXISTS { MATCH (x:Theme {id: i}) } | 'theme "' + i + '"']
//@slot links=WITH n CALL (n) { UNWIND $ids AS i MATCH (x:Theme {id: i}) MERGE (n)-[r:ADDRESSES]->(x) }
//@slot tally=CALL (n) { MATCH (n)-[c:CARRIED_IN]->(s:Space) MATCH (total:Tally {id: 'messages'}) SET s.tally = c.tally, total.tally = n.tally }
//@slot scope=WITH * CALL (n) { MATCH (n)-[:HAS_TEXT]->(t:Text) SET t.scope = 'vpublic kmessage lfr' }
//@slot record=OPTIONAL MATCH (change:Change {id: $requestId})
OPTIONAL MATCH (done:Change {id: $requestId})
OPTIONAL MATCH (taken:{{label}} {id: $id})
WITH done, taken, {{missing}} AS missing
WITH missing, CASE WHEN done IS NOT NULL THEN 'DONE' WHEN size(missing) > 0 THEN 'MISSING' WHEN taken IS NOT NULL THEN 'EXISTS' ELSE 'OK' END AS status
CALL (status) {
  WITH status WHERE status = 'OK'
  CREATE (n:{{label}} {id: $id})
  SET n += $props, n.visibility = $visibility, n.version = 1, n.archived = false, n.seeded = false,
    n.createdAt = datetime(), n.updatedAt = datetime(), n.createdBy = $actor, n.updatedBy = $actor,
    n.editedAt = datetime(), n.editedBy = $actor, n.requestId = $requestId
  WITH n
  CALL (n) {
    UNWIND $texts AS t
    CREATE (n)-[:HAS_TEXT]->(x:Text:{{textLabel}})
    SET x = t {.field, .lang, .value, .folded, .original}, x.editedAt = datetime(), x:$(t.labels)
  }
  {{links}}
  {{tally}}
  {{scope}}
}
// On a retry (DONE) the record is returned only if the caller may still see it (it may have been hidden since).
OPTIONAL MATCH (n:{{label}} {id: $id}) WHERE status = 'OK' OR (status = 'DONE' AND n.visibility IN $visible AND NOT coalesce(n.archived, false))
WITH status, missing, n, null AS before, CASE WHEN status = 'OK' THEN {{after}} END AS after
{{record}}
RETURN status, missing, n.version AS currentVersion, {{node}} AS node, {{change}} AS change
