// Export: the relationships leaving the records of one label ({{label}}, a fixed name) to records of the
// document's labels, both ends readable by the role and not archived. With $prefix: those with at least one
// end in it, so links to shared records (the seed's themes) come along.
//@slot label=Theme
//@scans Theme
MATCH (a:{{label}})-[r]->(b)
WHERE type(r) IN $types AND a.visibility IN $visible AND NOT coalesce(a.archived, false)
  AND any(l IN labels(b) WHERE l IN $labels) AND b.visibility IN $visible AND NOT coalesce(b.archived, false)
  AND ($prefix IS NULL OR a.id STARTS WITH $prefix OR b.id STARTS WITH $prefix)
RETURN type(r) AS type, a.id AS fromId, [l IN labels(b) WHERE l IN $labels][0] AS toLabel, b.id AS toId, r.basis AS basis
ORDER BY type, fromId, toLabel, toId
