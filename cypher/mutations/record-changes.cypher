// History: one Change per changed record, in the same transaction as the change. MERGE on the id, which is
// the request id for API writes, so a retried commit finds the record it wrote instead of adding another.
// subjectId stays when the record is purged; visibility is the stricter of before and after, so history
// shows a reader only what the record itself would have shown them.
UNWIND $changes AS ch
MERGE (c:Change {id: ch.id})
  ON CREATE SET c.at = datetime(), c.actorLabel = $actorLabel, c.actorRole = $actorRole, c.action = ch.action,
    c.subjectLabel = ch.subjectLabel, c.subjectId = ch.subjectId, c.before = ch.before, c.after = ch.after,
    c.visibility = ch.visibility
WITH c, ch
CALL (c, ch) {
  MATCH (n) WHERE elementId(n) = ch.eid
  MERGE (c)-[:CHANGED]->(n)
}
RETURN c {.*} AS change
