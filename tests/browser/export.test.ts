// The explorer's own GraphML and GEXF writers: well-formed, every value escaped (ids and labels come from the graph).
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a browser module in plain JavaScript, without types
import { toGEXF, toGraphML } from '../../web/src/explorer/export.js';

const graph = {
  nodes: [
    { id: 'THEME:a', kind: 'THEME', label: 'Santé & droits <"quoted">', shared: false },
    { id: "MESSAGE:m'1", kind: 'MESSAGE', label: 'Доступ 医疗\u0001', shared: true },
  ],
  edges: [{ source: "MESSAGE:m'1", target: 'THEME:a', kind: 'ADDRESSES', weight: 1 }],
};

describe('explorer exports', () => {
  it('writes GraphML with every value escaped', () => {
    const xml = toGraphML(graph);
    expect(xml).toContain('<node id="THEME:a"><data key="label">Santé &amp; droits &lt;&quot;quoted&quot;&gt;</data>');
    expect(xml).toContain('<edge id="e0" source="MESSAGE:m&apos;1" target="THEME:a">');
    expect(xml).toContain('Доступ 医疗</data>');
    expect(xml).not.toContain('\u0001');
  });

  it('writes GEXF 1.3 for Gephi with labels and weights', () => {
    const xml = toGEXF(graph, '2025-01-01');
    expect(xml).toContain('<gexf xmlns="http://gexf.net/1.3" version="1.3">');
    expect(xml).toContain('label="Santé &amp; droits &lt;&quot;quoted&quot;&gt;"');
    expect(xml).toContain('<edge id="0" source="MESSAGE:m&apos;1" target="THEME:a" weight="1" label="ADDRESSES"/>');
  });
});
