// Deletes a batch of expired idempotency keys (src/graphql/mutations/idempotency.ts sweeps until none are left).
MATCH (k:IdempotencyKey) WHERE k.expiresAt <= datetime()
WITH k LIMIT $batch
DELETE k
RETURN count(*) AS deleted
