// token revoke: the active key with this label (or id) stops working; the node stays for history.
MATCH (k:ApiKey)
WHERE (k.label = $ref OR k.id = $ref) AND k.revokedAt IS NULL
SET k.revokedAt = datetime()
RETURN k.id AS id, k.label AS label, k.hash AS hash
