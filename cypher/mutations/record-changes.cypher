// History for bulk imports: one Change per imported record, in the same transaction as the import, its JSON
// from history-record.ts stateJson. API mutations record their Change in their own write statement instead
// (compile.ts recordChangeClause). MERGE on the id, so a retried commit finds the record instead of adding another.
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
