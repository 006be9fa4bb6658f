// Who may write: editors and admins; purge and import: admins only. FORBIDDEN maps to HTTP 403.
import { AppError, ErrorCode, badInput } from '../../errors.js';
import { type Context } from '../context.js';
import { type Role, visibleTo } from '../../domain/viewer.js';

export function requireRole(ctx: Context, roles: readonly Role[], what: string): void {
  if (!roles.includes(ctx.viewer.role)) {
    throw new AppError(ErrorCode.FORBIDDEN, `${what} needs an API key with the role ${roles.join(' or ')}`, {
      role: ctx.viewer.role,
    });
  }
}

export const WRITERS: readonly Role[] = ['editor', 'admin'];
export const ADMINS: readonly Role[] = ['admin'];

/** An editor or admin, who may not give a record a visibility they could not read back (an editor making it
 * RESTRICTED). */
export function requireWriter(ctx: Context, what: string, visibility?: string | null): void {
  requireRole(ctx, WRITERS, what);
  if (visibility && !visibleTo(ctx.viewer.role).includes(visibility)) {
    throw badInput(`visibility ${visibility} is for admins only`, 'visibility');
  }
}
