// One batch of messages: texts, the themes they address, the spaces that carry them.
UNWIND $rows AS row
CREATE (n:Message {id: row.id, visibility: row.visibility, version: 1, archived: row.archived, example: true, createdAt: datetime(), updatedAt: datetime()})
WITH n, row
CALL (n, row) { UNWIND row.texts AS t CREATE (n)-[:HAS_TEXT]->(x:Text:MessageText {field: 'text', lang: t.lang, value: t.value, folded: t.folded, original: t.original}) SET x:$(t.labels) }
CALL (n, row) { UNWIND row.themes AS th MATCH (t:Theme {id: th.id}) CREATE (n)-[:ADDRESSES {basis: th.basis}]->(t) }
CALL (n, row) { UNWIND row.spaces AS sid MATCH (s:Space {id: sid}) CREATE (n)-[:CARRIED_IN {basis: 'EDITORIAL'}]->(s) }
