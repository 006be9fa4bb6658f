// Floor: a new message with its texts, addressing the given themes (the benchmark deletes its writes afterwards).
CREATE (m:Message {id: $id, visibility: $visibility, version: 1, archived: false, example: true, createdAt: datetime(), updatedAt: datetime()})
WITH m
CALL (m) { UNWIND $texts AS t CREATE (m)-[:HAS_TEXT]->(:Text:MessageText {field: 'text', lang: t.lang, value: t.value, original: t.original}) }
CALL (m) { MATCH (t:Theme) WHERE t.id IN $themes CREATE (m)-[:ADDRESSES {basis: 'EDITORIAL'}]->(t) }
RETURN m.id AS id
