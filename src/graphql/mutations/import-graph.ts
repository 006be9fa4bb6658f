// importGraph(document, dryRun): the CLI import over GraphQL, for admins. Problems come back as one
// BAD_USER_INPUT listing each (extensions.problems); nothing is written then.
import { badInput } from '../../errors.js';
import { GraphDataError, validateGraphDocument } from '../../graph-data/document.js';
import { importGraph } from '../../import-export/import.js';
import type { Context } from '../context.js';
import { ADMINS, requireRole } from './guard.js';

export async function importDocument(ctx: Context, document: unknown, dryRun: boolean) {
  requireRole(ctx, ADMINS, 'Importing');
  try {
    const result = await importGraph(ctx.db, validateGraphDocument(document), { viewer: ctx.viewer, dryRun });
    return { __raw: true, ...result };
  } catch (e) {
    if (!(e instanceof GraphDataError)) throw e;
    throw badInput(
      `The document has ${e.lines.length} problem${e.lines.length === 1 ? '' : 's'}; nothing was written: ${e.lines.slice(0, 5).join('; ')}${e.lines.length > 5 ? '; ...' : ''}`,
      'document',
      { problems: e.lines },
    );
  }
}
