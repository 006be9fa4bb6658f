// history(id): the changes recorded for a record id (of any label unless one is given), newest first, only
// those the caller's role may see: each change's own visibility (the stricter of before and after; purge
// raises it to the record's last one), and none at all while the record itself is now hidden from the caller
// (made RESTRICTED later). The change slot cuts each change's links to the targets the caller may see now
// (mutations/change-links.ts); a link or unlink that then shows no difference is left out.
MATCH (c:Change {subjectId: $id})
WHERE c.visibility IN $visible AND ($label IS NULL OR c.subjectLabel = $label)
  AND NOT EXISTS { MATCH (c)-[:CHANGED]->(n) WHERE NOT n.visibility IN $visible }
WITH c, {{change}} AS change
WHERE NOT (c.action IN ['LINK', 'UNLINK'] AND change.links[0] = change.links[1])
RETURN change
ORDER BY c.at DESC, c.id
LIMIT $first
