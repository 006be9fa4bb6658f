// Removes what the write workload created (messages with the bench prefix, their texts and history records).
CALL () {
  MATCH (m:Message) WHERE m.id STARTS WITH $prefix
  OPTIONAL MATCH (m)-[:HAS_TEXT]->(t:Text)
  DETACH DELETE t, m
}
CALL () {
  MATCH (c:Change) WHERE c.subjectId STARTS WITH $prefix
  DETACH DELETE c
}
