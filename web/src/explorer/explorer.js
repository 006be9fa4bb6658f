// The explorer: draws intersectionGraph with Cytoscape.js, shows a node's details, adds a node's neighbours on
// request, exports the view; each action is one GraphQL operation. It only ever calls /graphql, with the API key the
// user pasted (if any), so the API's visibility applies. Every word it shows comes from the interface catalogues.
import cytoscape from 'cytoscape';
import { LANGUAGES, declare, isLang, loadTranslator, preferredLang } from '../i18n/catalogues';
import { toGEXF, toGraphML } from './export.js';
import './explorer.css';

const $ = (s) => document.querySelector(s);
const LEVELS = ['LOCAL', 'REGIONAL', 'NATIONAL', 'INTERNATIONAL', 'INTERNAL'];
const THEMES = 'query($l: String) { themes { id name(language: $l) } }';
const GRAPH = `query($themes: [ID!], $min: Int, $spaces: Boolean! = false, $levels: [SpaceLevel!], $l: String, $record: Boolean!) {
  intersectionGraph(themes: $themes, minShared: $min, includeSpaces: $spaces, levels: $levels, recordOnly: $record) {
    nodes { id recordId kind example label(language: $l) } edges { source target kind weight basis } } }`;
// Each link with its basis, each record with where it comes from: the panel marks editorial links and examples.
// A message's themes and spaces are also its neighbours when it is expanded.
const MESSAGE = `query($id: ID!, $l: String) { message(id: $id) {
  id text(language: $l) translations { language } provenance { origin sections { title(language: $l) } }
  themeLinks { basis node { id example name(language: $l) } }
  spaceLinks { basis node { id level example name(language: $l) } }
  evidenceLinks { basis node { id kind example text(language: $l) } } } }`;
// The API has no space(id:): a space is read through a message it carries (every drawn space has one), in one query.
const SPACE = `query($message: ID!, $l: String) { message(id: $message) { spaceLinks { node {
  id level example name(language: $l) description(language: $l) place { name(language: $l) }
  provenance { origin sections { title(language: $l) } }
  messageLinks { basis node { id example text(language: $l) } } } } } }`;
// A theme's messages, each with its links to themes: the basis of its link to this one.
const THEME = `query($id: ID!, $l: String) { theme(id: $id) { messages(first: 100) { edges { node {
  id example text(language: $l) themeLinks { basis node { id } } } } } } }`;
// From this zoom on, every node is named (below it, only themes and the messages every theme shares).
const LABEL_ZOOM = 2;

const state = { cy: null, graph: null, unknown: [], tr: null, added: 0, named: false };
const t = (key, values) => state.tr.t(key, values);
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
  let body;
  try {
    const res = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    body = await res.json();
  } catch {
    throw new Error(t('networkError'));
  }
  if (body.errors?.length) throw new Error(t('errorPrefix', { message: body.errors.map((e) => e.message).join('; ') }));
  return body.data;
}

const checked = (sel) => [...document.querySelectorAll(`${sel} input:checked`)].map((i) => i.value);

function checkbox(container, value, text, on) {
  const label = document.createElement('label');
  const input = Object.assign(document.createElement('input'), { type: 'checkbox', value, checked: on });
  label.append(input, ' ', Object.assign(document.createElement('span'), { textContent: text }));
  container.append(label);
}

async function loadThemes(selected) {
  const { themes } = await gql(THEMES, { l: $('#language').value });
  const missing = selected.filter((id) => !themes.some((theme) => theme.id === id));
  // A deep link may name a theme that does not exist or that this reader may not see: say so, do not drop it silently.
  state.unknown = missing;
  const box = $('#themes');
  box.querySelectorAll('label').forEach((l) => l.remove());
  for (const theme of themes) checkbox(box, theme.id, theme.name, selected.includes(theme.id));
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

// Each name is isolated (U+2068 … U+2069) so its own script sets its direction: a French name stays left to right,
// trailing comma included, on an Arabic page, and an Arabic name reads right to left on any page.
const isolated = (node) => `\u2068${node.data('label')}\u2069`;

const STYLE = [
  {
    selector: 'node',
    style: {
      label: isolated,
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
  { selector: 'node.all, node.pointed, node:selected, node.zoomed', style: { label: isolated, 'z-index': 10 } },
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

const HINT = () => element('p', t('graphHint'), 'hint');

async function draw() {
  const themes = checked('#themes');
  const levels = checked('#levels');
  const min = Number($('#minShared').value) || 1;
  status(t('graphDrawing'));
  try {
    const { intersectionGraph } = await gql(GRAPH, {
      themes: themes.length ? themes : null,
      min,
      spaces: $('#spaces').checked,
      levels: levels.length === LEVELS.length ? null : levels,
      l: $('#language').value,
      record: $('#recordOnly').checked,
    });
    state.graph = intersectionGraph;
    state.added = 0;
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
    state.named = false;
    const zoomed = () => {
      if (state.named === state.cy.zoom() >= LABEL_ZOOM) return;
      state.named = !state.named;
      state.cy.batch(() => state.cy.nodes().toggleClass('zoomed', state.named));
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
    $('#details').replaceChildren(HINT());
    nameNodes();
    const messages = intersectionGraph.nodes.filter((n) => n.kind === 'MESSAGE').length;
    const found = t(messages ? 'graphFound' : 'graphNoneShared', { themes: selectedCount, messages, min });
    const unknown = state.unknown.length
      ? ` (${t('graphUnknownThemes', { ids: state.tr.list(state.unknown.map((id) => `"${id}"`)) })})`
      : '';
    status(found + unknown);
    keepInUrl(themes, levels);
    document.body.dataset.state = 'ready';
  } catch (e) {
    status(e.message, true);
  }
}

/** The find box's suggestions: the names of the nodes drawn now. */
function nameNodes() {
  $('#node-names').replaceChildren(
    ...state.cy.nodes().map((n) => Object.assign(document.createElement('option'), { value: n.data('label') })),
  );
}

/** Selects a node, shows its details and fades everything but its neighbourhood. */
function focus(node) {
  state.cy.elements().unselect().addClass('faded');
  node.closedNeighborhood().removeClass('faded');
  node.select();
  void details(node);
}

/** The node named in the find box, centred and focused. */
function find(event) {
  event.preventDefault();
  const name = $('#find-node').value.trim().toLowerCase();
  const node = state.cy?.nodes().filter((n) => n.data('label').toLowerCase() === name)[0];
  if (!node) return status(t('graphNotFound', { name: $('#find-node').value }), true);
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
  if (p.origin === 'EXAMPLE') return t('graphOriginExample');
  if (p.origin === 'TEAM') return t('graphOriginTeam');
  return t('graphOriginRecord', { sections: state.tr.list(p.sections.map((s) => s.title)) });
}

/** The marks of a link: EDITORIAL when the team added it, EXAMPLE when its record is example data. */
const marks = (link) => [
  ...(link.basis === 'EDITORIAL' ? [element('span', t('graphTagEditorial'), 'tag editorial')] : []),
  ...(link.node.example ? [element('span', t('graphTagExample'), 'tag example')] : []),
];

/** The button that adds the selected node's neighbours to the drawing. */
function expandButton(node) {
  const button = element('button', t('graphExpand'), 'expand');
  button.type = 'button';
  button.addEventListener('click', () => void expand(node));
  return button;
}

/** A message the space carries in this drawing: the way to read the space (see SPACE). */
const carrier = (node) => node.neighborhood('node.message')[0]?.data('ref');

/** The details of a node, each kind with its own single query (a theme's come from the drawing). */
async function details(node) {
  const box = $('#details');
  const data = node.data();
  box.dataset.id = data.id;
  const heading = element('h2', data.label);
  try {
    if (data.kind === 'MESSAGE') return showMessage(box, heading, node);
    if (data.kind === 'SPACE') return showSpace(box, heading, node);
    const around = node.neighborhood('node').map((n) => [n.data('label')]);
    box.replaceChildren(
      heading,
      element('p', t(`kind_${data.kind}`), 'hint'),
      ...(data.example ? [element('p', t('graphOriginExample'), 'hint provenance')] : []),
      expandButton(node),
      ...list(t('graphLinked'), around),
    );
  } catch (e) {
    if (box.dataset.id === data.id) box.replaceChildren(heading, element('p', e.message, 'hint error'));
  }
}

async function showMessage(box, heading, node) {
  const { message } = await gql(MESSAGE, { id: node.data('ref'), l: $('#language').value });
  if (box.dataset.id !== node.id()) return;
  if (!message) return box.replaceChildren(heading, element('p', t('graphNotVisible'), 'hint'));
  const names = new Intl.DisplayNames([state.tr.lang], { type: 'language', fallback: 'code' });
  box.replaceChildren(
    element('h2', message.text),
    element('p', origin(message.provenance), 'hint provenance'),
    element(
      'p',
      t('graphLanguages', { languages: state.tr.list(message.translations.map((x) => names.of(x.language))) }),
      'hint',
    ),
    expandButton(node),
    ...list(
      t('themes'),
      message.themeLinks.map((l) => [...marks(l), l.node.name]),
    ),
    ...list(
      t('graphEvidence'),
      message.evidenceLinks.map((l) => [
        element('span', t(`evidenceKind_${l.node.kind}`), 'tag'),
        ...marks(l),
        l.node.text,
      ]),
    ),
    ...list(
      t('graphSpacesHeading'),
      message.spaceLinks.map((l) => [element('span', t(`level_${l.node.level}`), 'tag'), ...marks(l), l.node.name]),
    ),
  );
}

/** A space as the message it carries sees it: level, place, description, the messages it carries. */
async function readSpace(node) {
  const via = carrier(node);
  if (!via) return null;
  const { message } = await gql(SPACE, { message: via, l: $('#language').value });
  return message?.spaceLinks.map((l) => l.node).find((s) => s.id === node.data('ref')) ?? null;
}

async function showSpace(box, heading, node) {
  const space = await readSpace(node);
  if (box.dataset.id !== node.id()) return;
  if (!space) return box.replaceChildren(heading, element('p', t('graphNotVisible'), 'hint'));
  const facts = element('dl', undefined, 'facts');
  for (const [term, value] of [
    [t('level'), t(`level_${space.level}`)],
    [t('place'), space.place?.name ?? t('graphNoPlace')],
  ])
    facts.append(element('dt', term), element('dd', value));
  box.replaceChildren(
    element('h2', space.name),
    element('p', origin(space.provenance), 'hint provenance'),
    facts,
    ...(space.description ? [element('p', space.description, 'description')] : []),
    expandButton(node),
    ...list(
      t('graphCarries'),
      space.messageLinks.map((l) => [...marks(l), l.node.text]),
    ),
  );
}

/** What a node links to, from one query: [{ kind, recordId, label, example, basis, level }]. */
async function neighbours(node) {
  const l = $('#language').value;
  const ref = node.data('ref');
  if (node.data('kind') === 'MESSAGE') {
    const { message } = await gql(MESSAGE, { id: ref, l });
    return [
      ...(message?.themeLinks ?? []).map((x) => ({ kind: 'THEME', label: x.node.name, ...x.node, basis: x.basis })),
      ...(message?.spaceLinks ?? []).map((x) => ({ kind: 'SPACE', label: x.node.name, ...x.node, basis: x.basis })),
    ];
  }
  if (node.data('kind') === 'SPACE') {
    const space = await readSpace(node);
    return (space?.messageLinks ?? []).map((x) => ({ kind: 'MESSAGE', label: x.node.text, ...x.node, basis: x.basis }));
  }
  const { theme } = await gql(THEME, { id: ref, l });
  return (theme?.messages.edges ?? []).map(({ node: m }) => ({
    kind: 'MESSAGE',
    label: m.text,
    ...m,
    basis: m.themeLinks.find((x) => x.node.id === ref)?.basis,
  }));
}

/** Adds a node's neighbours the drawing lacks (with the view's filters), around it, and focuses it again. */
async function expand(node) {
  try {
    const record = $('#recordOnly').checked;
    const levels = checked('#levels');
    const found = (await neighbours(node)).filter(
      (n) =>
        !(record && (n.example || n.basis === 'EDITORIAL')) &&
        (n.kind !== 'SPACE' || ($('#spaces').checked && levels.includes(n.level))),
    );
    const cy = state.cy;
    const centre = node.position();
    const fresh = found.filter((n) => cy.$id(`${n.kind}:${n.id}`).empty());
    cy.batch(() => {
      fresh.forEach((n, i) => {
        const angle = (2 * Math.PI * i) / fresh.length;
        const radius = 80 + 6 * fresh.length;
        cy.add({
          group: 'nodes',
          data: { id: `${n.kind}:${n.id}`, ref: n.id, kind: n.kind, label: n.label, example: n.example, shared: false },
          classes: [n.kind.toLowerCase(), n.example ? 'example' : '', state.named ? 'zoomed' : ''].join(' '),
          position: { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) },
        });
      });
      for (const n of found) {
        const other = `${n.kind}:${n.id}`;
        // Edges point as the API draws them: message to theme (ADDRESSES), message to space (CARRIED_IN).
        const [source, target] = n.kind === 'MESSAGE' ? [other, node.id()] : [node.id(), other];
        const kind = n.kind === 'SPACE' || node.data('kind') === 'SPACE' ? 'CARRIED_IN' : 'ADDRESSES';
        if (cy.edges(`[source = "${source}"][target = "${target}"]`).nonempty()) continue;
        cy.add({
          group: 'edges',
          data: { id: `x${state.added++}`, source, target, kind, weight: 1, basis: n.basis },
          classes: [kind.toLowerCase(), n.basis === 'EDITORIAL' ? 'editorial' : ''].join(' '),
        });
      }
    });
    nameNodes();
    // The neighbourhood in view, no closer than the zoom that names every node (names would grow past their nodes).
    cy.animate(
      { fit: { eles: node.closedNeighborhood(), padding: 40 } },
      {
        duration: 200,
        complete: () => {
          if (cy.zoom() > LABEL_ZOOM) cy.zoom({ level: LABEL_ZOOM, renderedPosition: node.renderedPosition() });
        },
      },
    );
    state.cy.elements().addClass('faded');
    node.closedNeighborhood().removeClass('faded');
    status(t('graphExpanded', { count: fresh.length }));
    // A theme's details list its neighbours as drawn: drawn anew (a message's or space's come from the API already).
    if (node.data('kind') === 'THEME') void details(node);
  } catch (e) {
    status(e.message, true);
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

/** The page's words in the chosen language: the elements marked in explore.html, the level boxes, the language menu. */
async function translate(lang) {
  state.tr = await loadTranslator(lang).catch(() => loadTranslator('en'));
  declare(state.tr);
  document.title = t('graphPageTitle');
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const attribute of ['title', 'aria-label', 'placeholder'])
    for (const el of document.querySelectorAll(`[data-i18n-${attribute}]`))
      el.setAttribute(attribute, t(el.getAttribute(`data-i18n-${attribute}`)));
  for (const input of document.querySelectorAll('#levels input'))
    input.nextElementSibling.textContent = t(`level_${input.value}`);
  if (!state.cy) $('#details').replaceChildren(HINT());
}

/** The themes read again (in another language, or with another key), the picked ones and those the link named kept
 * picked, and the graph drawn anew. */
async function reload() {
  try {
    await loadThemes([...checked('#themes'), ...state.unknown]);
  } catch (e) {
    return status(e.message, true);
  }
  await draw();
}

async function start() {
  const params = new URLSearchParams(location.search);
  const language = $('#language');
  for (const l of LANGUAGES) language.append(Object.assign(new Option(l.name, l.tag), { lang: l.tag }));
  const asked = params.get('language');
  language.value = isLang(asked) ? asked : preferredLang(navigator.languages);
  const levels = params.get('levels')?.split(',') ?? LEVELS;
  for (const l of LEVELS) checkbox($('#levels'), l, '', levels.includes(l));
  await translate(language.value);
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
  language.addEventListener('change', async () => {
    await translate(language.value);
    await reload();
  });
  // A key may show themes an anonymous reader does not see: those the link named come back once it is given.
  $('#key').addEventListener('change', () => void reload());
  for (const b of document.querySelectorAll('[data-export]'))
    b.addEventListener('click', () => exportAs(b.dataset.export));
  await draw();
}

void start();
