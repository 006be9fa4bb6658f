// Writes a graph document in one transaction: idempotent MERGEs on each label's id, nothing deleted,
// nodes a person edited (editedAt set) left as they are, every relationship endpoint checked first.
import { withFolded } from '../db/fold.js';
import type { Db, Tx } from '../db/db.js';
import { GraphDataError, type GraphDocument, type NodeRef, refKey, validateGraphDocument } from './document.js';
import { LABELS, REL_TYPE_NAMES } from '../model/derived.js';
import { FIND_NODES, mergeStatement, upsertStatement } from '../model/statements.js';

export interface ApplyOptions {
  /** Who writes: stored as createdBy/updatedBy. */
  actor: string;
  /** The seed owns its nodes (seeded: true) and updates only those; import/export leaves it false. */
  seeded?: boolean;
}

/** What applying a document counts: its nodes and relationships (all now present in the graph), those created
 * and those updated, and the nodes kept (already in the graph but edited by a person or owned by someone else:
 * left untouched). */
export const APPLY_COUNTS = [
  'nodes',
  'relationships',
  'nodesCreated',
  'nodesUpdated',
  'nodesKept',
  'relationshipsCreated',
  'relationshipsUpdated',
] as const;
// A type alias (not an interface) so it can be logged as a plain record.
export type ApplyResult = Record<(typeof APPLY_COUNTS)[number], number>;

type Outcome = 'created' | 'updated' | 'unchanged' | 'kept';

export async function applyGraphDocument(db: Db, input: GraphDocument, options: ApplyOptions): Promise<ApplyResult> {
  const doc = validateGraphDocument(input);
  const seeded = options.seeded ?? false;
  const params = { actor: options.actor, seeded };
  const inDoc = new Set(doc.nodes.map(refKey));
  const external = new Map<string, NodeRef>();
  for (const r of doc.relationships)
    for (const end of [r.from, r.to]) if (!inDoc.has(refKey(end))) external.set(refKey(end), end);

  // The work may be retried by the driver as a whole: every statement below is a MERGE or a read.
  return db.writeTx(async (tx: Tx) => {
    const eid = new Map<string, string>();
    if (external.size) {
      const found = await tx.run<{ label: string; id: string; eid: string }>(FIND_NODES, {
        refs: [...external.values()],
      });
      for (const f of found) eid.set(`${f.label}:${f.id}`, f.eid);
      const missing = [...external.keys()].filter((k) => !eid.has(k));
      if (missing.length) {
        throw new GraphDataError(
          missing.map((k) => {
            const users = doc.relationships.filter((r) => refKey(r.from) === k || refKey(r.to) === k).length;
            return `${k}: not in the document nor in the graph (used by ${users} relationship${users === 1 ? '' : 's'})`;
          }),
        );
      }
    }

    const result: ApplyResult = {
      nodes: doc.nodes.length,
      relationships: doc.relationships.length,
      nodesCreated: 0,
      nodesUpdated: 0,
      nodesKept: 0,
      relationshipsCreated: 0,
      relationshipsUpdated: 0,
    };
    for (const label of LABELS) {
      const rows = doc.nodes
        .filter((n) => n.label === label)
        .map((n) => ({ id: n.id, visibility: n.visibility, props: n.props, texts: n.texts.map(withFolded) }));
      if (!rows.length) continue;
      const out = await tx.run<{ id: string; eid: string; outcome: Outcome }>(upsertStatement(label), {
        ...params,
        rows,
      });
      for (const o of out) {
        eid.set(`${label}:${o.id}`, o.eid);
        if (o.outcome === 'created') result.nodesCreated++;
        else if (o.outcome === 'updated') result.nodesUpdated++;
        else if (o.outcome === 'kept') result.nodesKept++;
      }
    }

    for (const type of REL_TYPE_NAMES) {
      const rows = doc.relationships
        .filter((r) => r.type === type)
        .map((r) => ({ from: eid.get(refKey(r.from)), to: eid.get(refKey(r.to)), props: r.props }));
      if (!rows.length) continue;
      const [out] = await tx.run<{ created: number; updated: number; total: number }>(mergeStatement(type), {
        ...params,
        rows,
      });
      // Endpoints were resolved above in this same transaction, so every row must have matched.
      if (out.total !== rows.length)
        throw new Error(`${type}: ${rows.length - out.total} relationships lost their endpoints during the write`);
      result.relationshipsCreated += out.created;
      result.relationshipsUpdated += out.updated;
    }
    return result;
  });
}
