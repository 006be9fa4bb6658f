// The per-label and per-type statements of cypher/graph-data/ exist for the whole model and are one text each,
// differing only by label or type: Neo4j 5.26 cannot use the id index with dynamic labels, so they are spelled out.
import { describe, expect, it } from 'vitest';
import { loadCypher } from '../../src/db/cypher-registry.js';
import { FIND_NODES, LABELS, REL_TYPE_NAMES, mergeStatement, upsertStatement } from '../../src/graph-data/model.js';

const cypher = loadCypher();

describe('cypher/graph-data', () => {
  it('has one upsert per label, all the same text but for the label', () => {
    const template = cypher.get(upsertStatement('Theme'))!.replaceAll('Theme', '«L»');
    for (const label of LABELS) expect(cypher.get(upsertStatement(label)), label).toBe(template.replaceAll('«L»', label));
  });

  it('has one merge per relationship type, all the same text but for the type', () => {
    const template = cypher.get(mergeStatement('ADDRESSES'))!.replaceAll('ADDRESSES', '«T»');
    for (const type of REL_TYPE_NAMES) expect(cypher.get(mergeStatement(type)), type).toBe(template.replaceAll('«T»', type));
  });

  it('finds nodes of every label and no other statement hides there', () => {
    const find = cypher.get(FIND_NODES)!;
    for (const label of LABELS) expect(find).toContain(`MATCH (n:${label} {id: ref.id}) WHERE ref.label = '${label}' RETURN n`);
    const mine = [...cypher.keys()].filter((k) => k.startsWith('graph-data/')).sort();
    expect(mine).toEqual([FIND_NODES, ...LABELS.map(upsertStatement), ...REL_TYPE_NAMES.map(mergeStatement)].sort());
  });
});
