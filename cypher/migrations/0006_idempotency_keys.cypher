// Idempotency keys (src/graphql/mutations/idempotency.ts): one node per caller and key, claimed with MERGE in the
// write's own transaction, so the constraint is what makes two concurrent claims of one key wait for each other.
CREATE CONSTRAINT idempotency_key_id IF NOT EXISTS FOR (n:IdempotencyKey) REQUIRE n.id IS UNIQUE;
CREATE INDEX idempotency_key_expires IF NOT EXISTS FOR (n:IdempotencyKey) ON (n.expiresAt);
