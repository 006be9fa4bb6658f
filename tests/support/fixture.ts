// Small graphs that a test owns: every id starts with the test's prefix, and dropFixture removes exactly those.
import type { Db } from '../../src/db/db.js';
import { withFolded } from '../../src/db/fold.js';
import { REL_TYPES, type Basis } from '../../src/model/derived.js';
import { scopeClause } from '../../src/model/scope.js';
import { TALLIED_LINK, tallyClause } from '../../src/model/tally.js';

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
         WITH n UNWIND $texts AS t CREATE (n)-[:HAS_TEXT]->(x:Text:${n.label}Text {field: $field, lang: t.lang, value: t.value, folded: t.folded, original: t.original}) SET x:$(t.labels)
         WITH DISTINCT n ${scopeClause('n')}`,
      );
    }
    for (const r of rels) {
      await tx.run(
        'raw',
        { from: r.from, to: r.to, props: REL_TYPES[r.type]?.claim ? { basis: r.basis ?? 'RECORD' } : {} },
        `MATCH (a {id: $from}), (b {id: $to}) MERGE (a)-[r:${r.type}]->(b) SET r += $props`,
      );
    }
    // Written outside the API, so the counts advocacySpaces reads (src/model/tally.ts) are brought up to date here.
    const messages = [
      ...nodes.filter((n) => n.label === 'Message').map((n) => n.id),
      ...rels.filter((r) => r.type === TALLIED_LINK).map((r) => r.from),
    ];
    await tx.run(
      'raw',
      { ids: [...new Set(messages)] },
      `UNWIND $ids AS id MATCH (m:Message {id: id}) ${tallyClause('m')}`,
    );
  });
}

/** Before a raw delete of these messages: counts them out of the counts (src/model/tally.ts). */
export async function countOut(db: Db, ids: string[]): Promise<void> {
  await db.raw(`MATCH (m:Message) WHERE m.id IN $ids ${tallyClause('m', 'gone')}`, { ids });
}

/** A raw write to one message (`set`: Cypher on `m`, e.g. "m.archived = true"), keeping its counts and its texts'
 * scope exact. */
export async function setMessage(db: Db, id: string, set: string): Promise<void> {
  await db.raw(`MATCH (m:Message {id: $id}) SET ${set} ${tallyClause('m')} ${scopeClause('m')}`, { id });
}

export async function dropFixture(db: Db, prefix: string): Promise<void> {
  await db.raw(`MATCH (m:Message) WHERE m.id STARTS WITH $prefix ${tallyClause('m', 'gone')}`, { prefix });
  await db.raw('MATCH (n) WHERE n.id STARTS WITH $prefix OPTIONAL MATCH (n)-[:HAS_TEXT]->(t:Text) DETACH DELETE t, n', {
    prefix,
  });
}
