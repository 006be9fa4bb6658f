// The active key with this hash, if any (a revoked key is as good as none).
MATCH (k:ApiKey {hash: $hash})
WHERE k.revokedAt IS NULL
RETURN k.id AS id, k.label AS label, k.role AS role
