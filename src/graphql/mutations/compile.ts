// Cypher fragments for the mutation templates in cypher/mutations/, compiled from the fixed tables in
// records.ts: only labels and relationship types are written into the text, ids always go in parameters.
import { BOOKKEEPING, REL_TYPES, VISIBILITIES, type WritableLabel } from '../../model/derived.js';
import { visible } from '../projection/entities.js';
import type { Params } from '../projection/params.js';
import { RECORDS } from './records.js';
import { TALLIED_LINK, untallyLink } from '../../model/tally.js';

/** Input key to the ids given under it (e.g. themes: ['condoms']); absent keys are left out. */
export type LinkLists = Record<string, readonly string[]>;

function specs(label: WritableLabel, lists: LinkLists) {
  return Object.entries(lists).map(([key, ids]) => {
    const spec = RECORDS[label].links[key];
    if (!spec) throw new Error(`${label} has no link ${key}`);
    return { ...spec, ids };
  });
}

/** The given ids that do not exist or that the caller may not see, e.g. ['theme "x"']: both read the same. */
export function missingExpr(label: WritableLabel, lists: LinkLists, p: Params): string {
  const parts = specs(label, lists).map(
    ({ target, ids }) =>
      `[i IN ${p.add(ids)} WHERE NOT EXISTS { MATCH (x:${target} {id: i}) WHERE ${visible('x')} } | '${target.toLowerCase()} "' + i + '"']`,
  );
  return parts.length ? parts.join(' + ') : '[]';
}

/** Creates (link) or deletes (unlink) the relationships from `n` to the listed ids. A link that is a claim
 * made by a person is EDITORIAL unless they say RECORD; editedAt keeps the seed loader off them. */
export function linkClauses(
  label: WritableLabel,
  lists: LinkLists,
  p: Params,
  mode: 'link' | 'unlink',
  basis = 'EDITORIAL',
): string {
  return specs(label, lists)
    .filter(({ ids }) => ids.length)
    .map(({ type, target, ids }) =>
      mode === 'link'
        ? `WITH n CALL (n) { UNWIND ${p.add(ids)} AS i MATCH (x:${target} {id: i}) MERGE (n)-[r:${type}]->(x)
        ON CREATE SET ${REL_TYPES[type].claim ? `r.basis = ${p.add(basis)}, ` : ''}r.seeded = false, r.createdAt = datetime(), r.createdBy = $actor, r.editedAt = datetime(), r.editedBy = $actor }`
        : `WITH n CALL (n) { UNWIND ${p.add(ids)} AS i MATCH (n)-[r:${type}]->(x:${target} {id: i}) ${type === TALLIED_LINK ? untallyLink('r', 'x') : ''} DELETE r }`,
    )
    .join('\n');
}

/** The record as history keeps it: its properties, texts and outgoing links (stateJsonExpr drops bookkeeping);
 * a link that is a claim names its basis ("ADDRESSES hiv EDITORIAL"). */
export function snapshotExpr(v: string): string {
  return `${v} {.*, texts: COLLECT { MATCH (${v})-[:HAS_TEXT]->(t:Text) RETURN t {.field, .lang, .value, .original} AS t ORDER BY t.field, t.lang },
    links: COLLECT { MATCH (${v})-[r]->(x) WHERE NOT r:HAS_TEXT RETURN type(r) + ' ' + x.id + coalesce(' ' + r.basis, '') AS l ORDER BY l } }`;
}

// ---- Change records in the write statement itself: Cypher has no JSON serialiser without APOC, so the
// JSON a Change stores is compiled here (and only here) into a Cypher expression.

/** Record properties history leaves out: who wrote what when is on the Change itself. */

const lit = (s: string) =>
  `'${s.replace(/[\\']/g, '\\$&').replace(/[\u0000-\u001f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}'`;

// What JSON.stringify does to a string's characters: backslash first, then quote and control characters.
const SHORT: Record<string, string> = { '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };
const ESCAPES: Array<[string, string]> = [
  ['\\', '\\\\'],
  ...Object.entries(SHORT),
  ...Array.from({ length: 32 }, (_, i) => String.fromCharCode(i))
    .filter((c) => !(c in SHORT))
    .map((c): [string, string] => [c, `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`]),
];
/** The `$jsonEscapes` parameter every statement with stateJsonExpr needs: a constant, kept out of the text
 * so that the planner does not parse it at every string. */
export const JSON_ESCAPES = ESCAPES.map(([a, b]) => [a, b]);

const quoted = (e: string) => `'"' + reduce(s = ${e}, p IN $jsonEscapes | replace(s, p[0], p[1])) + '"'`;
const two = (e: string) => `right('0' + toString(${e}), 2)`;
/** A UTC date-time value as Date.toISOString() writes it (what values.ts toPlain makes of temporals). */
const iso = (d: string) =>
  `toString(date(${d})) + 'T' + ${two(`${d}.hour`)} + ':' + ${two(`${d}.minute`)} + ':' + ${two(`${d}.second`)} + '.' + right('00' + toString(${d}.millisecond), 3) + 'Z'`;

/** The JSON of a property value, or of an item in a snapshot's texts (a map) or links. The text is kept
 * small, each part written once (the planner's time grows with the length of the text). */
function scalarJson(e: string): string {
  // Temporals as toPlain (values.ts) gives them: Date.toISOString(), so UTC with milliseconds.
  const utc = `CASE WHEN ${e} IS :: ZONED DATETIME NOT NULL THEN localdatetime({datetime: datetime({epochMillis: ${e}.epochMillis})})
    WHEN ${e} IS :: DATE NOT NULL THEN localdatetime({date: ${e}}) ELSE ${e} END`;
  return `[t IN [${utc}] | CASE WHEN t IS NULL THEN 'null'
    WHEN t IS :: STRING THEN ${quoted('t')}
    WHEN t IS :: BOOLEAN OR t IS :: INTEGER THEN toString(t)
    WHEN t IS :: FLOAT THEN CASE WHEN isNaN(t) OR abs(t) > 1.7976931348623157e308 THEN 'null'
      WHEN t = round(t) AND abs(t) < 1e15 THEN toString(toInteger(t)) ELSE toString(t) END
    WHEN t IS :: LOCAL DATETIME THEN '"' + ${iso('t')} + '"'
    ELSE '"' + toString(t) + '"' END][0]`;
}

const sep = (acc: string) => `CASE WHEN ${acc} = '' THEN '' ELSE ',' END`;
// Insertion sort in an expression: string order is code-point order, as in stateJson.
const sortedKeys = (m: string, drop: readonly string[] = []) =>
  `reduce(a = [], k IN [k IN keys(${m})${drop.length ? ` WHERE NOT k IN [${drop.map(lit).join(', ')}]` : ''}] | [y IN a WHERE y < k] + k + [y IN a WHERE y >= k])`;

/** A property value or a snapshot's texts or links: a scalar, or a list of scalars or of maps of scalars. */
function valueJson(e: string): string {
  const isList = (x: string) => `${x} IS :: LIST<ANY> NOT NULL`;
  const isMap = (x: string) => `${x} IS :: MAP NOT NULL`;
  // Every item as [key or null, scalar] pairs, so scalarJson is written once.
  const pairs = `CASE WHEN ${isMap('x')} THEN [k IN ${sortedKeys('x')} | [k, x[k]]] ELSE [[null, x]] END`;
  const item = `[q IN [reduce(u = '', pr IN ${pairs} | u + ${sep('u')} + CASE WHEN pr[0] IS NULL THEN '' ELSE ${quoted('pr[0]')} + ':' END + ${scalarJson('pr[1]')})] |
    CASE WHEN ${isMap('x')} THEN '{' + q + '}' ELSE q END][0]`;
  return `[w IN [${e}] | [r IN [reduce(s = '', x IN CASE WHEN ${isList('w')} THEN w ELSE [w] END | s + ${sep('s')} + ${item})] |
    CASE WHEN ${isList('w')} THEN '[' + r + ']' ELSE r END][0]][0]`;
}

/** The snapshot in variable `v` (see snapshotExpr) as the JSON string a Change stores, or null; the only
 * definition of that JSON (history-record.ts stateJson is checked against it in tests/writes/state-json).
 * Keys in code-point order, bookkeeping left out. */
export function stateJsonExpr(v: string): string {
  return `CASE WHEN ${v} IS NULL THEN null ELSE '{' + reduce(s = '', k1 IN ${sortedKeys(v, BOOKKEEPING)} |
    s + ${sep('s')} + ${quoted('k1')} + ':' + ${valueJson(`${v}[k1]`)}) + '}' END`;
}

/** The stricter visibility of the snapshots in variables a and b: RESTRICTED, else INTERNAL, else PUBLIC. */
export function stricterExpr(a: string, b: string): string {
  const [lowest, ...rest] = VISIBILITIES;
  return `CASE ${rest
    .reverse()
    .map((x) => `WHEN ${lit(x)} IN [${a}.visibility, ${b}.visibility] THEN ${lit(x)}`)
    .join(' ')} ELSE ${lit(lowest)} END`;
}

/** Records the Change of a write whose status is OK: MERGE on the request id, so a retry (DONE) finds it.
 * Needs status, before and after (and `subject`, the written node, unless it was deleted) in scope;
 * leaves `change` (the Change, also on DONE) in scope. Parameters: requestId, actorLabel, actorRole,
 * action, subjectLabel, id, jsonEscapes (JSON_ESCAPES). */
export function recordChangeClause(subject: string | null): string {
  return `CALL (status, before, after${subject ? `, ${subject}` : ''}) {
  WITH * WHERE status = 'OK'
  // One copy of the JSON expression for both (the planner's time grows with the text).
  WITH *, [v IN [before, after] | ${stateJsonExpr('v')}] AS json
  MERGE (c:Change {id: $requestId})
    ON CREATE SET c.at = datetime(), c.actorLabel = $actorLabel, c.actorRole = $actorRole, c.action = $action,
      c.subjectLabel = $subjectLabel, c.subjectId = $id, c.before = json[0], c.after = json[1],
      c.visibility = ${stricterExpr('before', 'after')}
  ${subject ? `MERGE (c)-[:CHANGED]->(${subject})` : ''}
}
OPTIONAL MATCH (change:Change {id: $requestId})`;
}
