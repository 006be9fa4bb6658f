// Small graphs that a test owns: every id starts with the test's prefix, and dropFixture removes exactly those.
import type { Db } from '../../src/db/db.js';
import { withFolded } from '../../src/db/fold.js';
import { REL_TYPES, type Basis } from '../../src/model/derived.js';

type Texts = Record<string, string | undefined>;
export interface FixtureNode {
  label: string;
  id: string;
  visibility?: string;
  field?: string;
  texts: Texts;
  props?: Record<string, unknown>;
}
export interface FixtureRel {
  type: string;
  from: string;
  to: string;
  /** Of a link the model calls a claim: RECORD unless said. */
  basis?: Basis;
}

export async function createFixture(db: Db, nodes: FixtureNode[], rels: FixtureRel[]): Promise<void> {
  await db.writeTx(async (tx) => {
    for (const n of nodes) {
      const field = n.field ?? (['Message', 'Evidence'].includes(n.label) ? 'text' : 'name');
      const texts = Object.entries(n.texts)
        .filter((e): e is [string, string] => e[1] !== undefined)
        .map(([lang, value], i) => withFolded({ lang, value, original: i === 0 }));
      await tx.run(
        'raw',
        { id: n.id, vis: n.visibility ?? 'PUBLIC', props: n.props ?? {}, texts, field },
        `MERGE (n:${n.label} {id: $id}) SET n += $props, n.visibility = $vis, n.version = 1, n.archived = false, n.example = coalesce($props.example, false)
         WITH n UNWIND $texts AS t CREATE (n)-[:HAS_TEXT]->(x:Text:${n.label}Text {field: $field, lang: t.lang, value: t.value, folded: t.folded, original: t.original}) SET x:$(t.labels)`,
      );
    }
    for (const r of rels) {
      await tx.run(
        'raw',
        { from: r.from, to: r.to, props: REL_TYPES[r.type]?.claim ? { basis: r.basis ?? 'RECORD' } : {} },
        `MATCH (a {id: $from}), (b {id: $to}) MERGE (a)-[r:${r.type}]->(b) SET r += $props`,
      );
    }
  });
}

export async function dropFixture(db: Db, prefix: string): Promise<void> {
  await db.raw('MATCH (n) WHERE n.id STARTS WITH $prefix OPTIONAL MATCH (n)-[:HAS_TEXT]->(t:Text) DETACH DELETE t, n', {
    prefix,
  });
}
