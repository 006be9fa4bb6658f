// Versioned migrations from cypher/migrations/NNNN_name.cypher, and the few that need JavaScript (below), applied
// in order, each once, recorded as (:Migration).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CYPHER_DIR } from './cypher-registry.js';
import type { Db } from './db.js';
import { fold, LANGUAGE_LABELS } from './fold.js';
import { fillScopes } from './scope.js';
import { recountTallies } from './tally.js';

export interface Migration {
  version: number;
  name: string;
  statements: string[];
  checksum: string;
}

export function readMigrations(dir = join(CYPHER_DIR, 'migrations')): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_.+\.cypher$/.test(f))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const statements = text
        .split(/;\s*(?:\n|$)/)
        .map((s) => s.replace(/^\s*\/\/.*$/gm, '').trim())
        .filter(Boolean);
      return {
        version: Number(file.slice(0, 4)),
        name: file.replace(/\.cypher$/, ''),
        statements,
        checksum: createHash('sha256').update(text).digest('hex'),
      };
    });
}

/** 0004: texts written before Text.folded existed get it (Cypher cannot fold accents the way src/db/fold.ts does).
 * Streamed in batches, so a large graph's texts are never all in memory. */
export async function foldTexts(db: Db): Promise<void> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'READ' });
  let rows: Array<{ id: string; folded: string }> = [];
  const flush = async () => {
    if (rows.length)
      await db.raw('UNWIND $rows AS r MATCH (t:Text) WHERE elementId(t) = r.id SET t.folded = r.folded', { rows });
    rows = [];
  };
  try {
    for await (const r of session.run(
      'MATCH (t:Text) WHERE t.folded IS NULL RETURN elementId(t) AS id, t.value AS value',
    )) {
      rows.push({ id: r.get('id') as string, folded: fold(String(r.get('value') ?? '')) });
      if (rows.length >= 5000) await flush();
    }
    await flush();
  } finally {
    await session.close();
  }
}

/** 0007: texts get the label of their language's full-text index (migration 0008), as every write path now sets
 * it (src/db/fold.ts, withFolded). In batches, so a large graph is never labelled in one transaction. */
async function labelTexts(db: Db): Promise<void> {
  for (const [code, label] of Object.entries(LANGUAGE_LABELS)) {
    for (;;) {
      const [{ n }] = await db.raw<{ n: number }>(
        `MATCH (t:Text) WHERE (t.lang = $code OR t.lang STARTS WITH $code + '-') AND NOT $label IN labels(t)
        WITH t LIMIT 10000 SET t:$($label) RETURN count(t) AS n`,
        { code, label },
      );
      if (n === 0) break;
    }
  }
}

const CODE_MIGRATIONS = [
  { version: 4, name: '0004_folded_texts', checksum: 'code', run: foldTexts },
  { version: 7, name: '0007_language_labels', checksum: 'code', run: labelTexts },
  // 0010: the counts of migration 0009's node and of each space, for the messages already there.
  { version: 10, name: '0010_tally_counts', checksum: 'code', run: (db: Db) => recountTallies(db) },
  // 0011: who may find each text, for the texts already there; 0012 indexes it.
  { version: 11, name: '0011_text_scope', checksum: 'code', run: (db: Db) => fillScopes(db) },
];

/** Applies the migrations not yet recorded; returns the names applied. Schema statements cannot share a transaction with writes, so each runs alone. */
export async function migrate(db: Db): Promise<string[]> {
  const done = new Set(
    (await db.raw<{ version: number }>('MATCH (m:Migration) RETURN m.version AS version', {}, 'READ')).map(
      (r) => r.version,
    ),
  );
  const applied: string[] = [];
  const all = [
    ...readMigrations().map((m) => ({
      ...m,
      run: async (d: Db) => {
        for (const s of m.statements) await d.raw(s);
      },
    })),
    ...CODE_MIGRATIONS,
  ].sort((a, b) => a.version - b.version);
  for (const m of all) {
    if (done.has(m.version)) continue;
    await m.run(db);
    await db.raw(
      'MERGE (m:Migration {version: $version}) ON CREATE SET m.name = $name, m.checksum = $checksum, m.appliedAt = datetime()',
      { version: m.version, name: m.name, checksum: m.checksum },
    );
    applied.push(m.name);
  }
  await db.awaitIndexes(300);
  return applied;
}
