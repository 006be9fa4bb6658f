// Versioned migrations from cypher/migrations/NNNN_name.cypher, applied in order, each once, recorded as (:Migration).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CYPHER_DIR } from './cypher-registry.js';
import type { Db } from './db.js';

export interface Migration { version: number; name: string; statements: string[]; checksum: string }

export function readMigrations(dir = join(CYPHER_DIR, 'migrations')): Migration[] {
  return readdirSync(dir).filter((f) => /^\d{4}_.+\.cypher$/.test(f)).sort().map((file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const statements = text.split(/;\s*(?:\n|$)/).map((s) => s.replace(/^\s*\/\/.*$/gm, '').trim()).filter(Boolean);
    return { version: Number(file.slice(0, 4)), name: file.replace(/\.cypher$/, ''), statements, checksum: createHash('sha256').update(text).digest('hex') };
  });
}

/** Applies the migrations not yet recorded; returns the names applied. Schema statements cannot share a transaction with writes, so each runs alone. */
export async function migrate(db: Db): Promise<string[]> {
  const done = new Set((await db.raw<{ version: number }>('MATCH (m:Migration) RETURN m.version AS version', {}, 'READ')).map((r) => r.version));
  const applied: string[] = [];
  for (const m of readMigrations()) {
    if (done.has(m.version)) continue;
    for (const s of m.statements) await db.raw(s);
    await db.raw('MERGE (m:Migration {version: $version}) ON CREATE SET m.name = $name, m.checksum = $checksum, m.appliedAt = datetime()',
      { version: m.version, name: m.name, checksum: m.checksum });
    applied.push(m.name);
  }
  await db.raw('CALL db.awaitIndexes(300)', {}, 'READ');
  return applied;
}
