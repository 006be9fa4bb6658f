// Runs one mutation: its checked write (one statement that also projects the result), then its Change
// record, in one transaction. Cypher has no JSON serialiser without APOC, so the write returns the
// before/after snapshots and the history statement stores them as JSON; both commit or neither does.
import type { Params as DbParams } from '../../db/db.js';
import { AppError, ErrorCode, notFound } from '../../errors.js';
import { type Context, visibleTo } from '../context.js';
import type { Params } from '../projection/params.js';
import { render } from '../projection/render.js';
import { rejectMissing } from '../queries/run.js';
import { snapshotExpr } from './compile.js';
import { type Action, type StoredChange, actorName, recordChanges, stateJson, stricter } from './history-record.js';
import { labelSlots, type WritableLabel } from './records.js';

type Status = 'OK' | 'DONE' | 'EXISTS' | 'MISSING' | 'NOT_FOUND' | 'STALE';
type Snapshot = Record<string, unknown> | null;
interface WriteRow { status: Status; missing: string[]; currentVersion: number | null; eid: string | null; before: Snapshot; after: Snapshot; node: unknown }

export interface Write {
  statement: 'mutations/create' | 'mutations/change' | 'mutations/purge';
  action: Action;
  label: WritableLabel;
  id: string;
  /** Generated once per mutation call: the Change id, which is how a retried commit knows it is done. */
  requestId: string;
  p: Params;
  /** missing, links and node; default none. */
  slots?: Record<string, string>;
  flags?: Record<string, boolean>;
  /** The version the caller read (change.cypher). */
  version?: number;
}

export interface Written { node: unknown; change: StoredChange }

const taken = (w: Write) => new AppError(ErrorCode.CONFLICT, `${w.label} "${w.id}" already exists; choose another id or leave it out`, { id: w.id });

function check(w: Write, row: WriteRow): void {
  if (row.status === 'EXISTS') throw taken(w);
  if (row.status === 'NOT_FOUND') throw notFound(w.label, w.id);
  if (row.status === 'STALE') {
    throw new AppError(ErrorCode.CONFLICT,
      `${w.label} "${w.id}" was changed since you read it (you sent version ${w.version}, it is now ${row.currentVersion}); reload it and apply your edit again`,
      { id: w.id, currentVersion: row.currentVersion });
  }
  if (row.status === 'MISSING') rejectMissing(row.missing);
}

export async function runWrite(ctx: Context, w: Write): Promise<Written> {
  const slots = { ...labelSlots(w.label), before: snapshotExpr('n'), after: snapshotExpr('n'), missing: '[]', links: '', node: 'null', ...w.slots };
  const text = render(ctx.db.statement(w.statement), slots, w.flags);
  const params: DbParams = {
    ...w.p.values, id: w.id, requestId: w.requestId, version: w.version ?? null, actor: actorName(ctx.viewer), visible: visibleTo(ctx.viewer.role),
  };
  return ctx.db.writeTx(async (tx) => {
    let row: WriteRow;
    try {
      [row] = await tx.run<WriteRow>(w.statement, params, text);
    } catch (e) {
      // Two creates of the same id at once: the uniqueness constraint stops the second.
      if ((e as { code?: string }).code === 'Neo.ClientError.Schema.ConstraintValidationFailed') throw taken(w);
      throw e;
    }
    check(w, row);
    // DONE: the Change exists and MERGE returns it unchanged.
    const [change] = await recordChanges(tx, ctx.viewer, [{
      id: w.requestId, action: w.action, subjectLabel: w.label, subjectId: w.id, eid: row.eid,
      before: stateJson(row.before), after: stateJson(row.after), visibility: stricter(row.before, row.after),
    }]);
    return { node: row.node, change };
  });
}
