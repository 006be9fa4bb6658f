// Export: the graph as a graph document (src/graph-data/document.ts), the format import reads back.
// Only what the role may read, never archived records; bookkeeping (versions, dates, who) stays behind,
// so export -> import into an empty graph -> export gives the same document (same checksum).
import { createHash } from 'node:crypto';
import type { Db } from '../db/db.js';
import { type GraphDocument, type NodeDoc, type RelationshipDoc, type Scalar, type TextDoc, validateGraphDocument } from '../graph-data/document.js';
import { LABEL_PROPS, LABELS, REL_TYPE_NAMES, type Label, type RelType, type Visibility } from '../graph-data/model.js';
import { type Role, visibleTo } from '../graphql/context.js';

export interface ExportOptions {
  role: Role;
  /** Only records whose id starts with this, and their links. */
  prefix?: string;
}

interface NodeRow { label: Label; id: string; visibility: Visibility; props: Record<string, unknown>; texts: TextDoc[] }
interface RelRow { type: RelType; fromLabel: Label; fromId: string; toLabel: Label; toId: string; basis: string | null }

/** The properties a document may carry for this label (its model), in a stable order. */
function documentProps(label: Label, props: Record<string, unknown>): Record<string, Scalar> {
  return Object.fromEntries(Object.keys(LABEL_PROPS[label].shape).sort().filter((k) => props[k] !== undefined && props[k] !== null).map((k) => [k, props[k] as Scalar]));
}

export async function exportGraph(db: Db, options: ExportOptions): Promise<GraphDocument> {
  const params = { labels: LABELS, types: REL_TYPE_NAMES, visible: visibleTo(options.role), prefix: options.prefix ?? null };
  const [nodes, rels] = await db.readTx(async (tx) => [
    await tx.run<NodeRow>('mutations/export-nodes', params),
    await tx.run<RelRow>('mutations/export-relationships', params),
  ] as const);
  const doc: GraphDocument = {
    nodes: nodes.map((n): NodeDoc => ({ label: n.label, id: n.id, visibility: n.visibility, props: documentProps(n.label, n.props), texts: n.texts })),
    relationships: rels.map((r): RelationshipDoc => ({
      type: r.type, from: { label: r.fromLabel, id: r.fromId }, to: { label: r.toLabel, id: r.toId }, props: r.basis ? { basis: r.basis } : {},
    })),
  };
  // What we write must be importable: a record that breaks the model is reported now, not at import.
  return validateGraphDocument(doc);
}

/** sha256 of the document's JSON; export orders nodes, texts, properties and relationships, so equal graphs hash equal. */
export const checksum = (doc: GraphDocument) => createHash('sha256').update(JSON.stringify(doc)).digest('hex');
