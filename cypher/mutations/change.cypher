// Changes one existing record the caller may see: properties, visibility, translations, links or archiving.
// Checks first (status NOT_FOUND, STALE or MISSING writes nothing); a retry of a committed request finds
// its Change (DONE). Every change moves version by one and marks the record as edited by a person
// (editedAt), so the seed loader leaves it alone. The Change is recorded in this statement too. Slots: see create.cypher.
//@variants visibility,texts | archive
//@slot label=Message
//@slot textLabel=MessageText
//@slot missing=[i IN $ids WHERE NOT EXISTS { MATCH (x:Theme {id: i}) } | 'theme "' + i + '"']
//@slot links=WITH n CALL (n) { UNWIND $ids AS i MATCH (x:Theme {id: i}) MERGE (n)-[r:ADDRESSES]->(x) }
//@slot tally=CALL (n) { MATCH (n)-[c:CARRIED_IN]->(s:Space) MATCH (total:Tally {id: 'messages'}) SET s.tally = c.tally, total.tally = n.tally }
//@slot scope=WITH * CALL (n) { MATCH (n)-[:HAS_TEXT]->(t:Text) SET t.scope = 'vpublic kmessage lfr' }
//@slot record=OPTIONAL MATCH (change:Change {id: $requestId})
OPTIONAL MATCH (done:Change {id: $requestId})
OPTIONAL MATCH (n:{{label}} {id: $id}) WHERE n.visibility IN $visible AND NOT coalesce(n.archived, false)
// Lock the record before reading its version: of two edits sent with the same version, the second waits
// here and then sees the first one's version (STALE) instead of overwriting it.
CALL (n) {
  WITH n WHERE n IS NOT NULL
  SET n._lock = true
  REMOVE n._lock
}
WITH done, n, {{missing}} AS missing
WITH n, missing, CASE WHEN done IS NOT NULL THEN 'DONE' WHEN n IS NULL THEN 'NOT_FOUND' WHEN n.version <> $version THEN 'STALE'
  WHEN size(missing) > 0 THEN 'MISSING' ELSE 'OK' END AS status
WITH n, missing, status, CASE WHEN status = 'OK' THEN {{before}} END AS before
CALL (n, status) {
  WITH n WHERE status = 'OK'
  SET n += $props, n.version = n.version + 1, n.updatedAt = datetime(), n.updatedBy = $actor,
    n.editedAt = datetime(), n.editedBy = $actor
  //#if visibility
  SET n.visibility = $visibility
  //#endif
  //#if archive
  SET n.archived = true
  //#endif
  //#if texts
  WITH n
  CALL (n) {
    UNWIND $texts AS t
    MERGE (n)-[:HAS_TEXT]->(x:Text:{{textLabel}} {field: t.field, lang: t.lang})
      ON CREATE SET x.original = false
    SET x.value = t.value, x.folded = t.folded, x.editedAt = datetime(), x:$(t.labels)
  }
  //#endif
  {{links}}
  {{tally}}
  {{scope}}
}
WITH status, missing, n, before, CASE WHEN status = 'OK' THEN {{after}} END AS after
{{record}}
RETURN status, missing, n.version AS currentVersion, {{node}} AS node, {{change}} AS change
