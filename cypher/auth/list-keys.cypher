// token list: every key, oldest first; never the hash.
//@scans ApiKey
MATCH (k:ApiKey)
RETURN k.id AS id, k.label AS label, k.role AS role, k.createdAt AS createdAt, k.revokedAt AS revokedAt
ORDER BY k.createdAt, k.id
