// Upserts nodes of one label of a graph document with their texts, by id (index-backed MERGE).
// One template: the registry makes graph-data/upsert-<label> of it for each label of the model
// (src/graph-data/model.ts), the label written into the text, because Neo4j 5.26 plans
// MERGE (n:$(label)) as a scan of every node instead of a seek in the label's id constraint.
// A node is updated only if it is ours ($seeded matches) and no person edited it (editedAt unset);
// version and updatedAt move only when something actually changed, so a second run is a no-op.
// The tally slot: for messages, their counts (src/model/tally.ts); scope: who may find the texts (src/model/scope.ts).
UNWIND $rows AS row
OPTIONAL MATCH (old:{{label}} {id: row.id})
WITH row, old IS NULL AS isNew,
     old IS NOT NULL AND old.editedAt IS NULL AND coalesce(old.seeded, false) = $seeded AS mayUpdate
MERGE (n:{{label}} {id: row.id})
  ON CREATE SET n += row.props, n.visibility = row.visibility, n.version = 1, n.archived = false, n.seeded = $seeded,
    n.createdAt = datetime(), n.updatedAt = datetime(), n.createdBy = $actor, n.updatedBy = $actor
WITH n, row, isNew, mayUpdate,
     mayUpdate AND (n.visibility <> row.visibility OR any(k IN keys(row.props) WHERE n[k] IS NULL OR n[k] <> row.props[k])) AS propsChanged
CALL (n, row, isNew, mayUpdate) {
  UNWIND row.texts AS text
  OPTIONAL MATCH (n)-[:HAS_TEXT]->(old:{{textLabel}} {field: text.field, lang: text.lang})
  WITH n, text, old
  WHERE (isNew OR mayUpdate)
    AND (old IS NULL OR (old.editedAt IS NULL AND (old.value <> text.value OR old.original <> text.original
      OR coalesce(old.status, '') <> coalesce(text.status, '') OR coalesce(old.translator, '') <> coalesce(text.translator, ''))))
  MERGE (n)-[:HAS_TEXT]->(t:Text:{{textLabel}} {field: text.field, lang: text.lang})
  SET t.value = text.value, t.folded = text.folded, t.original = text.original, t.status = text.status,
    t.translator = text.translator, t:$(text.labels)
  RETURN count(t) AS textsWritten
}
WITH n, row, isNew, propsChanged OR (mayUpdate AND textsWritten > 0) AS changed, mayUpdate
CALL (n, row, changed) {
  WITH n, row WHERE changed
  SET n += row.props, n.visibility = row.visibility, n.version = coalesce(n.version, 0) + 1,
    n.updatedAt = datetime(), n.updatedBy = $actor
}
{{tally}}
{{scope}}
RETURN row.id AS id, elementId(n) AS eid,
  CASE WHEN isNew THEN 'created' WHEN changed THEN 'updated' WHEN mayUpdate THEN 'unchanged' ELSE 'kept' END AS outcome
