// GET /health/ready: 200 only when the database answers a read (Bolt connectivity alone came back seconds before
// queries did), 503 while it does not and while the server drains. After a recovery the statements are warmed in
// the background, not behind a 503: Neo4j's plan cache is shared by every replica, and under load the warm-up took
// over a minute while queries were already answered (every replica out of rotation for nothing).
import type { RequestHandler } from 'express';
import type { Db } from '../db/db.js';
import { logger } from '../logger.js';

export interface ReadinessDeps {
  db: Db;
  /** The probe's own bound: a load balancer must get an answer, not a hanging request. */
  timeoutMs: number;
  draining: () => boolean;
  /** Started once the database answers again after it did not (plans are cold after a Neo4j restart). */
  warmUp?: (db: Db) => Promise<void>;
}

export function readiness({ db, timeoutMs, draining, warmUp }: ReadinessDeps): RequestHandler {
  let up = true;
  let warming: Promise<void> | null = null;
  return async (_req, res) => {
    if (draining()) return void res.status(503).json({ status: 'draining', neo4j: 'unknown' });
    const answers = await db.answers(timeoutMs);
    if (answers && !up && warmUp && !warming) {
      warming = warmUp(db)
        .catch((e: unknown) => logger.error('warm-up failed', { message: (e as Error)?.message }))
        .finally(() => {
          warming = null;
        });
    }
    up = answers;
    if (!answers) return void res.status(503).json({ status: 'unavailable', neo4j: 'down' });
    res.json({ status: 'ok', neo4j: 'up', ...(warming ? { plans: 'warming' } : {}) });
  };
}
