// Idempotency keys: a client that retries a mutation after an unclear failure (its connection cut after the
// commit) sends the same `Idempotency-Key` header and gets the outcome of the first attempt, not a second write.
// The key is claimed in Neo4j (every replica sees it), in the write's own transaction, so a failed write keeps no
// claim and a committed one always has it. The retry's answer comes from the mutation's own "already done" path
// (its Change id, derived from the key), projected for the caller as the record is now.
import { createHash, randomUUID } from 'node:crypto';
import { print, type GraphQLResolveInfo } from 'graphql';
import type { Db, Tx } from '../../db/db.js';
import { AppError, ErrorCode, badInput } from '../../errors.js';
import { logger } from '../../logger.js';
import type { Context, IdempotencyHeader } from '../context.js';

const IDEMPOTENCY_HEADER = 'Idempotency-Key';

/** The IETF draft sends the key as a Structured Field string ("..."); a bare token is taken as well. */
const KEY_SHAPE = /^[\x20-\x7e]{1,255}$/;

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

/** Stable JSON: object keys sorted, so equal variables always give the same text. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object')
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(v) ?? 'null';
}

/** The request a key was first used for: the operation (as parsed, so layout does not count) and its variables. */
function fingerprint(info: GraphQLResolveInfo): string {
  const fragments = Object.keys(info.fragments)
    .sort()
    .map((name) => print(info.fragments[name]));
  return sha256([print(info.operation), ...fragments, canonical(info.variableValues)].join('\n'));
}

const asUuid = (hex: string) =>
  `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;

const keyReused = () =>
  new AppError(
    ErrorCode.IDEMPOTENCY_KEY_REUSED,
    `This ${IDEMPOTENCY_HEADER} was already used for a different request; send a new key for a new request`,
  );

/** The same database, whose write transactions first claim the key (a second statement in that transaction:
 * the claim must hold its lock before the write reads anything, which one statement cannot promise). */
function claiming(db: Db, claim: { id: string; fingerprint: string; ttlSeconds: number }): Db {
  const wrapped = Object.create(db) as Db;
  wrapped.writeTx = <T>(work: (tx: Tx) => Promise<T>) =>
    db.writeTx(async (tx) => {
      const [row] = await tx.run<{ same: boolean }>('idempotency/claim-key', claim);
      if (!row.same) throw keyReused();
      return work(tx);
    });
  return wrapped;
}

/**
 * The context and request id one mutation field runs with. Without a key: a fresh id. With one: the key is
 * scoped to the caller (role and label: another caller's key is another key), and the request id is derived from
 * the key, the request and the field, so a retry finds the first attempt's Change and writes nothing.
 */
export function once(ctx: Context, info: GraphQLResolveInfo): { ctx: Context; requestId: string } {
  const header = ctx.idempotency;
  if (!header) return { ctx, requestId: randomUUID() };
  const key = header.key.replace(/^"(.*)"$/, '$1');
  if (!KEY_SHAPE.test(key) || key.includes('"'))
    throw badInput(
      `The ${IDEMPOTENCY_HEADER} header must be 1 to 255 printable ASCII characters, e.g. a UUID`,
      IDEMPOTENCY_HEADER,
    );
  const id = sha256(JSON.stringify([ctx.viewer.role, ctx.viewer.label, key]));
  const request = fingerprint(info);
  const requestId = asUuid(sha256(`${id}\n${request}\n${String(info.path.key)}`));
  return {
    ctx: { ...ctx, db: claiming(ctx.db, { id, fingerprint: request, ttlSeconds: header.ttlSeconds }) },
    requestId,
  };
}

/** The header of an HTTP request, for the GraphQL context. */
export function idempotencyHeader(
  get: (name: string) => string | undefined,
  ttlSeconds: number,
): IdempotencyHeader | undefined {
  const key = get(IDEMPOTENCY_HEADER);
  return key === undefined ? undefined : { key, ttlSeconds };
}

const SWEEP_BATCH = 1000;
/** Expired claims are deleted this often (each replica sweeps; deleting is idempotent). */
const SWEEP_EVERY_MS = 10 * 60_000;

/** Deletes every expired claim, in batches; returns how many. */
export async function sweepExpiredKeys(db: Db): Promise<number> {
  let total = 0;
  for (;;) {
    const [{ deleted }] = await db.write<{ deleted: number }>('idempotency/expire-keys', { batch: SWEEP_BATCH });
    total += deleted;
    if (deleted < SWEEP_BATCH) return total;
  }
}

/** Sweeps every SWEEP_EVERY_MS until the returned function is called. */
export function keepSweeping(db: Db): () => void {
  const sweep = () =>
    sweepExpiredKeys(db).catch((e: unknown) =>
      logger.error('idempotency key sweep failed', { message: (e as Error)?.message }),
    );
  const timer = setInterval(sweep, SWEEP_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
