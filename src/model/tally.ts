// Counts kept exact by every write, so that advocacySpaces over every message reads them instead of walking every
// message (issue 13): how many messages there are and how many each space carries, per visibility, with and without
// the record-only rule. A count is a list of 6 integers, one per bucket: index v (the visibility's place in
// VISIBILITIES) counts what is not archived; index v + 3 only what recordOnly keeps (a message that is not an
// example, carried on a RECORD basis). Totals are on the one (:Tally {id: 'messages'}) node, a space's on the
// space itself (property `tally`).
//
// Each message and each CARRIED_IN link also keeps the buckets it is counted in (`tally`), so a write only has
// to bring the records it touched up to date (tallyClause): the difference between what they are counted in and
// what they should be counted in goes to the totals and to their spaces. Bounded by the record's own links.
import { VISIBILITIES } from './kinds.js';

const RECORD_OFFSET = VISIBILITIES.length;
const BUCKETS = 2 * VISIBILITIES.length;
/** The links counted, from a message to a space: a deleted one must first leave its space's counts (untallyLink). */
export const TALLIED_LINK = 'CARRIED_IN';
/** The label and id of the node holding the totals (created by migration 0009). */
export const TALLY_NODE = `(total:Tally {id: 'messages'})`;

/** The buckets a reader of these visibilities sums, all or record-only ones. */
export function tallyBuckets(visible: readonly string[], recordOnly: boolean): number[] {
  return VISIBILITIES.flatMap((v, i) => (visible.includes(v) ? [i + (recordOnly ? RECORD_OFFSET : 0)] : []));
}

const VISIBILITY_LIST = `[${VISIBILITIES.map((v) => `'${v}'`).join(', ')}]`;

/** Count list `x` moved from the buckets in `old` to those in `now`. Read and written in the same SET, so Neo4j
 * takes the node's lock before reading (no lost update between concurrent writes). */
const moved = (x: string, old: string, now: string) =>
  `[i IN range(0, ${BUCKETS - 1}) | coalesce(${x}[i], 0) + size([b IN ${now} WHERE b = i]) - size([b IN ${old} WHERE b = i])]`;

/** How tallyClause takes a message: after a write to it or its links (`write`), about to be deleted (`gone`: counted
 * out), or counted afresh into counts that were cleared, whatever it says it is counted in (`recount`). */
export type TallyMode = 'write' | 'gone' | 'recount';

/** Brings message `v` and its CARRIED_IN links up to date in the counts, in the statement that wrote them. A unit
 * subquery (after a WITH, which Cypher wants after a SET): the statement's rows and variables are kept. Spaces are locked before the totals node, always in that order (fewer
 * deadlocks). */
export function tallyClause(v: string, mode: TallyMode = 'write'): string {
  const was = (x: string) => (mode === 'recount' ? '[]' : `coalesce(${x}.tally, [])`);
  const stale = (x: string) => (mode === 'recount' ? 'true' : `coalesce(${x}.tally, []) <> now`);
  const counted =
    mode === 'gone'
      ? '[]'
      : `CASE WHEN coalesce(${v}.archived, false) OR ${v}.visibility IS NULL THEN [] ELSE [i IN range(0, ${VISIBILITIES.length - 1}) WHERE ${VISIBILITY_LIST}[i] = ${v}.visibility] END`;
  const record = (cond: string) => `CASE WHEN ${cond} THEN [i IN vis | i + ${RECORD_OFFSET}] ELSE [] END`;
  return `WITH *
CALL (${v}) {
  WITH ${v}, ${counted} AS vis
  CALL (${v}, vis) {
    MATCH (${v})-[c:${TALLIED_LINK}]->(s:Space)
    WITH c, s, vis + ${record(`c.basis = 'RECORD' AND NOT coalesce(${v}.example, false)`)} AS now
    WHERE ${stale('c')}
    SET s.tally = ${moved('s.tally', was('c'), 'now')}, c.tally = now
  }
  WITH ${v}, vis + ${record(`NOT coalesce(${v}.example, false)`)} AS now
  WHERE ${stale(v)}
  MATCH ${TALLY_NODE}
  SET total.tally = ${moved('total.tally', was(v), 'now')}, ${v}.tally = now
}`;
}

/** Before link `r` from a message to space `x` is deleted: what it was counted in leaves the space. */
export const untallyLink = (r: string, x: string) =>
  `SET ${x}.tally = ${moved(`${x}.tally`, `coalesce(${r}.tally, [])`, '[]')}`;
