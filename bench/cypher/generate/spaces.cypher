// Advocacy spaces with their place and the themes they cover.
UNWIND $rows AS row
CREATE (n:Space {id: row.id, visibility: row.visibility, version: 1, archived: row.archived, example: true, createdAt: datetime(), updatedAt: datetime()})
SET n += row.props
WITH n, row
CALL (n, row) { UNWIND row.texts AS t CREATE (n)-[:HAS_TEXT]->(x:Text:SpaceText {field: 'name', lang: t.lang, value: t.value, folded: t.folded, original: t.original}) SET x:$(t.labels) }
CALL (n, row) { UNWIND row.covers AS tid MATCH (t:Theme {id: tid}) CREATE (n)-[:COVERS {basis: 'EDITORIAL'}]->(t) }
CALL (n, row) { WITH row WHERE row.place IS NOT NULL MATCH (p:Place {id: row.place}) CREATE (n)-[:LOCATED_IN]->(p) }
