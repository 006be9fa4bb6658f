// Change records: what history keeps of a record's state, and the stricter visibility of before and after.
import { VISIBILITIES, type Visibility } from '../../graph-data/model.js';
import type { Tx } from '../../db/db.js';
import type { Viewer } from '../context.js';

export type Action = 'CREATE' | 'UPDATE' | 'ARCHIVE' | 'LINK' | 'UNLINK' | 'TRANSLATE' | 'PURGE' | 'IMPORT';

export interface ChangeRow { id: string; action: Action; subjectLabel: string; subjectId: string; eid: string | null; before: string | null; after: string | null; visibility: Visibility }

export interface StoredChange { id: string; at: string; actorLabel: string | null; actorRole: string; action: Action; subjectLabel: string; subjectId: string; before: string | null; after: string | null; visibility: Visibility }

// Who wrote what when is on the Change itself; on the record these only repeat it.
const BOOKKEEPING = new Set(['createdAt', 'updatedAt', 'createdBy', 'updatedBy', 'editedAt', 'editedBy', 'requestId', 'seeded']);

/** A snapshot (see compile.ts snapshotExpr, or a document node) as the JSON string a Change stores. */
export function stateJson(state: Record<string, unknown> | null | undefined): string | null {
  if (!state) return null;
  return JSON.stringify(Object.fromEntries(Object.entries(state).filter(([k]) => !BOOKKEEPING.has(k)).sort(([a], [b]) => a.localeCompare(b))));
}

/** RESTRICTED if either side was, else INTERNAL if either was, else PUBLIC. */
export function stricter(...states: Array<{ visibility?: unknown } | null | undefined>): Visibility {
  const rank = (v: unknown) => VISIBILITIES.indexOf(v as Visibility);
  return VISIBILITIES[Math.max(0, ...states.map((s) => rank(s?.visibility)))];
}

export const actorName = (viewer: Viewer) => viewer.label ?? viewer.role;

/** Writes the Change records in the caller's transaction; returns them as stored. */
export async function recordChanges(tx: Tx, viewer: Viewer, changes: ChangeRow[]): Promise<StoredChange[]> {
  if (!changes.length) return [];
  const rows = await tx.run<{ change: StoredChange }>('mutations/record-changes', { changes, actorLabel: viewer.label, actorRole: viewer.role });
  return rows.map((r) => r.change);
}
