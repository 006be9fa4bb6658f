// history(id): the changes recorded for a record id (of any label unless one is given), newest first,
// only those the caller's role may see.
MATCH (c:Change {subjectId: $id})
WHERE c.visibility IN $visible AND ($label IS NULL OR c.subjectLabel = $label)
RETURN c {.*} AS change
ORDER BY c.at DESC, c.id
LIMIT $first
