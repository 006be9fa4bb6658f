// Cypher fragments for the mutation templates in cypher/mutations/, compiled from the fixed tables in
// records.ts: only labels and relationship types are written into the text, ids always go in parameters.
import { REL_TYPES } from '../../graph-data/model.js';
import { visible } from '../projection/entities.js';
import type { Params } from '../projection/params.js';
import { RECORDS, type WritableLabel } from './records.js';

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
  const parts = specs(label, lists).map(({ target, ids }) =>
    `[i IN ${p.add(ids)} WHERE NOT EXISTS { MATCH (x:${target} {id: i}) WHERE ${visible('x')} } | '${target.toLowerCase()} "' + i + '"']`);
  return parts.length ? parts.join(' + ') : '[]';
}

/** Creates (link) or deletes (unlink) the relationships from `n` to the listed ids. A link that is a claim
 * made by a person is EDITORIAL unless they say RECORD; editedAt keeps the seed loader off them. */
export function linkClauses(label: WritableLabel, lists: LinkLists, p: Params, mode: 'link' | 'unlink', basis = 'EDITORIAL'): string {
  return specs(label, lists).filter(({ ids }) => ids.length).map(({ type, target, ids }) => (mode === 'link'
    ? `WITH n CALL (n) { UNWIND ${p.add(ids)} AS i MATCH (x:${target} {id: i}) MERGE (n)-[r:${type}]->(x)
        ON CREATE SET ${REL_TYPES[type].claim ? `r.basis = ${p.add(basis)}, ` : ''}r.seeded = false, r.createdAt = datetime(), r.createdBy = $actor, r.editedAt = datetime(), r.editedBy = $actor }`
    : `WITH n CALL (n) { UNWIND ${p.add(ids)} AS i MATCH (n)-[r:${type}]->(x:${target} {id: i}) DELETE r }`)).join('\n');
}

/** The record as history keeps it: its properties, texts and outgoing links (bookkeeping is dropped in TS). */
export function snapshotExpr(v: string): string {
  return `${v} {.*, texts: COLLECT { MATCH (${v})-[:HAS_TEXT]->(t:Text) RETURN t {.field, .lang, .value, .original} AS t ORDER BY t.field, t.lang },
    links: COLLECT { MATCH (${v})-[r]->(x) WHERE NOT r:HAS_TEXT RETURN type(r) + ' ' + x.id AS l ORDER BY l } }`;
}
