// purge(label, id): deletes a record and its texts for good; admins only. The history stays, at the record's last visibility.
import { randomUUID } from 'node:crypto';
import type { Context } from '../context.js';
import { Params } from '../projection/params.js';
import { changeProjection } from './change-links.js';
import { stricterExpr } from './compile.js';
import { ADMINS, requireRole } from './guard.js';
import type { WritableLabel } from '../../model/derived.js';
import { runWrite } from './write.js';

export async function purgeRecord(ctx: Context, label: WritableLabel, id: string, requestId: string = randomUUID()) {
  requireRole(ctx, ADMINS, 'Purging a record');
  const { change } = await runWrite(ctx, {
    statement: 'mutations/purge',
    action: 'PURGE',
    label,
    id,
    requestId,
    p: new Params(),
    slots: { stricter: stricterExpr('c', 'n'), change: changeProjection('change') },
  });
  return change;
}
