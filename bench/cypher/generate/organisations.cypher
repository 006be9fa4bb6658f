// Partner organisations, where they are based and what they work on.
UNWIND $rows AS row
CREATE (n:Organisation {id: row.id, visibility: row.visibility, version: 1, archived: row.archived, example: true, createdAt: datetime(), updatedAt: datetime()})
SET n += row.props
WITH n, row
CALL (n, row) { UNWIND row.texts AS t CREATE (n)-[:HAS_TEXT]->(x:Text:OrganisationText {field: 'name', lang: t.lang, value: t.value, folded: t.folded, original: t.original}) SET x:$(t.labels) }
CALL (n, row) { MATCH (p:Place {id: row.place}) CREATE (n)-[:BASED_IN {basis: 'EDITORIAL'}]->(p) }
CALL (n, row) { UNWIND row.worksOn AS tid MATCH (t:Theme {id: tid}) CREATE (n)-[:WORKS_ON {basis: 'EDITORIAL'}]->(t) }
