// Brings every text's scope (src/model/scope.ts) up to date: migration 0011 on a graph written before scopes, and
// the benchmark after its bulk load (which writes outside the API). Record by record in id order, in batches, so a
// large graph is never one transaction; a text already up to date is left alone.
import { LABELS } from '../model/derived.js';
import { scopeClause } from '../model/scope.js';
import type { Db } from './db.js';

export async function fillScopes(db: Db, batch = 5000): Promise<void> {
  for (const label of LABELS) {
    for (let after = ''; ;) {
      const [{ last }] = await db.raw<{ last: string | null }>(
        `MATCH (n:${label}) WHERE n.id > $after WITH n ORDER BY n.id LIMIT $batch
        ${scopeClause('n')}
        RETURN max(n.id) AS last`,
        { after, batch },
      );
      if (last === null) break;
      after = last;
    }
  }
}
