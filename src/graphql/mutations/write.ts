// Runs one mutation as ONE statement: its checked write, which also records its Change (before/after JSON
// compiled in compile.ts, as Cypher has no JSON serialiser without APOC) and projects the result.
import type { Params as DbParams } from '../../db/db.js';
import { AppError, ErrorCode, notFound } from '../../errors.js';
import { type Context } from '../context.js';
import { visibleTo } from '../../domain/viewer.js';
import type { Params } from '../projection/params.js';
import type { Selection } from '../projection/selection.js';
import { render } from '../../db/render.js';
import { rejectMissing } from '../queries/run.js';
import { JSON_ESCAPES, recordChangeClause, snapshotExpr } from './compile.js';
import { type Action, actorName } from '../../history/record.js';
import type { ReadChange } from './history.js';
import type { WritableLabel } from '../../model/derived.js';
import { RECORDS, labelSlots } from './records.js';
import { scopeClause } from '../../model/scope.js';
import { tallyClause } from '../../model/tally.js';

type Status = 'OK' | 'DONE' | 'EXISTS' | 'MISSING' | 'NOT_FOUND' | 'STALE';
interface WriteRow {
  status: Status;
  missing: string[];
  currentVersion: number | null;
  node: unknown;
  change: ReadChange;
}

export interface Write {
  statement: 'mutations/create' | 'mutations/change' | 'mutations/purge';
  action: Action;
  label: WritableLabel;
  id: string;
  /** Generated once per mutation call: the Change id, which is how a retried commit knows it is done. */
  requestId: string;
  p: Params;
  /** missing, links, node and change (the Change as the caller may see it, change-links.ts: only for the
   * writes that answer with it, as it makes a long statement); default none. */
  slots?: Record<string, string>;
  flags?: Record<string, boolean>;
  /** The version the caller read (change.cypher). */
  version?: number;
}

/** A write of one record of a kind, as the createX and updateX mutations call it (mutation.resolver.ts). */
export type RecordWrite<Input> = (
  ctx: Context,
  label: WritableLabel,
  sel: Selection,
  input: Input,
  requestId?: string,
) => Promise<unknown>;

/** `change` is null unless the write filled the change slot. */
export interface Written {
  node: unknown;
  change: ReadChange;
}

const taken = (w: Write) =>
  new AppError(ErrorCode.CONFLICT, `${w.label} "${w.id}" already exists; choose another id or leave it out`, {
    id: w.id,
  });

/** The input list that takes each kind of linked id (`partOf` for a place's place), named as class-validator names input fields. */
const inputArguments = (label: WritableLabel) =>
  Object.fromEntries(Object.entries(RECORDS[label].links).map(([key, l]) => [l.target.toLowerCase(), key]));

function check(w: Write, row: WriteRow): void {
  if (row.status === 'EXISTS') throw taken(w);
  if (row.status === 'NOT_FOUND') throw notFound(w.label, w.id);
  if (row.status === 'STALE') {
    throw new AppError(
      ErrorCode.CONFLICT,
      `${w.label} "${w.id}" was changed since you read it (you sent version ${w.version}, it is now ${row.currentVersion}); reload it and apply your edit again`,
      { id: w.id, currentVersion: row.currentVersion },
    );
  }
  if (row.status === 'MISSING') rejectMissing(row.missing, inputArguments(w.label));
  // A retry of a write done earlier, whose record the caller may no longer see: as if it did not exist.
  if (row.status === 'DONE' && w.slots?.node && row.currentVersion === null) throw notFound(w.label, w.id);
}

export async function runWrite(ctx: Context, w: Write): Promise<Written> {
  const slots = {
    ...labelSlots(w.label),
    before: snapshotExpr('n'),
    after: snapshotExpr('n'),
    missing: '[]',
    links: '',
    node: 'null',
    record: recordChangeClause(w.statement === 'mutations/purge' ? null : 'n'),
    change: 'null',
    // A message's counts (src/model/tally.ts) follow every write to it, in the same statement.
    tally: w.label === 'Message' ? tallyClause('n', w.statement === 'mutations/purge' ? 'gone' : 'write') : '',
    // Who may find its texts (src/model/scope.ts) follows its visibility and archiving (purge has no slot for it).
    scope: scopeClause('n'),
    ...w.slots,
  };
  const text = render(ctx.db.statement(w.statement), slots, w.flags);
  const params: DbParams = {
    ...w.p.values,
    id: w.id,
    requestId: w.requestId,
    version: w.version ?? null,
    actor: actorName(ctx.viewer),
    visible: visibleTo(ctx.viewer.role),
    action: w.action,
    subjectLabel: w.label,
    actorLabel: ctx.viewer.label ?? null,
    actorRole: ctx.viewer.role,
    jsonEscapes: JSON_ESCAPES,
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
    // DONE: the Change exists and the statement returns it unchanged.
    return { node: w.p.aliased('n', row.node), change: row.change };
  });
}
