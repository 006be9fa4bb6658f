// Counts every message into the counts advocacySpaces reads (src/model/tally.ts), from nothing: migration 0010 on a
// graph written before them, and the benchmark after its bulk load (which writes outside the API). Not while others
// write: a write between two batches would be counted twice. In batches, so a large graph is never one transaction.
import { TALLY_NODE, tallyClause } from '../model/tally.js';
import type { Db } from './db.js';

export async function recountTallies(db: Db, batch = 5000): Promise<void> {
  await db.raw('MATCH (s:Space) REMOVE s.tally');
  await db.raw(`MERGE ${TALLY_NODE} SET total.tally = []`);
  for (let after = ''; ;) {
    const [{ last }] = await db.raw<{ last: string | null }>(
      `MATCH (m:Message) WHERE m.id > $after WITH m ORDER BY m.id LIMIT $batch
      ${tallyClause('m', 'recount')}
      RETURN max(m.id) AS last`,
      { after, batch },
    );
    if (last === null) return;
    after = last;
  }
}
