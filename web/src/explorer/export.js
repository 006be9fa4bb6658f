// Graph exports written here (no library): GraphML and GEXF for Gephi, from plain {nodes, edges} lists.
// Every value is escaped for XML; ids and labels come from the graph and may hold any character.

const escapeXml = (s) =>
  String(s)
    .replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c])
    // Characters XML 1.0 cannot hold at all are dropped.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');

/** nodes: [{id, kind, label, shared}], edges: [{source, target, kind, weight}] */
export function toGraphML({ nodes, edges }) {
  const node = (n) =>
    `    <node id="${escapeXml(n.id)}"><data key="label">${escapeXml(n.label)}</data><data key="kind">${escapeXml(n.kind)}</data><data key="shared">${n.shared ? 'true' : 'false'}</data></node>`;
  const edge = (e, i) =>
    `    <edge id="e${i}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}"><data key="ekind">${escapeXml(e.kind)}</data><data key="weight">${Number(e.weight)}</data></edge>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <key id="kind" for="node" attr.name="kind" attr.type="string"/>
  <key id="shared" for="node" attr.name="shared" attr.type="boolean"/>
  <key id="ekind" for="edge" attr.name="kind" attr.type="string"/>
  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
  <graph id="intersections" edgedefault="directed">
${[...nodes.map(node), ...edges.map(edge)].join('\n')}
  </graph>
</graphml>
`;
}

export function toGEXF({ nodes, edges }, date = new Date().toISOString().slice(0, 10)) {
  const node = (n) =>
    `      <node id="${escapeXml(n.id)}" label="${escapeXml(n.label)}"><attvalues><attvalue for="kind" value="${escapeXml(n.kind)}"/><attvalue for="shared" value="${n.shared ? 'true' : 'false'}"/></attvalues></node>`;
  const edge = (e, i) =>
    `      <edge id="${i}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}" weight="${Number(e.weight)}" label="${escapeXml(e.kind)}"/>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <meta lastmodifieddate="${escapeXml(date)}"><creator>advocacy-graph explorer</creator></meta>
  <graph defaultedgetype="directed" mode="static">
    <attributes class="node">
      <attribute id="kind" title="kind" type="string"/>
      <attribute id="shared" title="shared by every selected theme" type="boolean"/>
    </attributes>
    <nodes>
${nodes.map(node).join('\n')}
    </nodes>
    <edges>
${edges.map(edge).join('\n')}
    </edges>
  </graph>
</gexf>
`;
}
