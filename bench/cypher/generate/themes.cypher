// Themes with their name texts (clean database: CREATE, not MERGE).
UNWIND $rows AS row
CREATE (n:Theme {id: row.id, visibility: row.visibility, version: 1, archived: row.archived, example: true, createdAt: datetime(), updatedAt: datetime()})
WITH n, row
CALL (n, row) { UNWIND row.texts AS t CREATE (n)-[:HAS_TEXT]->(x:Text:ThemeText {field: 'name', lang: t.lang, value: t.value, folded: t.folded, original: t.original}) SET x:$(t.labels) }
