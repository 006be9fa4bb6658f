// One batch of evidence: texts, the messages it supports, its theme, who voiced it.
UNWIND $rows AS row
CREATE (n:Evidence {id: row.id, visibility: row.visibility, version: 1, archived: row.archived, example: true, createdAt: datetime(), updatedAt: datetime()})
SET n += row.props
WITH n, row
CALL (n, row) { UNWIND row.texts AS t CREATE (n)-[:HAS_TEXT]->(x:Text:EvidenceText {field: 'text', lang: t.lang, value: t.value, folded: t.folded, original: t.original}) SET x:$(t.labels) }
CALL (n, row) { UNWIND row.supports AS mid MATCH (m:Message {id: mid}) CREATE (n)-[:SUPPORTS {basis: 'RECORD'}]->(m) }
CALL (n, row) { MATCH (t:Theme {id: row.about}) CREATE (n)-[:ABOUT {basis: 'RECORD'}]->(t) }
CALL (n, row) { MATCH (o:Organisation {id: row.voicedBy}) CREATE (n)-[:VOICED_BY {basis: 'RECORD'}]->(o) }
