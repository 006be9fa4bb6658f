// history(id): the Change records of a record, newest first; editors and admins, each seeing only
// changes to records their role may read.
import type { Context } from '../context.js';
import { visibleTo } from '../../domain/viewer.js';
import { WRITERS, requireRole } from './guard.js';
import type { StoredChange } from './history-record.js';

const parsed = (json: string | null | undefined) => (json == null ? null : JSON.parse(json));

/** A Change as the API returns it: built in TS, so read by field name (__raw), JSON parsed. Neo4j stores
 * no nulls, so an absent before/after is undefined here. */
export const changeOut = (c: StoredChange) => ({ __raw: true, ...c, actorLabel: c.actorLabel ?? null, before: parsed(c.before), after: parsed(c.after) });

export async function history(ctx: Context, id: string, first: number, label: string | null) {
  requireRole(ctx, WRITERS, 'Reading history');
  const rows = await ctx.db.read<{ change: StoredChange }>('mutations/history', { id, first, label, visible: visibleTo(ctx.viewer.role) });
  return rows.map((r) => changeOut(r.change));
}
