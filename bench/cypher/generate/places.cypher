// Places, then PART_OF to the places created before them (countries come first, then regions, then cities).
UNWIND $rows AS row
CREATE (n:Place {id: row.id, visibility: row.visibility, version: 1, archived: row.archived, example: true, createdAt: datetime(), updatedAt: datetime()})
SET n += row.props
WITH n, row
CALL (n, row) { UNWIND row.texts AS t CREATE (n)-[:HAS_TEXT]->(x:Text:PlaceText {field: 'name', lang: t.lang, value: t.value, folded: t.folded, original: t.original}) SET x:$(t.labels) }
CALL (n, row) { UNWIND row.partOf AS pid MATCH (p:Place {id: pid}) CREATE (n)-[:PART_OF]->(p) }
