// Compiles a GraphQL selection into one Cypher map projection per object type, keyed by alias,
// so a whole nested selection is answered by the single statement of its root field.
import type { ResolveTree } from 'graphql-parse-resolve-info';
import { decodeCursor, pageSize } from '../pagination.js';
import { normaliseLanguage } from '../language.js';
import { propsOf, type Label } from '../../model/derived.js';
import { fallbackLanguages } from '../../model/language.js';
import type { Params } from './params.js';
import { fieldsOf, merged, selects, type Selection } from './selection.js';

type Compiler = (v: string, t: ResolveTree, p: Params) => string;
export type TypeName = 'Theme' | 'Message' | 'AdvocacySpace' | 'Place' | 'Translation' | 'Evidence' | 'Organisation' | 'GraphNode';

/** A node the caller may see: right visibility, not archived. */
export const visible = (v: string) => `${v}.visibility IN $visible AND NOT coalesce(${v}.archived, false)`;

/** Text in the asked language, else its base language (fr for fr-CA), else the original (fallbackLanguages). */
export function textExpr(v: string, field: string, language: unknown, p: Params): string {
  const t = p.variable('t');
  const pick = (cond: string) => `head([(${v})-[:HAS_TEXT]->(${t}:Text {field: '${field}'}) WHERE ${cond} | ${t}.value])`;
  const choices = fallbackLanguages(normaliseLanguage(language)).map((lang) => pick(`${t}.lang = ${p.add(lang)}`));
  choices.push(pick(`${t}.original`), `''`);
  return `coalesce(${choices.join(', ')})`;
}

function translations(v: string, field: string, t: ResolveTree, p: Params): string {
  const x = p.variable('x');
  return `COLLECT { MATCH (${v})-[:HAS_TEXT]->(${x}:Text {field: '${field}'}) RETURN ${project('Translation', x, fieldsOf(t, 'Translation'), p)} AS r ORDER BY ${x}.original DESC, ${x}.lang }`;
}

/** A list of related nodes, visible ones only, ordered by id. `pattern` uses {v} and {x}. */
function related(pattern: string, type: TypeName, label: string): Compiler {
  return (v, t, p) => {
    const x = p.variable('n');
    const m = pattern.replace('{v}', v).replace('{x}', `${x}:${label}`);
    return `COLLECT { MATCH ${m} WHERE ${visible(x)} RETURN ${project(type, x, fieldsOf(t, type), p)} AS r ORDER BY ${x}.id }`;
  };
}

function one(pattern: string, type: TypeName, label: string): Compiler {
  return (v, t, p) => {
    const x = p.variable('n');
    const m = pattern.replace('{v}', v).replace('{x}', `${x}:${label}`);
    return `head(COLLECT { MATCH ${m} WHERE ${visible(x)} RETURN ${project(type, x, fieldsOf(t, type), p)} AS r ORDER BY ${x}.id LIMIT 1 })`;
  };
}

/** A keyset-paginated connection of messages; the connection resolvers shape edges and pageInfo. */
function messageConnection(pattern: string): Compiler {
  return (v, t, p) => {
    const first = pageSize(t.args.first as number | undefined);
    const after = decodeCursor(t.args.after as string | undefined, 1);
    const x = p.variable('m');
    const m = pattern.replace('{v}', v).replace('{x}', `${x}:Message`);
    const node = project('Message', x, merged(merged(fieldsOf(t, 'MessageConnection'), 'edges', 'MessageEdge'), 'node', 'Message'), p);
    const afterCond = after ? ` AND ${x}.id > ${p.add(after[0])}` : '';
    const rows = `COLLECT { MATCH ${m} WHERE ${visible(x)}${afterCond} WITH ${x} ORDER BY ${x}.id LIMIT ${p.add(first + 1)} RETURN {key: [${x}.id], node: ${node}} AS r }`;
    const total = selects(fieldsOf(t, 'MessageConnection'), 'totalCount') ? `, total: COUNT { MATCH ${m} WHERE ${visible(x)} }` : '';
    return `{__raw: true, first: ${p.add(first)}, after: ${after ? 'true' : 'false'}, rows: ${rows}${total}}`;
  };
}

const prop = (name: string): Compiler => (v) => `${v}.${name}`;
const text = (field: string): Compiler => (v, t, p) => textExpr(v, field, t.args.language, p);
/** The model's scalar properties of a label, each read as stored. */
const scalars = (label: Label) => Object.fromEntries(Object.keys(propsOf(label)).map((k) => [k, prop(k)]));
const common = { id: prop('id'), visibility: prop('visibility'), version: prop('version'), archived: prop('archived'), example: prop('example'), createdAt: prop('createdAt'), updatedAt: prop('updatedAt') };

const compilers: Record<TypeName, Record<string, Compiler>> = {
  Theme: {
    ...common,
    name: text('name'),
    description: text('description'),
    translations: (v, t, p) => translations(v, 'name', t, p),
    messages: messageConnection('({v})<-[:ADDRESSES]-({x})'),
  },
  Message: {
    ...common,
    text: text('text'),
    language: (v, _t, p) => { const x = p.variable('t'); return `head([(${v})-[:HAS_TEXT]->(${x}:Text {field: 'text'}) WHERE ${x}.original | ${x}.lang])`; },
    translations: (v, t, p) => translations(v, 'text', t, p),
    themes: related('({v})-[:ADDRESSES]->({x})', 'Theme', 'Theme'),
    spaces: related('({v})-[:CARRIED_IN]->({x})', 'AdvocacySpace', 'Space'),
    evidence: related('({v})<-[:SUPPORTS]-({x})', 'Evidence', 'Evidence'),
  },
  AdvocacySpace: {
    ...common,
    ...scalars('Space'),
    name: text('name'),
    description: text('description'),
    translations: (v, t, p) => translations(v, 'name', t, p),
    place: one('({v})-[:LOCATED_IN]->({x})', 'Place', 'Place'),
    themes: related('({v})-[:COVERS]->({x})', 'Theme', 'Theme'),
    messages: related('({v})<-[:CARRIED_IN]-({x})', 'Message', 'Message'),
  },
  Place: {
    ...common,
    ...scalars('Place'),
    name: text('name'),
    // Cities are part of a region and a country: this field is the country, reached through visible places only.
    country: (v, t, p) => {
      const x = p.variable('n');
      const path = p.variable('path');
      return `head(COLLECT { MATCH ${path} = (${v})-[:PART_OF*1..3]->(${x}:Place) WHERE ${x}.kind = 'COUNTRY' AND all(y IN nodes(${path})[1..] WHERE ${visible('y')}) RETURN ${project('Place', x, fieldsOf(t, 'Place'), p)} AS r ORDER BY ${x}.id LIMIT 1 })`;
    },
  },
  Evidence: {
    ...common,
    ...scalars('Evidence'),
    text: text('text'),
    translations: (v, t, p) => translations(v, 'text', t, p),
    themes: related('({v})-[:ABOUT]->({x})', 'Theme', 'Theme'),
    voicedBy: related('({v})-[:VOICED_BY]->({x})', 'Organisation', 'Organisation'),
  },
  Organisation: {
    ...common,
    ...scalars('Organisation'),
    name: text('name'),
    aims: text('aims'),
    places: related('({v})-[:BASED_IN]->({x})', 'Place', 'Place'),
    themes: related('({v})-[:WORKS_ON]->({x})', 'Theme', 'Theme'),
  },
  GraphNode: {
    id: prop('id'),
    kind: (v) => `CASE WHEN ${v}:Message THEN 'MESSAGE' WHEN ${v}:Theme THEN 'THEME' ELSE 'SPACE' END`,
    label: (v, t, p) => `CASE WHEN ${v}:Message THEN ${textExpr(v, 'text', t.args.language, p)} ELSE ${textExpr(v, 'name', t.args.language, p)} END`,
  },
  Translation: {
    language: prop('lang'),
    text: prop('value'),
    original: prop('original'),
  },
};

/** `{alias: expr, ...}` for the selected fields of `type` bound to variable `v`. */
export function project(type: TypeName, v: string, sel: Selection, p: Params): string {
  const parts: string[] = [];
  for (const [alias, t] of Object.entries(sel)) {
    if (t.name.startsWith('__')) continue;
    const compile = compilers[type][t.name];
    if (!compile) throw new Error(`no projection for ${type}.${t.name}`);
    parts.push(`\`${alias}\`: ${compile(v, t, p)}`);
  }
  return `{${parts.join(', ')}}`;
}
