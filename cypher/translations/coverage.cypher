// translationCoverage(language): each text field of the records the caller may see, by kind: written in
// $language (ORIGINAL), translated and reviewed (a translation without a status, written with the record,
// counts as reviewed), a draft translation, or missing; the missing ones listed by record and field.
// Every original text is read (a coverage counts the whole graph), from the Text label.
//@scans Text
MATCH (o:Text {original: true})<-[:HAS_TEXT]-(n)
WHERE n.visibility IN $visible AND NOT coalesce(n.archived, false)
WITH n, o, [l IN labels(n) WHERE l IN $labels][0] AS kind
WHERE kind IS NOT NULL
OPTIONAL MATCH (n)-[:HAS_TEXT]->(t:Text {field: o.field, lang: $language})
WITH kind, n.id AS id, o.field AS field,
  CASE WHEN o.lang = $language THEN 'ORIGINAL' WHEN t IS NULL THEN 'MISSING' WHEN t.status = 'DRAFT' THEN 'DRAFT'
    ELSE 'REVIEWED' END AS state
ORDER BY kind, id, field
WITH kind, collect({recordId: id, field: field, state: state}) AS texts
RETURN kind, size(texts) AS texts,
  size([x IN texts WHERE x.state = 'ORIGINAL']) AS original,
  size([x IN texts WHERE x.state = 'REVIEWED']) AS reviewed,
  size([x IN texts WHERE x.state = 'DRAFT']) AS draft,
  [x IN texts WHERE x.state = 'MISSING' | x {.recordId, .field}] AS missingTexts
ORDER BY kind
