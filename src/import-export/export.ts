// Export: the graph as a graph document (src/graph-data/document.ts), the format import reads back.
// Only what the role may read, never archived records; bookkeeping (versions, dates, who) stays behind,
// so export -> import into an empty graph -> export gives the same document (same checksum).
import { createHash } from 'node:crypto';
import type { Db } from '../db/db.js';
import {
  type GraphDocument,
  type NodeDoc,
  type RelationshipDoc,
  type Scalar,
  type TextDoc,
  validateGraphDocument,
} from '../graph-data/document.js';
import { LABEL_PROPS, LABELS, REL_TYPE_NAMES, type Label, type RelType, type Visibility } from '../model/derived.js';
import { type Role, visibleTo } from '../domain/viewer.js';
import { render } from '../db/render.js';

export interface ExportOptions {
  role: Role;
  /** Only records whose id starts with this, and their links. */
  prefix?: string;
}

interface NodeRow {
  id: string;
  visibility: Visibility;
  props: Record<string, unknown>;
  texts: TextDoc[];
}
interface RelRow {
  type: RelType;
  fromId: string;
  toLabel: Label;
  toId: string;
  basis: string | null;
}

/** The properties a document may carry for this label (its model), in a stable order. */
function documentProps(label: Label, props: Record<string, unknown>): Record<string, Scalar> {
  return Object.fromEntries(
    Object.keys(LABEL_PROPS[label].shape)
      .sort()
      .filter((k) => props[k] !== undefined && props[k] !== null)
      .map((k) => [k, props[k] as Scalar]),
  );
}

export async function exportGraph(db: Db, options: ExportOptions): Promise<GraphDocument> {
  const params = {
    labels: LABELS,
    types: REL_TYPE_NAMES,
    visible: visibleTo(options.role),
    prefix: options.prefix ?? null,
  };
  const statement = (name: string, label: Label) => render(db.statement(name), { label });
  // One label per statement, so each is a label scan rather than a scan of every node; one read transaction.
  const doc = await db.readTx(async (tx) => {
    const out: GraphDocument = { nodes: [], relationships: [] };
    for (const label of LABELS) {
      const nodes = await tx.run<NodeRow>('mutations/export-nodes', params, statement('mutations/export-nodes', label));
      out.nodes.push(
        ...nodes.map((n): NodeDoc => ({
          label,
          id: n.id,
          visibility: n.visibility,
          props: documentProps(label, n.props),
          // A translation's status and translator only where set (originals and older texts have none).
          texts: n.texts.map((t) => Object.fromEntries(Object.entries(t).filter(([, v]) => v !== null)) as TextDoc),
        })),
      );
      const rels = await tx.run<RelRow>(
        'mutations/export-relationships',
        params,
        statement('mutations/export-relationships', label),
      );
      out.relationships.push(
        ...rels.map((r): RelationshipDoc => ({
          type: r.type,
          from: { label, id: r.fromId },
          to: { label: r.toLabel, id: r.toId },
          props: r.basis ? { basis: r.basis } : {},
        })),
      );
    }
    return out;
  });
  // What we write must be importable: a record that breaks the model is reported now, not at import.
  return validateGraphDocument(doc);
}

/** sha256 of the document's JSON; export orders nodes, texts, properties and relationships, so equal graphs hash equal. */
export const checksum = (doc: GraphDocument) => createHash('sha256').update(JSON.stringify(doc)).digest('hex');
