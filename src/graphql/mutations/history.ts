// history(id): the Change records of a record, newest first; editors and admins, each seeing only
// changes to records their role may read.
import type { Context } from '../context.js';
import { visibleTo } from '../../domain/viewer.js';
import { render } from '../../db/render.js';
import { changeProjection } from './change-links.js';
import { WRITERS, requireRole } from './guard.js';
import type { StoredChange } from '../../history/record.js';

/** A Change as read by changeProjection: `links` holds the links of before and after the caller may see. */
export type ReadChange = StoredChange & { links?: string[][] };

/** A state's JSON parsed, its links replaced by those the caller may see (none when not given: fail closed). */
function state(json: string | null | undefined, links: string[] | undefined) {
  if (json == null) return null;
  const s = JSON.parse(json);
  if ('links' in s) s.links = links ?? [];
  return s;
}

/** A Change as the API returns it: built in TS, so read by field name (__raw), JSON parsed. Neo4j stores
 * no nulls, so an absent before/after is undefined here. */
export const changeOut = ({ links, ...c }: ReadChange) => ({
  __raw: true,
  ...c,
  actorLabel: c.actorLabel ?? null,
  before: state(c.before, links?.[0]),
  after: state(c.after, links?.[1]),
});

export async function history(ctx: Context, id: string, first: number, label: string | null) {
  requireRole(ctx, WRITERS, 'Reading history');
  const text = render(ctx.db.statement('mutations/history'), { change: changeProjection('c') });
  const rows = await ctx.db.readText<{ change: ReadChange }>('mutations/history', text, {
    id,
    first,
    label,
    visible: visibleTo(ctx.viewer.role),
  });
  return rows.map((r) => changeOut(r.change));
}
