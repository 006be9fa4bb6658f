// Runs one root field's statement: renders its template with the compiled projections, adds the caller's visibility.
import type { Context } from '../context.js';
import { visibleTo } from '../../domain/viewer.js';
import { rejectUnknown, type IdKind } from './suggest.js';
import type { RawConnection } from '../pagination.js';
import type { Params } from '../projection/params.js';
import { render } from '../../db/render.js';

export async function runRoot<T>(
  ctx: Context,
  name: string,
  p: Params,
  slots: Record<string, string>,
  flags: Record<string, boolean> = {},
): Promise<T[]> {
  const text = render(ctx.db.statement(name), slots, flags);
  return ctx.db.readText<T>(name, text, { ...p.values, visible: visibleTo(ctx.viewer.role) });
}

/** Filter ids that are unknown or hidden from the caller are one error naming them all (hidden looks like unknown),
 * and the argument of each (`args`: the argument of each kind's ids, when not its usual one). */
export function rejectMissing(missing: string[] | undefined, args: Partial<Record<IdKind, string>> = {}): void {
  rejectUnknown(missing, null, args);
}

/** A connection whose rows hold a node projected as `node` (a message, `m`, unless said) and, in sharedMessages,
 * themes projected as `matched`: keyed by the caller's aliases again. */
export function aliasedRows(
  p: Params,
  c: RawConnection,
  { node = 'm', matched }: { node?: string; matched?: string } = {},
): RawConnection {
  return {
    ...c,
    rows: c.rows.map((r) => ({
      ...r,
      node: p.aliased(node, r.node),
      ...(matched ? { matched: p.aliased(matched, r.matched) } : {}),
    })),
  };
}

/** Removes duplicates from an id list argument, keeping its order. */
export const distinct = (ids: readonly string[] | null | undefined) => (ids ? [...new Set(ids)] : null);
