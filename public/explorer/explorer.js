// The explorer: draws intersectionGraph with Cytoscape.js, shows a node's details from message(id), exports
// the view. It only ever calls /graphql, with the API key the user pasted (if any), so the API's visibility applies.
import { toGEXF, toGraphML } from './export.js';

const $ = (s) => document.querySelector(s);
const LEVELS = ['LOCAL', 'REGIONAL', 'NATIONAL', 'INTERNATIONAL', 'INTERNAL'];
const THEMES = 'query($l: String) { themes { id name(language: $l) } }';
const GRAPH = `query($themes: [ID!], $min: Int, $spaces: Boolean! = false, $levels: [SpaceLevel!], $l: String, $record: Boolean!) {
  intersectionGraph(themes: $themes, minShared: $min, includeSpaces: $spaces, levels: $levels, recordOnly: $record) {
    nodes { id kind example label(language: $l) } edges { source target kind weight basis } } }`;
// Each link with its basis, each record with where it comes from: the panel marks editorial links and examples.
const MESSAGE = `query($id: ID!, $l: String) { message(id: $id) {
  id text(language: $l) translations { language } provenance { origin sections { title(language: $l) } }
  themeLinks { basis node { id name(language: $l) } }
  spaceLinks { basis node { id level example name(language: $l) } }
  evidenceLinks { basis node { id kind example text(language: $l) } } } }`;
// Which kinds of node an edge joins: ids are unique per kind only (a theme and a message may share one).
const ENDS = { ADDRESSES: ['MESSAGE', 'THEME'], SHARES: ['THEME', 'THEME'], CARRIED_IN: ['MESSAGE', 'SPACE'] };
const key = (kind, id) => `${kind}:${id}`;

const state = { cy: null, graph: null };
window.explorer = { cy: () => state.cy, graph: () => state.graph };

function status(text, error = false) {
  const el = $('#status');
  el.textContent = text;
  el.classList.toggle('error', error);
}

async function gql(query, variables) {
  const headers = { 'content-type': 'application/json' };
  const secret = $('#key').value.trim();
  if (secret) headers.authorization = /^bearer /i.test(secret) ? secret : `Bearer ${secret}`;
  const res = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = await res.json();
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data;
}

const checked = (sel) => [...document.querySelectorAll(`${sel} input:checked`)].map((i) => i.value);

function checkbox(container, value, text, on) {
  const label = document.createElement('label');
  const input = Object.assign(document.createElement('input'), { type: 'checkbox', value, checked: on });
  label.append(input, ` ${text}`);
  container.append(label);
}

async function loadThemes(selected) {
  const { themes } = await gql(THEMES, { l: $('#language').value });
  const box = $('#themes');
  box.querySelectorAll('label').forEach((l) => l.remove());
  for (const t of themes) checkbox(box, t.id, t.name, selected.includes(t.id));
}

function elements(graph, selectedCount) {
  const addresses = new Map();
  for (const e of graph.edges) if (e.kind === 'ADDRESSES') addresses.set(e.source, (addresses.get(e.source) ?? 0) + 1);
  const nodes = graph.nodes.map((n) => ({
    group: 'nodes',
    data: {
      id: key(n.kind, n.id),
      ref: n.id,
      kind: n.kind,
      label: n.label,
      example: n.example,
      shared: n.kind === 'MESSAGE' && addresses.get(n.id) === selectedCount,
    },
    classes: [
      n.kind.toLowerCase(),
      n.kind === 'MESSAGE' && addresses.get(n.id) === selectedCount ? 'all' : '',
      n.example ? 'example' : '',
    ].join(' '),
  }));
  const edges = graph.edges.map((e, i) => ({
    group: 'edges',
    data: {
      id: `e${i}`,
      source: key(ENDS[e.kind][0], e.source),
      target: key(ENDS[e.kind][1], e.target),
      kind: e.kind,
      weight: e.weight,
      basis: e.basis,
    },
    classes: [e.kind.toLowerCase(), e.basis === 'EDITORIAL' ? 'editorial' : ''].join(' '),
  }));
  return [...nodes, ...edges];
}

const STYLE = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-size': 9,
      'text-wrap': 'wrap',
      'text-max-width': 120,
      'text-valign': 'bottom',
      'text-margin-y': 3,
      color: '#1d2330',
    },
  },
  {
    selector: 'node.theme',
    style: { 'background-color': '#b3123b', width: 46, height: 46, 'font-size': 12, 'font-weight': 'bold' },
  },
  { selector: 'node.message', style: { 'background-color': '#6c7a96', width: 16, height: 16 } },
  {
    selector: 'node.message.all',
    style: {
      'background-color': '#f2a900',
      width: 26,
      height: 26,
      'border-width': 3,
      'border-color': '#7a5500',
      'font-weight': 'bold',
    },
  },
  {
    selector: 'node.space',
    style: { 'background-color': '#2a9d8f', shape: 'round-rectangle', width: 18, height: 18, 'font-size': 8 },
  },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#1d2330' } },
  { selector: 'edge', style: { width: 1, 'line-color': '#c5cad6', 'curve-style': 'bezier' } },
  {
    selector: 'edge.shares',
    style: {
      width: 'mapData(weight, 1, 10, 2, 10)',
      'line-color': '#b3123b',
      opacity: 0.5,
      label: 'data(weight)',
      'font-size': 9,
    },
  },
  { selector: 'edge.carried_in', style: { 'line-style': 'dashed', 'line-color': '#2a9d8f' } },
  // Links the team added (EDITORIAL) are dotted; example records are hollow with a dashed outline.
  { selector: 'edge.editorial', style: { 'line-style': 'dotted', width: 1.5 } },
  {
    selector: 'node.example',
    style: { 'background-opacity': 0.25, 'border-width': 2, 'border-style': 'dashed', 'border-color': '#2a9d8f' },
  },
];

async function draw() {
  const themes = checked('#themes');
  const levels = checked('#levels');
  status('Drawing…');
  try {
    const { intersectionGraph } = await gql(GRAPH, {
      themes: themes.length ? themes : null,
      min: Number($('#minShared').value) || 1,
      spaces: $('#spaces').checked,
      levels: levels.length === LEVELS.length ? null : levels,
      l: $('#language').value,
      record: $('#recordOnly').checked,
    });
    state.graph = intersectionGraph;
    const selectedCount = intersectionGraph.nodes.filter((n) => n.kind === 'THEME').length;
    state.cy?.destroy();
    state.cy = cytoscape({
      container: $('#graph'),
      elements: elements(intersectionGraph, selectedCount),
      style: STYLE,
      layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 70 },
      wheelSensitivity: 0.3,
    });
    state.cy.on('tap', 'node', (e) => {
      void details(e.target.data());
    });
    const shared = intersectionGraph.nodes.filter((n) => n.kind === 'MESSAGE').length;
    status(`${selectedCount} themes, ${shared} shared messages`);
    document.body.dataset.state = 'ready';
  } catch (e) {
    status(e.message, true);
  }
}

function element(tag, text, className) {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  if (className) el.className = className;
  return el;
}

function list(title, items) {
  if (!items.length) return [];
  const ul = element('ul');
  for (const parts of items) {
    const li = element('li');
    li.append(...parts);
    ul.append(li);
  }
  return [element('h3', title), ul];
}

/** Where a record comes from, in words. */
function origin(p) {
  if (p.origin === 'EXAMPLE') return 'Example data, not from the workshop record';
  if (p.origin === 'TEAM') return 'Added by the team';
  return `From the workshop record: ${p.sections.map((s) => s.title).join('; ')}`;
}

/** The marks of a link: EDITORIAL when the team added it, EXAMPLE when its record is example data. */
const marks = (link) => [
  ...(link.basis === 'EDITORIAL' ? [element('span', 'EDITORIAL', 'tag editorial')] : []),
  ...(link.node.example ? [element('span', 'EXAMPLE', 'tag example')] : []),
];

async function details(node) {
  const box = $('#details');
  box.dataset.id = node.id;
  if (node.kind !== 'MESSAGE') {
    const around = state.cy
      .$id(node.id)
      .neighborhood('node')
      .map((n) => [n.data('label')]);
    box.replaceChildren(
      element('h2', node.label),
      element('p', node.kind.toLowerCase(), 'hint'),
      ...(node.example ? [element('p', 'Example data, not from the workshop record', 'hint provenance')] : []),
      ...list('Linked', around),
    );
    return;
  }
  try {
    const { message } = await gql(MESSAGE, { id: node.ref, l: $('#language').value });
    if (!message) {
      box.replaceChildren(element('p', 'Not visible with your access.', 'hint'));
      return;
    }
    box.replaceChildren(
      element('h2', message.text),
      element('p', origin(message.provenance), 'hint provenance'),
      element('p', `Languages: ${message.translations.map((t) => t.language).join(', ')}`, 'hint'),
      ...list(
        'Themes',
        message.themeLinks.map((l) => [...marks(l), l.node.name]),
      ),
      ...list(
        'Evidence',
        message.evidenceLinks.map((l) => [element('span', l.node.kind, 'tag'), ...marks(l), l.node.text]),
      ),
      ...list(
        'Advocacy spaces',
        message.spaceLinks.map((l) => [element('span', l.node.level, 'tag'), ...marks(l), l.node.name]),
      ),
    );
  } catch (e) {
    box.replaceChildren(element('p', e.message, 'hint'));
  }
}

function download(name, blob) {
  const a = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

function exportAs(format) {
  if (!state.cy) return;
  const plain = { nodes: state.cy.nodes().map((n) => n.data()), edges: state.cy.edges().map((e) => e.data()) };
  const files = {
    png: () => ['intersections.png', state.cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' })],
    graphml: () => ['intersections.graphml', new Blob([toGraphML(plain)], { type: 'application/graphml+xml' })],
    gexf: () => ['intersections.gexf', new Blob([toGEXF(plain)], { type: 'application/xml' })],
    json: () => [
      'intersections.cyjs',
      new Blob([JSON.stringify(state.cy.json(), null, 2)], { type: 'application/json' }),
    ],
  };
  download(...files[format]());
}

async function start() {
  const params = new URLSearchParams(location.search);
  if (params.get('language')) $('#language').value = params.get('language');
  const levels = params.get('levels')?.split(',') ?? LEVELS;
  for (const l of LEVELS) checkbox($('#levels'), l, l.toLowerCase(), levels.includes(l));
  if (params.get('spaces') === '0') $('#spaces').checked = false;
  if (params.get('recordOnly') === '1') $('#recordOnly').checked = true;
  const selected = params.get('themes')?.split(',') ?? ['migration', 'sex-work'];
  try {
    await loadThemes(selected);
  } catch (e) {
    status(e.message, true);
    return;
  }
  $('#draw').addEventListener('click', () => void draw());
  $('#language').addEventListener('change', async () => {
    await loadThemes(checked('#themes'));
    await draw();
  });
  for (const b of document.querySelectorAll('[data-export]'))
    b.addEventListener('click', () => exportAs(b.dataset.export));
  await draw();
}

void start();
