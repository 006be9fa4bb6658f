// Claims an idempotency key in the write's transaction, before the write. MERGE on the constrained id: a second
// request with the key waits here until the first commits or rolls back, then finds its claim. An expired claim
// is taken over as new. `same` is false when the key was claimed for a different request (the caller refuses it).
MERGE (k:IdempotencyKey {id: $id})
  ON CREATE SET k.fingerprint = $fingerprint, k.createdAt = datetime(), k.expiresAt = datetime() + duration({seconds: $ttlSeconds})
WITH k, k.expiresAt <= datetime() AS expired
CALL (k, expired) {
  WITH k WHERE expired
  SET k.fingerprint = $fingerprint, k.createdAt = datetime(), k.expiresAt = datetime() + duration({seconds: $ttlSeconds})
}
RETURN k.fingerprint = $fingerprint AS same
