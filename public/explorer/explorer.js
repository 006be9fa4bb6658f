// The explorer: draws intersectionGraph with Cytoscape.js, shows a node's details from message(id), exports
// the view. It only ever calls /graphql, with the API key the user pasted (if any), so the API's visibility applies.
import { toGEXF, toGraphML } from './export.js';

const $ = (s) => document.querySelector(s);
const LEVELS = ['LOCAL', 'REGIONAL', 'NATIONAL', 'INTERNATIONAL', 'INTERNAL'];
const THEMES = 'query($l: String) { themes { id name(language: $l) } }';
const GRAPH = `query($themes: [ID!], $min: Int, $spaces: Boolean! = false, $levels: [SpaceLevel!], $l: String, $record: Boolean!) {
  intersectionGraph(themes: $themes, minShared: $min, includeSpaces: $spaces, levels: $levels, recordOnly: $record) {
    nodes { id recordId kind example label(language: $l) } edges { source target kind weight basis } } }`;
// Each link with its basis, each record with where it comes from: the panel marks editorial links and examples.
const MESSAGE = `query($id: ID!, $l: String) { message(id: $id) {
  id text(language: $l) translations { language } provenance { origin sections { title(language: $l) } }
  themeLinks { basis node { id name(language: $l) } }
  spaceLinks { basis node { id level example name(language: $l) } }
  evidenceLinks { basis node { id kind example text(language: $l) } } } }`;
// From this zoom on, every node is named (below it, only themes and the messages every theme shares).
const LABEL_ZOOM = 2;

const state = { cy: null, graph: null, unknown: '' };
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
  const missing = selected.filter((id) => !themes.some((t) => t.id === id));
  // A deep link may name a theme that does not exist or that this reader may not see: say so, do not drop it silently.
  state.unknown = missing.length ? `no theme ${missing.map((id) => `"${id}"`).join(', ')}` : '';
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
      id: n.id,
      ref: n.recordId,
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
      source: e.source,
      target: e.target,
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
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': 1,
    },
  },
  // Small nodes are named once zoomed in, or when pointed at or selected: a dense view does not pile labels up.
  { selector: 'node.message, node.space', style: { label: '' } },
  { selector: 'node.all, node.pointed, node:selected, node.zoomed', style: { label: 'data(label)', 'z-index': 10 } },
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
  { selector: '.faded', style: { opacity: 0.15, label: '' } },
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

/** The view as a link: what a reload, a bookmark or the back button gives back. */
function keepInUrl(themes, levels) {
  const params = new URLSearchParams({ themes: themes.join(','), language: $('#language').value });
  if (!$('#spaces').checked) params.set('spaces', '0');
  if (levels.length !== LEVELS.length) params.set('levels', levels.join(','));
  const min = Number($('#minShared').value) || 1;
  if (min > 1) params.set('minShared', String(min));
  if ($('#recordOnly').checked) params.set('recordOnly', '1');
  history.replaceState(null, '', `${location.pathname}?${params}`);
}

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
    // Zoom events come by the dozen per wheel turn: the labels change only when the threshold is crossed.
    let named = false;
    const zoomed = () => {
      if (named === state.cy.zoom() >= LABEL_ZOOM) return;
      named = !named;
      state.cy.batch(() => state.cy.nodes().toggleClass('zoomed', named));
    };
    state.cy.on('zoom', zoomed);
    zoomed();
    state.cy.on('mouseover', 'node', (e) => e.target.addClass('pointed'));
    state.cy.on('mouseout', 'node', (e) => e.target.removeClass('pointed'));
    state.cy.on('tap', 'node', (e) => focus(e.target));
    // A tap on the background ends the focus on a neighbourhood.
    state.cy.on('tap', (e) => {
      if (e.target === state.cy) state.cy.elements().removeClass('faded');
    });
    // The details of the previous drawing no longer apply; the find list names this drawing's nodes.
    $('#details').replaceChildren(element('p', 'Click a node to see its text, evidence and spaces.', 'hint'));
    $('#node-names').replaceChildren(
      ...state.cy.nodes().map((n) => Object.assign(document.createElement('option'), { value: n.data('label') })),
    );
    const shared = intersectionGraph.nodes.filter((n) => n.kind === 'MESSAGE').length;
    const found = shared
      ? `${selectedCount} themes, ${shared} shared messages`
      : `${selectedCount} themes: no message is shared by at least ${Number($('#minShared').value) || 1} of them`;
    status(`${found}${state.unknown ? ` (${state.unknown})` : ''}`);
    keepInUrl(themes, levels);
    document.body.dataset.state = 'ready';
  } catch (e) {
    status(e.message, true);
  }
}

/** Selects a node, shows its details and fades everything but its neighbourhood. */
function focus(node) {
  state.cy.elements().unselect().addClass('faded');
  node.closedNeighborhood().removeClass('faded');
  node.select();
  void details(node.data());
}

/** The node named in the find box, centred and focused. */
function find(event) {
  event.preventDefault();
  const name = $('#find-node').value.trim().toLowerCase();
  const node = state.cy?.nodes().filter((n) => n.data('label').toLowerCase() === name)[0];
  if (!node) return status(`No node named "${$('#find-node').value}" in this drawing`, true);
  state.cy.animate({ center: { eles: node }, zoom: Math.max(state.cy.zoom(), LABEL_ZOOM) }, { duration: 200 });
  focus(node);
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
  if (params.get('minShared')) $('#minShared').value = params.get('minShared');
  if (params.get('recordOnly') === '1') $('#recordOnly').checked = true;
  const selected = params.get('themes')?.split(',') ?? ['migration', 'sex-work'];
  try {
    await loadThemes(selected);
  } catch (e) {
    status(e.message, true);
    return;
  }
  $('#draw').addEventListener('click', () => void draw());
  $('#find').addEventListener('submit', find);
  $('#language').addEventListener('change', async () => {
    await loadThemes(checked('#themes'));
    await draw();
  });
  for (const b of document.querySelectorAll('[data-export]'))
    b.addEventListener('click', () => exportAs(b.dataset.export));
  await draw();
}

void start();
