// Who may find a text, stored on the text itself (Text.scope), so that search asks the full-text indexes for the
// best visible texts only and a per-word depth (cypher/queries/search.cypher) never lets hidden texts push
// visible ones out (issue 13, flat to a million). The scope is a few words the indexes hold next to the text:
// its record's visibility (or "archived": never found), its record's kind and its language with each prefix
// (fr-CA: "lfr lfrca"). Every write path brings it up to date in the statement that writes the record or its
// texts (scopeClause); migration 0011 fills it for texts written before. Search also checks the record itself,
// so a scope that were ever stale could hide a hit, never show one.
import { VISIBILITIES } from './kinds.js';

const token = (prefix: string, value: string) => `${prefix}${value.toLowerCase().replace(/[^a-z0-9]/g, '')}`;

/** The scope of text `t` of record `n`, as a Cypher expression (the same tokens as scopeFilter asks for). */
const scopeExpr = (n: string, t: string) =>
  `CASE WHEN coalesce(${n}.archived, false) THEN 'varchived' ELSE 'v' + toLower(${n}.visibility) END` +
  ` + reduce(s = '', l IN labels(${n}) | s + ' k' + toLower(l))` +
  ` + reduce(s = '', i IN range(1, size(split(${t}.lang, '-'))) | s + ' l' + toLower(reduce(p = '', x IN split(${t}.lang, '-')[0..i] | p + x)))`;

/** Brings the scope of every text of record `n` up to date, after a write to the record or its texts. A unit
 * subquery after WITH *, as tallyClause: the statement's rows and variables are kept. */
export const scopeClause = (n: string) => `WITH *
CALL (${n}) {
  MATCH (${n})-[:HAS_TEXT]->(t:Text)
  WITH t, ${scopeExpr(n, 't')} AS scope
  WHERE t.scope IS NULL OR t.scope <> scope
  SET t.scope = scope
}`;

/** The Lucene clauses that keep a full-text query to the texts a reader of these visibilities may find, of these
 * kinds (labels) and, if given, in this language or one of its variants. Boosted to 0: they filter, never rank. */
export function scopeFilter(visible: readonly string[], labels: readonly string[], language: string | null): string {
  const any = (tokens: string[]) => `+scope:(${tokens.join(' OR ')})^0`;
  return [
    any(visible.filter((v) => (VISIBILITIES as readonly string[]).includes(v)).map((v) => token('v', v))),
    any(labels.map((l) => token('k', l))),
    ...(language ? [any([token('l', language)])] : []),
  ].join(' ');
}
