// Merges SITE relationships of a graph document between nodes resolved to element ids in this transaction.
// Static type on purpose: Neo4j 5.26 plans MERGE ()-[:$(type)]->() as a scan of all relationships.
// Every merge-*.cypher is this text with another type (checked by tests/seed/cypher-files.test.ts).
// Properties are updated only on relationships that are ours ($seeded matches) and that no person edited.
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.from
MATCH (b) WHERE elementId(b) = row.to
OPTIONAL MATCH (a)-[old:SITE]->(b)
WITH a, b, row, old IS NULL AS isNew,
     old IS NOT NULL AND old.editedAt IS NULL AND coalesce(old.seeded, false) = $seeded
       AND any(k IN keys(row.props) WHERE old[k] IS NULL OR old[k] <> row.props[k]) AS mustUpdate
MERGE (a)-[rel:SITE]->(b)
  ON CREATE SET rel += row.props, rel.seeded = $seeded, rel.createdAt = datetime(), rel.updatedAt = datetime(),
    rel.createdBy = $actor, rel.updatedBy = $actor
WITH rel, row, isNew, mustUpdate
CALL (rel, row, mustUpdate) {
  WITH rel, row WHERE mustUpdate
  SET rel += row.props, rel.updatedAt = datetime(), rel.updatedBy = $actor
}
RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS created, sum(CASE WHEN mustUpdate THEN 1 ELSE 0 END) AS updated, count(*) AS total
