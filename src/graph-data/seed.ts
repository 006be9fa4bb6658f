// The seed graph: the workshop record's seed files, validated and applied. The server calls loadSeed on an empty database.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from '../db/db.js';
import { type ApplyResult, applyGraphDocument } from './apply.js';
import { GraphDataError, type GraphDocument } from './document.js';
import { readSeedDir } from './seed-files.js';

/** The project's seeds/ folder, found from this file whether run from src/ (vitest) or dist/src/ (node). */
export const SEEDS_DIR = (() => {
  let dir = fileURLToPath(new URL('.', import.meta.url));
  for (let i = 0; i < 5; i++, dir = resolve(dir, '..')) {
    try {
      if (readdirSync(join(dir, 'seeds')).includes('source.yaml')) return join(dir, 'seeds');
    } catch {
      /* keep climbing */
    }
  }
  throw new Error('seeds/ folder not found');
})();

export const SEED_ACTOR = 'seed';

/** Reads and checks the seed files; throws GraphDataError with one line per problem. */
export function readSeed(dir = SEEDS_DIR): GraphDocument {
  const { doc, errors } = readSeedDir(dir);
  if (!doc) throw new GraphDataError(errors);
  return doc;
}

/** Validates every seed file, then writes the seed graph in one transaction. Safe to run again: nothing
 * changes unless the files did, nothing is deleted, and nodes a person edited are left alone. */
export async function loadSeed(db: Db, dir = SEEDS_DIR): Promise<ApplyResult> {
  return applyGraphDocument(db, readSeed(dir), { actor: SEED_ACTOR, seeded: true });
}
