// Runs a clause over every node of a label, in batches in id order (keyset, by the id constraint's index), so a large
// graph is never one transaction: what the migrations and the benchmark's bulk load use to bring kept values up to
// date (src/db/tally.ts, src/db/scope.ts).
import type { Db } from './db.js';

/** `clause(v)` is Cypher on node variable `v` that keeps the statement's rows (a unit subquery after WITH *). */
export async function inIdBatches(db: Db, label: string, clause: (v: string) => string, batch = 5000): Promise<void> {
  for (let after = ''; ;) {
    const [{ last }] = await db.raw<{ last: string | null }>(
      `MATCH (n:${label}) WHERE n.id > $after WITH n ORDER BY n.id LIMIT $batch
      ${clause('n')}
      RETURN max(n.id) AS last`,
      { after, batch },
    );
    if (last === null) return;
    after = last;
  }
}
