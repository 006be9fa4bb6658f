// Deletes one record and its texts for good (admins only, archived or not). Its Change records stay:
// they keep subjectId (the PURGE Change is recorded here, unlinked), so history(id) still tells what it was and who removed it.
// They lose their link to the record, which history used to hide them while the record is hidden from the
// reader: so each takes the record's last visibility first (slot stricter: the stricter of the two), and the
// text of a record made RESTRICTED stays RESTRICTED once it is gone.
//@slot stricter=c.visibility
//@slot label=Message
//@slot tally=CALL (n) { MATCH (n)-[c:CARRIED_IN]->(s:Space) MATCH (total:Tally {id: 'messages'}) SET s.tally = c.tally, total.tally = n.tally }
//@slot record=OPTIONAL MATCH (change:Change {id: $requestId})
OPTIONAL MATCH (done:Change {id: $requestId})
OPTIONAL MATCH (n:{{label}} {id: $id})
WITH done, n, CASE WHEN done IS NOT NULL THEN 'DONE' WHEN n IS NULL THEN 'NOT_FOUND' ELSE 'OK' END AS status
WITH n, status, CASE WHEN status = 'OK' THEN {{before}} END AS before, CASE WHEN status = 'OK' THEN n.visibility END AS visibility
CALL (n, status) {
  WITH n WHERE status = 'OK'
  CALL (n) {
    MATCH (c:Change)-[:CHANGED]->(n)
    SET c.visibility = {{stricter}}
  }
  CALL (n) {
    MATCH (n)-[:HAS_TEXT]->(t:Text)
    DETACH DELETE t
  }
  // A message is counted out of the counts (src/model/tally.ts) before it goes.
  {{tally}}
  DETACH DELETE n
}
WITH status, before, null AS after
{{record}}
RETURN status, [] AS missing, null AS currentVersion, null AS node, {{change}} AS change
