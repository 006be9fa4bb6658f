// What every resolver gets: the database and who is asking (which decides what they may see).
import type { Db } from '../db/db.js';
import type { Viewer } from '../domain/viewer.js';

export interface Context {
  db: Db;
  viewer: Viewer;
  /** The request's Idempotency-Key header, if sent (see mutations/idempotency.ts). */
  idempotency?: IdempotencyHeader;
}

/** The header as the request brought it (checked only when a mutation uses it) and how long a claim lasts. */
export interface IdempotencyHeader {
  key: string;
  ttlSeconds: number;
}
