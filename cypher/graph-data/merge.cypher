// Merges relationships of one type of a graph document between nodes resolved to element ids in this transaction.
// One template: the registry makes graph-data/merge-<type> of it for each relationship type of the model
// (src/graph-data/model.ts), the type written into the text, because Neo4j 5.26 plans
// MERGE (a)-[:$(type)]->(b) with a scan of the relationships instead of expanding from a.
// Properties are updated only on relationships that are ours ($seeded matches) and that no person edited.
// The tally slot: for the links a message's counts follow (src/model/tally.ts), those of the message `a`.
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.from
MATCH (b) WHERE elementId(b) = row.to
OPTIONAL MATCH (a)-[old:{{type}}]->(b)
WITH a, b, row, old IS NULL AS isNew,
     old IS NOT NULL AND old.editedAt IS NULL AND coalesce(old.seeded, false) = $seeded
       AND any(k IN keys(row.props) WHERE old[k] IS NULL OR old[k] <> row.props[k]) AS mustUpdate
MERGE (a)-[rel:{{type}}]->(b)
  ON CREATE SET rel += row.props, rel.seeded = $seeded, rel.createdAt = datetime(), rel.updatedAt = datetime(),
    rel.createdBy = $actor, rel.updatedBy = $actor
WITH a, rel, row, isNew, mustUpdate
CALL (rel, row, mustUpdate) {
  WITH rel, row WHERE mustUpdate
  SET rel += row.props, rel.updatedAt = datetime(), rel.updatedBy = $actor
}
{{tally}}
RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS created, sum(CASE WHEN mustUpdate THEN 1 ELSE 0 END) AS updated, count(*) AS total
