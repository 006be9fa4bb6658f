// Brings every text's scope (src/model/scope.ts) up to date: migration 0011 on a graph written before scopes, and
// the benchmark after its bulk load (which writes outside the API). A text already up to date is left alone.
import { LABELS } from '../model/derived.js';
import { scopeClause } from '../model/scope.js';
import type { Db } from './db.js';
import { inIdBatches } from './id-batches.js';

export async function fillScopes(db: Db): Promise<void> {
  for (const label of LABELS) await inIdBatches(db, label, scopeClause);
}
