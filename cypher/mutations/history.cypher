// history(id): the changes recorded for a record id (of any label unless one is given), newest first, only
// those the caller's role may see: each change's own visibility (the stricter of before and after), and none
// at all while the record itself is now hidden from the caller (made RESTRICTED later).
MATCH (c:Change {subjectId: $id})
WHERE c.visibility IN $visible AND ($label IS NULL OR c.subjectLabel = $label)
  AND NOT EXISTS { MATCH (c)-[:CHANGED]->(n) WHERE NOT n.visibility IN $visible }
RETURN c {.*} AS change
ORDER BY c.at DESC, c.id
LIMIT $first
