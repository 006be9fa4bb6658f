// What every resolver gets: the database and who is asking (which decides what they may see).
import type { Db } from '../db/db.js';
import type { Viewer } from '../domain/viewer.js';
import type { IdempotencyHeader } from './mutations/idempotency.js';

export interface Context {
  db: Db;
  viewer: Viewer;
  /** The request's Idempotency-Key header, if sent (see mutations/idempotency.ts). */
  idempotency?: IdempotencyHeader;
}
