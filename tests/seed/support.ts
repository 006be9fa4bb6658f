// Shared by the seed tests: a Db on the test database, a checksum of the seed's part of the graph, temp seed dirs.
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '../../src/db/db.js';
import type { GraphDocument } from '../../src/graph-data/document.js';
import { SEEDS_DIR } from '../../src/graph-data/seed.js';
import { connect } from '../../src/db/connect.js';
import { testConfig } from '../support/api.js';

export const testDb = (): Promise<Db> => connect(testConfig());

/** Properties that record when and by whom, not what: left out of the checksum. */
const CLOCK = new Set(['createdAt', 'updatedAt', 'createdBy', 'updatedBy']);
const stable = (o: Record<string, unknown>) =>
  JSON.stringify(
    Object.keys(o)
      .filter((k) => !CLOCK.has(k))
      .sort()
      .map((k) => [k, o[k]]),
  );

/** Counts and a SHA-256 over the document's nodes (props, texts) and the relationships among them, as stored. */
export async function graphChecksum(db: Db, doc: GraphDocument) {
  const refs = doc.nodes.map((n) => ({ label: n.label, id: n.id }));
  const inDoc = new Set(refs.map((r) => `${r.label}:${r.id}`));
  const nodes = await db.raw<{
    label: string;
    id: string;
    props: Record<string, unknown>;
    texts: Record<string, unknown>[];
  }>(
    `UNWIND $refs AS ref
     MATCH (n {id: ref.id}) WHERE ref.label IN labels(n)
     OPTIONAL MATCH (n)-[:HAS_TEXT]->(t:Text)
     WITH ref, n, collect(t {.*}) AS texts
     RETURN ref.label AS label, n.id AS id, properties(n) AS props, texts`,
    { refs },
    'READ',
  );
  const rels = await db.raw<{
    from: string;
    type: string;
    toLabels: string[];
    to: string;
    props: Record<string, unknown>;
  }>(
    `UNWIND $refs AS ref
     MATCH (n {id: ref.id})-[r]->(m) WHERE ref.label IN labels(n) AND type(r) <> 'HAS_TEXT'
     RETURN ref.label + ':' + n.id AS from, type(r) AS type, labels(m) AS toLabels, m.id AS to, properties(r) AS props`,
    { refs },
    'READ',
  );
  const own = rels.filter((r) => r.toLabels.some((l) => inDoc.has(`${l}:${r.to}`)));
  const lines = [
    ...nodes.map(
      (n) =>
        `N ${n.label}:${n.id} ${stable(n.props)} ${n.texts
          .map((t) => stable(t))
          .sort()
          .join(' ')}`,
    ),
    ...own.map((r) => `R ${r.from} ${r.type} ${r.toLabels.sort().join(':')}:${r.to} ${stable(r.props)}`),
  ].sort();
  return {
    nodes: nodes.length,
    texts: nodes.reduce((s, n) => s + n.texts.length, 0),
    relationships: own.length,
    checksum: createHash('sha256').update(lines.join('\n')).digest('hex'),
  };
}

/** A copy of seeds/ in a temp dir, with some files replaced or appended to. */
export function seedCopy(
  changes: { append?: Record<string, string>; replace?: Record<string, string>; remove?: string[] } = {},
): string {
  const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
  cpSync(SEEDS_DIR, dir, { recursive: true });
  for (const [file, text] of Object.entries(changes.append ?? {}))
    writeFileSync(join(dir, file), `${readFileSync(join(dir, file), 'utf8')}\n${text}`);
  for (const [file, text] of Object.entries(changes.replace ?? {})) writeFileSync(join(dir, file), text);
  for (const file of changes.remove ?? []) rmSync(join(dir, file));
  return dir;
}
