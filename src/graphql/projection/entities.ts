// Compiles a GraphQL selection into one Cypher map projection per object type, so a whole nested selection is
// answered by the single statement of its root field.
// The text is canonical: it depends on which fields are asked (and which of their arguments are given), never on
// their order, their aliases or the argument values. Neo4j caches plans by statement text, so a reordered or
// re-aliased query reuses the plan. Fields are sorted; aliases asking the same field with the same arguments share
// one key; keys are field names (`name_1`... when one field is asked with different arguments); variables are
// named by depth; values are parameters. The aliases are put back in TypeScript (Params.aliased).
import type { ResolveTree } from 'graphql-parse-resolve-info';
import { decodeCursor, pageSize } from '../pagination.js';
import { normaliseLanguage } from '../language.js';
import { REL_TYPES, propsOf, TEXT_FIELDS, type Label } from '../../model/derived.js';
import { fallbackLanguages } from '../../model/language.js';
import type { Params, Reshape } from './params.js';
import { fieldsOf, merged, selects, type Selection } from './selection.js';

type RecordType = 'Theme' | 'Message' | 'AdvocacySpace' | 'Place' | 'Evidence' | 'Organisation';
export type TypeName = RecordType | `${RecordType}Link` | 'Translation' | 'GraphNode' | 'Provenance' | 'RecordSection';

/** The aliases of one field asked with the same arguments: compiled once, under one key. */
interface Group {
  name: string;
  args: Record<string, unknown>;
  trees: ResolveTree[];
  key: string;
  nested?: Nested;
}
/** A field whose value holds a projection of its own: the compiled level and how each alias reaches it. */
interface Nested {
  level: Level;
  select: (t: ResolveTree) => ResolveTree[];
  connection: boolean;
}
type Level = Map<string, Group>;
interface Scope {
  p: Params;
  depth: number;
}
type Compiler = (v: string, g: Group, s: Scope) => string;

/** A node the caller may see: right visibility, not archived. */
export const visible = (v: string) => `${v}.visibility IN $visible AND NOT coalesce(${v}.archived, false)`;

/** Text in the asked language, else its base language (fr for fr-CA), else the original (fallbackLanguages). Two
 * language picks whatever the tag (fr asks fr twice), so the text depends on whether a language is asked, not on which. */
function textExpr(v: string, field: string, language: unknown, p: Params, t: string): string {
  const pick = (cond: string) =>
    `head([(${v})-[:HAS_TEXT]->(${t}:Text {field: '${field}'}) WHERE ${cond} | ${t}.value])`;
  const langs = fallbackLanguages(normaliseLanguage(language));
  const choices = langs.length
    ? [langs[0], langs[langs.length - 1]].map((lang) => pick(`${t}.lang = ${p.add(lang)}`))
    : [];
  choices.push(pick(`${t}.original`), `''`);
  return `coalesce(${choices.join(', ')})`;
}

/** Compiles the selection `select` picks from each alias of `g` as type `type` bound to `x`, one level down. */
function nest(
  g: Group,
  s: Scope,
  type: TypeName,
  x: string,
  select: (t: ResolveTree) => ResolveTree[],
  connection = false,
): string {
  const { cypher, level } = compileLevel(type, x, g.trees.flatMap(select), { p: s.p, depth: s.depth + 1 });
  g.nested = { level, select, connection };
  return cypher;
}

const sub = (type: string) => (t: ResolveTree) => Object.values(fieldsOf(t, type));

function translations(field: string): Compiler {
  return (v, g, s) => {
    const x = `x${s.depth + 1}`;
    return `COLLECT { MATCH (${v})-[:HAS_TEXT]->(${x}:Text {field: '${field}'}) RETURN ${nest(g, s, 'Translation', x, sub('Translation'))} AS r ORDER BY ${x}.original DESC, ${x}.lang }`;
  };
}

/** The visible nodes across `rel` (e.g. `-[:ADDRESSES]->`), by id; `one` keeps the first only. */
function related(rel: string, type: TypeName, label: string, one = false, order = 'id'): Compiler {
  return (v, g, s) => {
    const x = `n${s.depth + 1}`;
    const list = `COLLECT { MATCH (${v})${rel}(${x}:${label}) WHERE ${visible(x)} RETURN ${nest(g, s, type, x, sub(type))} AS r ORDER BY ${x}.${order}${one ? ' LIMIT 1' : ''} }`;
    return one ? `head(${list})` : list;
  };
}

/** The visible nodes across `rel` (`-[:ADDRESSES]->`), each as `{basis, node}` (a *Link type), by id. Only links
 * the model declares claims carry a basis: checked when the module loads. */
function claims(rel: string, type: RecordType, label: string): Compiler {
  const relType = /:(\w+)/.exec(rel)![1];
  if (!REL_TYPES[relType]?.claim) throw new Error(`${relType} is not a claim in the model: it has no basis`);
  return (v, g, s) => {
    const x = `n${s.depth + 1}`;
    const pattern = rel.replace(`[:${relType}]`, `[rel${s.depth + 1}:${relType}]`);
    return `COLLECT { MATCH (${v})${pattern}(${x}:${label}) WHERE ${visible(x)} RETURN ${nest(g, s, `${type}Link`, x, sub(`${type}Link`))} AS r ORDER BY ${x}.id }`;
  };
}

/** A link's own fields, at the level `claims` compiles with the link's far node bound to `v`. */
const linkFields = (type: RecordType): Record<string, Compiler> => ({
  basis: (_v, _g, s) => `rel${s.depth}.basis`,
  node: (v, g, s) => nest(g, s, type, v, sub(type)),
});

/** A keyset-paginated connection of messages; the connection resolvers shape edges and pageInfo. */
function messageConnection(rel: string): Compiler {
  return (v, g, s) => {
    const first = pageSize(g.args.first as number | undefined);
    const after = decodeCursor(g.args.after as string | undefined, ['string']);
    const x = `m${s.depth + 1}`;
    const m = `(${v})${rel}(${x}:Message)`;
    const nodes = (t: ResolveTree) =>
      Object.values(merged(merged(fieldsOf(t, 'MessageConnection'), 'edges', 'MessageEdge'), 'node', 'Message'));
    const node = nest(g, s, 'Message', x, nodes, true);
    const afterCond = after ? ` AND ${x}.id > ${s.p.add(after[0])}` : '';
    const rows = `COLLECT { MATCH ${m} WHERE ${visible(x)}${afterCond} WITH ${x} ORDER BY ${x}.id LIMIT ${s.p.add(first + 1)} RETURN {key: [${x}.id], node: ${node}} AS r }`;
    const total = g.trees.some((t) => selects(fieldsOf(t, 'MessageConnection'), 'totalCount'))
      ? `, total: COUNT { MATCH ${m} WHERE ${visible(x)} }`
      : '';
    return `{__raw: true, first: ${s.p.add(first)}, after: ${after ? 'true' : 'false'}, rows: ${rows}${total}}`;
  };
}

const prop =
  (name: string): Compiler =>
  (v) =>
    `${v}.${name}`;
const text =
  (field: string): Compiler =>
  (v, g, s) =>
    textExpr(v, field, g.args.language, s.p, `t${s.depth}`);
/** The model's scalar properties of a label, each read as stored, and its text fields in the asked language. */
const modelFields = (label: Label) => {
  const { required, optional } = TEXT_FIELDS[label];
  return Object.fromEntries([
    ...Object.keys(propsOf(label)).map((k) => [k, prop(k)]),
    ...[required, ...optional].map((f) => [f, text(f)]),
  ]);
};
/** THEME, MESSAGE or SPACE; with the record id, a graph node's id (intersection-graph.ts makes edges' ends so). */
const graphNodeKind = (v: string) =>
  `CASE WHEN ${v}:Message THEN 'MESSAGE' WHEN ${v}:Theme THEN 'THEME' ELSE 'SPACE' END`;

/** Where a record comes from; who wrote it only for signed-in readers (a key label or a token subject names people). */
const provenance: Record<string, Compiler> = {
  origin: (v, _g, s) =>
    `CASE WHEN coalesce(${v}.example, false) THEN 'EXAMPLE' WHEN EXISTS { MATCH (${v})-[:FROM_SECTION]->(sec${s.depth}:Section) WHERE ${visible(`sec${s.depth}`)} } THEN 'RECORD' ELSE 'TEAM' END`,
  sections: related('-[:FROM_SECTION]->', 'RecordSection', 'Section', false, 'order'),
  addedBy: (v) => `CASE WHEN NOT coalesce(${v}.seeded, false) AND 'INTERNAL' IN $visible THEN ${v}.createdBy END`,
  addedAt: (v) => `CASE WHEN NOT coalesce(${v}.seeded, false) THEN toString(${v}.createdAt) END`,
};

const common = {
  provenance: (v: string, g: Group, s: Scope) => nest(g, s, 'Provenance', v, sub('Provenance')),
  id: prop('id'),
  visibility: prop('visibility'),
  version: prop('version'),
  archived: prop('archived'),
  example: prop('example'),
  createdAt: prop('createdAt'),
  updatedAt: prop('updatedAt'),
};

const compilers: Record<TypeName, Record<string, Compiler>> = {
  Theme: {
    ...common,
    ...modelFields('Theme'),
    translations: translations('name'),
    messages: messageConnection('<-[:ADDRESSES]-'),
  },
  Message: {
    ...common,
    ...modelFields('Message'),
    language: (v, _g, s) =>
      `head([(${v})-[:HAS_TEXT]->(t${s.depth}:Text {field: 'text'}) WHERE t${s.depth}.original | t${s.depth}.lang])`,
    translations: translations('text'),
    themes: related('-[:ADDRESSES]->', 'Theme', 'Theme'),
    spaces: related('-[:CARRIED_IN]->', 'AdvocacySpace', 'Space'),
    evidence: related('<-[:SUPPORTS]-', 'Evidence', 'Evidence'),
    themeLinks: claims('-[:ADDRESSES]->', 'Theme', 'Theme'),
    spaceLinks: claims('-[:CARRIED_IN]->', 'AdvocacySpace', 'Space'),
    evidenceLinks: claims('<-[:SUPPORTS]-', 'Evidence', 'Evidence'),
  },
  AdvocacySpace: {
    ...common,
    ...modelFields('Space'),
    translations: translations('name'),
    place: related('-[:LOCATED_IN]->', 'Place', 'Place', true),
    themes: related('-[:COVERS]->', 'Theme', 'Theme'),
    messages: related('<-[:CARRIED_IN]-', 'Message', 'Message'),
    themeLinks: claims('-[:COVERS]->', 'Theme', 'Theme'),
    messageLinks: claims('<-[:CARRIED_IN]-', 'Message', 'Message'),
  },
  Place: {
    ...common,
    ...modelFields('Place'),
    // Cities are part of a region and a country: this field is the country, reached through visible places only.
    country: (v, g, s) => {
      const x = `n${s.depth + 1}`;
      const path = `path${s.depth}`;
      return `head(COLLECT { MATCH ${path} = (${v})-[:PART_OF*1..3]->(${x}:Place) WHERE ${x}.kind = 'COUNTRY' AND all(y IN nodes(${path})[1..] WHERE ${visible('y')}) RETURN ${nest(g, s, 'Place', x, sub('Place'))} AS r ORDER BY ${x}.id LIMIT 1 })`;
    },
  },
  Evidence: {
    ...common,
    ...modelFields('Evidence'),
    translations: translations('text'),
    themes: related('-[:ABOUT]->', 'Theme', 'Theme'),
    voicedBy: related('-[:VOICED_BY]->', 'Organisation', 'Organisation'),
    themeLinks: claims('-[:ABOUT]->', 'Theme', 'Theme'),
    voicedByLinks: claims('-[:VOICED_BY]->', 'Organisation', 'Organisation'),
  },
  Organisation: {
    ...common,
    ...modelFields('Organisation'),
    places: related('-[:BASED_IN]->', 'Place', 'Place'),
    themes: related('-[:WORKS_ON]->', 'Theme', 'Theme'),
    placeLinks: claims('-[:BASED_IN]->', 'Place', 'Place'),
    themeLinks: claims('-[:WORKS_ON]->', 'Theme', 'Theme'),
  },
  GraphNode: {
    id: (v) => `${graphNodeKind(v)} + ':' + ${v}.id`,
    recordId: prop('id'),
    kind: graphNodeKind,
    example: (v) => `coalesce(${v}.example, false)`,
    label: (v, g, s) =>
      `CASE WHEN ${v}:Message THEN ${textExpr(v, 'text', g.args.language, s.p, `t${s.depth}`)} ELSE ${textExpr(v, 'name', g.args.language, s.p, `t${s.depth}`)} END`,
  },
  Provenance: provenance,
  RecordSection: { id: prop('id'), order: prop('order'), title: text('name') },
  ThemeLink: linkFields('Theme'),
  MessageLink: linkFields('Message'),
  AdvocacySpaceLink: linkFields('AdvocacySpace'),
  PlaceLink: linkFields('Place'),
  EvidenceLink: linkFields('Evidence'),
  OrganisationLink: linkFields('Organisation'),
  Translation: {
    language: prop('lang'),
    text: prop('value'),
    original: prop('original'),
  },
};

/** The arguments given (null counts as not given), by name. */
function argsOf(t: ResolveTree): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(t.args)
      .filter(([, value]) => value !== null && value !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}
const groupId = (name: string, args: Record<string, unknown>) =>
  `${name}(${Object.keys(args).join(',')})${JSON.stringify(Object.values(args))}`;

/** By field name, then by which arguments are given, then by their values (which only order same-shaped groups). */
function compareGroups(a: Group, b: Group): number {
  const ka = [a.name, Object.keys(a.args).join(','), JSON.stringify(Object.values(a.args))];
  const kb = [b.name, Object.keys(b.args).join(','), JSON.stringify(Object.values(b.args))];
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i] < kb[i] ? -1 : 1;
  return 0;
}

function compileLevel(type: TypeName, v: string, trees: ResolveTree[], s: Scope): { cypher: string; level: Level } {
  const level: Level = new Map();
  for (const t of trees) {
    if (t.name.startsWith('__')) continue;
    if (!compilers[type][t.name]) throw new Error(`no projection for ${type}.${t.name}`);
    const args = argsOf(t);
    const id = groupId(t.name, args);
    const g = level.get(id) ?? { name: t.name, args, trees: [], key: t.name };
    g.trees.push(t);
    level.set(id, g);
  }
  const groups = [...level.values()].sort(compareGroups);
  const parts = groups.map((g) => {
    const same = groups.filter((o) => o.name === g.name);
    if (same.length > 1) g.key = `${g.name}_${same.indexOf(g)}`;
    return `${g.key}: ${compilers[type][g.name](v, g, s)}`;
  });
  return { cypher: `{${parts.join(', ')}}`, level };
}

/** How values compiled as `level` are keyed by the aliases of `trees` (each alias may select its own subfields). */
function shapeOf(level: Level, trees: ResolveTree[]): Reshape | null {
  const entries: Array<[alias: string, key: string, child: Reshape | null]> = [];
  for (const t of trees) {
    if (t.name.startsWith('__')) continue;
    const g = level.get(groupId(t.name, argsOf(t)))!;
    let child = g.nested ? shapeOf(g.nested.level, g.nested.select(t)) : null;
    if (child && g.nested?.connection) child = connectionShape(child);
    entries.push([t.alias, g.key, child]);
  }
  if (entries.every(([alias, key, child]) => alias === key && !child)) return null;
  const one = (o: Record<string, unknown>) => {
    // A union member's value names its type (search.ts): GraphQL needs it to pick the member.
    const out: Record<string, unknown> = '__typename' in o ? { __typename: o.__typename } : {};
    for (const [alias, key, child] of entries) out[alias] = child ? child(o[key]) : o[key];
    return out;
  };
  return (value) =>
    value === null || value === undefined
      ? null
      : Array.isArray(value)
        ? value.map(one)
        : one(value as Record<string, unknown>);
}

/** A connection's value is shared by the aliases asking it with the same arguments: each gets its own copy. */
function connectionShape(node: Reshape): Reshape {
  return (value) => {
    if (!value) return null;
    const c = value as { rows: Array<{ node: unknown }> };
    return { ...c, rows: c.rows.map((r) => ({ ...r, node: node(r.node) })) };
  };
}

/** `{key: expr, ...}` for the selected fields of `type` bound to variable `v`; `p.aliased(v, value)` puts the aliases back. */
export function project(type: TypeName, v: string, sel: Selection, p: Params): string {
  const trees = Object.values(sel);
  const { cypher, level } = compileLevel(type, v, trees, { p, depth: 0 });
  p.setShape(v, shapeOf(level, trees));
  return cypher;
}
