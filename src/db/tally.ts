// Counts every message into the counts advocacySpaces reads (src/model/tally.ts), from nothing: migration 0010 on a
// graph written before them, and the benchmark after its bulk load (which writes outside the API). Not while others
// write: a write between two batches would be counted twice.
import { TALLY_NODE, tallyClause } from '../model/tally.js';
import type { Db } from './db.js';
import { inIdBatches } from './id-batches.js';

export async function recountTallies(db: Db): Promise<void> {
  await db.raw('MATCH (s:Space) REMOVE s.tally');
  await db.raw(`MERGE ${TALLY_NODE} SET total.tally = []`);
  await inIdBatches(db, 'Message', (m) => tallyClause(m, 'recount'));
}
