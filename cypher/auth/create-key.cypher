// token create: a new key, unless an active key already has the label (labels name keys in history and on revoke).
// MERGE on the generated id keeps a retried commit from making a second key.
OPTIONAL MATCH (other:ApiKey {label: $label})
WHERE other.revokedAt IS NULL AND other.id <> $id
WITH count(other) AS taken
WHERE taken = 0
MERGE (k:ApiKey {id: $id})
  ON CREATE SET k.label = $label, k.role = $role, k.hash = $hash, k.createdAt = datetime()
RETURN k.id AS id
