// cypher/graph-data/ holds one upsert and one merge template; the registry makes one statement of each per
// label and per relationship type of the model, with the label or type written in (never a request value).
import { describe, expect, it } from 'vitest';
import { loadCypher } from '../../src/db/cypher-registry.js';
import { LABELS, REL_TYPE_NAMES, textLabel } from '../../src/model/derived.js';
import { FIND_NODES, mergeStatement, upsertStatement } from '../../src/model/statements.js';

const cypher = loadCypher();

describe('cypher/graph-data', () => {
  it('gives an upsert for every label, seeking that label by id', () => {
    for (const label of LABELS) {
      const text = cypher.get(upsertStatement(label))!;
      expect(text, label).toContain(`MERGE (n:${label} {id: row.id})`);
      expect(text, label).toContain(`(t:Text:${textLabel(label)} {`);
      expect(text, label).not.toContain('{{');
    }
  });

  it('gives a merge for every relationship type', () => {
    for (const type of REL_TYPE_NAMES)
      expect(cypher.get(mergeStatement(type)), type).toContain(`MERGE (a)-[rel:${type}]->(b)`);
  });

  it('finds nodes of every label and keeps the templates themselves out of the registry', () => {
    const find = cypher.get(FIND_NODES)!;
    for (const label of LABELS)
      expect(find).toContain(`MATCH (n:${label} {id: ref.id}) WHERE ref.label = '${label}' RETURN n`);
    const mine = [...cypher.keys()].filter((k) => k.startsWith('graph-data/')).sort();
    expect(mine).toEqual([FIND_NODES, ...LABELS.map(upsertStatement), ...REL_TYPE_NAMES.map(mergeStatement)].sort());
  });
});
