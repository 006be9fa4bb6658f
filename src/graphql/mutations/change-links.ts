// What a Change shows its reader. A Change stores the record's state as JSON, its outgoing links included
// ("ADDRESSES some-theme EDITORIAL"); those links are cut down WHEN READ to the targets the caller may see now, so a
// target made RESTRICTED later is hidden too. Used by history.cypher and by the Change archive and purge answer with.
import { REL_TYPES } from '../../model/derived.js';

const KEY = '"links":[';
const q = (s: string) => `'${s}'`;

/** The link strings of the state JSON in `j` (compile.ts snapshotExpr writes them). `"links":[` with its
 * quote can only be that key (a quote inside a JSON string is escaped), and links are "TYPE id" or "TYPE id BASIS"
 * with a kebab-case id: no quote, comma or bracket inside, so splitting is exact. */
const linksOf = (j: string) =>
  `[l IN CASE WHEN ${j} CONTAINS ${q(KEY)} THEN split(split(split(${j}, ${q(KEY)})[1], ']')[0], ',') ELSE [] END WHERE l <> '' | substring(l, 1, size(l) - 2)]`;

/** Label to the link types that point to it, and type to its target labels, from the model's table. */
const targetsOf = (type: string) => [...new Set([...REL_TYPES[type].pairs].map((pair) => pair.split('->')[1]))];
const TYPES_TO = new Map<string, string[]>();
for (const type of Object.keys(REL_TYPES))
  for (const l of targetsOf(type)) TYPES_TO.set(l, [...(TYPES_TO.get(l) ?? []), type]);
const TARGETS = `{${Object.keys(REL_TYPES)
  .map((type) => `${type}: [${targetsOf(type).map(q).join(', ')}]`)
  .join(', ')}}`;
const list = (xs: readonly string[]) => `[${xs.map(q).join(', ')}]`;

/** True when the caller may see the target of link `t` ([type, id]): every record of a target label holding
 * that id is visible to them, and so was every one purged under it (its PURGE Change keeps its last
 * visibility); false when there is none (a target removed without a trace counts as hidden). One subquery,
 * a branch per label (each an index seek), so the statement stays quick to plan. */
const SEEN = `[vs IN [COLLECT {
    ${[...TYPES_TO].map(([label, types]) => `MATCH (x:${label} {id: t[1]}) WHERE t[0] IN ${list(types)} RETURN x.visibility AS v`).join('\n    UNION ALL ')}
    UNION ALL MATCH (pc:Change {subjectId: t[1]}) WHERE pc.action = 'PURGE' AND pc.subjectLabel IN ${TARGETS}[t[0]] RETURN pc.visibility AS v
  }] | size(vs) > 0 AND all(v IN vs WHERE v IN $visible)][0]`;

/** The Change in variable `c` as a map: its stored fields, and `links`: [links before, links after], each
 * only those the caller may see (history.ts changeOut puts them back into before and after). */
export function changeProjection(c: string): string {
  return `${c} {.*, links: [j IN [${c}.before, ${c}.after] | [l IN ${linksOf('j')} WHERE [t IN [split(l, ' ')] | ${SEEN}][0]]]}`;
}
