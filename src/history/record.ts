// Change records: what history keeps of a record's state (bulk path; API writes record theirs in Cypher).
import type { Tx } from '../db/db.js';
import type { Viewer } from '../domain/viewer.js';
import { BOOKKEEPING, type Visibility } from '../model/derived.js';

export const ACTIONS = ['CREATE', 'UPDATE', 'ARCHIVE', 'LINK', 'UNLINK', 'TRANSLATE', 'PURGE', 'IMPORT'] as const;
export type Action = (typeof ACTIONS)[number];

export interface ChangeRow {
  id: string;
  action: Action;
  subjectLabel: string;
  subjectId: string;
  eid: string | null;
  before: string | null;
  after: string | null;
  visibility: Visibility;
}

export interface StoredChange {
  id: string;
  at: string;
  actorLabel: string | null;
  actorRole: string;
  action: Action;
  subjectLabel: string;
  subjectId: string;
  before: string | null;
  after: string | null;
  visibility: Visibility;
}

const DROPPED = new Set<string>(BOOKKEEPING);
const byKey = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0);
const sortKeys = (o: Record<string, unknown>, drop = new Set<string>()): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(o)
      .filter(([k]) => !drop.has(k))
      .sort(byKey)
      .map(([k, v]) => [
        k,
        Array.isArray(v) ? v.map((x) => (x && typeof x === 'object' ? sortKeys(x as Record<string, unknown>) : x)) : v,
      ]),
  );

/** A plain (toPlain) record as the JSON string a Change stores, for bulk imports that record Changes apart
 * from the write. API writes build the same JSON in Cypher (compile.ts stateJsonExpr); tests/writes/state-json
 * checks that the two agree. */
export function stateJson(state: Record<string, unknown> | null | undefined): string | null {
  if (!state) return null;
  return JSON.stringify(sortKeys(state, DROPPED));
}

export const actorName = (viewer: Viewer) => viewer.label ?? viewer.role;

/** Writes the Change records in the caller's transaction; returns them as stored. */
export async function recordChanges(tx: Tx, viewer: Viewer, changes: ChangeRow[]): Promise<StoredChange[]> {
  if (!changes.length) return [];
  const rows = await tx.run<{ change: StoredChange }>('mutations/record-changes', {
    changes,
    actorLabel: viewer.label,
    actorRole: viewer.role,
  });
  return rows.map((r) => r.change);
}
