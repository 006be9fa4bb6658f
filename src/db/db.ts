// The one place that talks to Neo4j: named statements, read/write mode, counting, timeouts, error mapping.
import neo4j, { type Driver, type ManagedTransaction, type QueryResult } from 'neo4j-driver';
import { cypherDuration, cypherStatements } from '../metrics.js';
import { dbUnavailable, queryTimeout } from '../errors.js';
import { logger } from '../logger.js';
import type { CypherRegistry } from './cypher-registry.js';
import { Deadline, DeadlinePassed, PROBE_MS, retried } from './deadline.js';
import { toNeo4j, toPlain } from './values.js';

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

/** A transaction in which named statements run; each run counts as one statement sent. */
export interface Tx {
  /** Runs the statement `name`, or `text` (a rendered template of it) counted under that name. */
  run<T = Row>(name: string, params?: Params, text?: string): Promise<T[]>;
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

function isUnavailable(e: unknown): boolean {
  const code = (e as { code?: string })?.code;
  return code !== undefined && (UNAVAILABLE.has(code) || code.startsWith('Neo.ClientError.Database.DatabaseNotFound'));
}

/** Neo4j ended the transaction at its timeout (ours, or the server's db.transaction.timeout). */
const isTimeout = (e: unknown) =>
  ((e as { code?: string })?.code ?? '').startsWith('Neo.ClientError.Transaction.TransactionTimedOut');

/** How long after Neo4j was seen unavailable a held statement may be abandoned (Neo4j took up to 53 s to start
 * under load after a kill -9, then statements were held up to 34 s). */
const RECOVERY_MS = 120_000;

/** How many statement texts Db remembers having run (see firstRuns). */
const REMEMBERED = 1_000;

export class Db {
  /** The first run of each statement text, by text: Neo4j does not share a plan being made, so the same cold
   * statement sent 30 times at once was planned 30 times. Later runs of a text wait for its first one. */
  private readonly firstRuns = new Map<string, Promise<unknown>>();
  private probe: Promise<boolean> | null = null;
  /** When Neo4j was last seen unavailable (a request or the readiness probe); 0: not since start. */
  private unavailableAt = 0;
  /** Statements the warm-up is planning now (see plan). */
  private readonly planning = new Map<string, Promise<unknown>>();

  constructor(
    readonly driver: Driver,
    readonly database: string,
    readonly cypher: CypherRegistry,
    /** Every transaction is cut by Neo4j after this long (NEO4J_TX_TIMEOUT_MS). */
    readonly txTimeoutMs = 30_000,
    /** How long a request waits for Neo4j (NEO4J_MAX_RETRY_MS) before DATABASE_UNAVAILABLE; see deadline.ts. */
    private readonly waitMs = 5_000,
  ) {}

  statement(name: string): string {
    const text = this.cypher.get(name);
    if (text === undefined) throw new Error(`no Cypher statement named ${name}`);
    return text;
  }

  /** One named statement in a read transaction (routable to secondaries on a cluster). */
  read<T = Row>(name: string, params: Params = {}): Promise<T[]> {
    return this.session('READ', (tx) => tx.run<T>(name, params));
  }

  /** One named statement in a write transaction. */
  write<T = Row>(name: string, params: Params = {}): Promise<T[]> {
    return this.session('WRITE', (tx) => tx.run<T>(name, params));
  }

  /** Several named statements, all-or-nothing. The work may be retried by the driver: keep it idempotent. */
  writeTx<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.session('WRITE', work);
  }

  readTx<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.session('READ', work);
  }

  /** One rendered template of the named statement (see graphql/projection/render.ts) in a read transaction. */
  readText<T = Row>(name: string, text: string, params: Params = {}): Promise<T[]> {
    return this.session('READ', (tx) => tx.run<T>(name, params, text));
  }

  /** Runs a statement given as text (migrations, EXPLAIN checks), outside the registry. */
  async raw<T = Row>(text: string, params: Params = {}, mode: 'READ' | 'WRITE' = 'WRITE'): Promise<T[]> {
    return this.session(mode, (tx) => tx.run<T>('raw', params, text));
  }

  /** Runs a statement in a transaction that is rolled back: Neo4j plans it and caches the plan, nothing is kept.
   * (EXPLAIN alone does not fill the cache: measured with db.stats on 5.26, the first run after it planned again.) */
  async plan(text: string, params: Params, mode: 'READ' | 'WRITE'): Promise<void> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const tx = session.beginTransaction({ timeout: this.txTimeoutMs });
    try {
      // Requests of this text that arrive meanwhile wait for this plan instead of making another (see wrap).
      const running = tx.run(text, toNeo4j(params) as Params);
      this.planning.set(text, running);
      await running.finally(() => this.planning.delete(text));
    } finally {
      await tx.rollback().catch(() => {});
      await session.close();
    }
  }

  /** True when the database answers a read within `timeoutMs`: one attempt, no driver retry, so it says how the
   * database is now. Callers at the same moment share one probe. */
  answers(timeoutMs: number): Promise<boolean> {
    this.probe ??= this.probeOnce(timeoutMs)
      .then((ok) => {
        if (!ok) this.unavailableAt = Date.now();
        return ok;
      })
      .finally(() => {
        this.probe = null;
      });
    return this.probe;
  }

  /** Neo4j was unavailable within the last RECOVERY_MS: a statement held unanswered now is more likely Neo4j
   * starting than a slow plan on a busy server, so the deadline may probe and abandon it (see deadline.ts). */
  private recovering(): boolean {
    return this.unavailableAt > 0 && Date.now() - this.unavailableAt < RECOVERY_MS;
  }

  private async probeOnce(timeoutMs: number): Promise<boolean> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    const read = session.run(this.statement('health/ready'), {}, { timeout: timeoutMs }).then(
      () => true,
      () => false,
    );
    try {
      return await Promise.race([read, late]);
    } finally {
      clearTimeout(timer);
      session.close().catch(() => {});
    }
  }

  /** Waits for indexes being built, up to `seconds`: the one statement allowed to outlast the transaction timeout. */
  async awaitIndexes(seconds: number): Promise<void> {
    await this.session(
      'READ',
      (tx) => tx.run('raw', { seconds }, 'CALL db.awaitIndexes($seconds)'),
      (seconds + 5) * 1000,
    );
  }

  protected async session<T>(
    mode: 'READ' | 'WRITE',
    work: (tx: Tx) => Promise<T>,
    timeout = this.txTimeoutMs,
  ): Promise<T> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    // Outside recovery the probe is not even asked: under load a busy Neo4j queues it too, and a slow statement of
    // a healthy server was cut as unavailable (seen in the 100k benchmark).
    const deadline = new Deadline(this.waitMs, async () => !this.recovering() || this.answers(PROBE_MS));
    try {
      const fn = deadline.guard((mtx: ManagedTransaction) => work(this.wrap(mtx, mode)));
      const config = { timeout };
      const attempt = () => (mode === 'READ' ? session.executeRead(fn, config) : session.executeWrite(fn, config));
      return await deadline.race(retried(attempt, () => deadline.expired));
    } catch (e) {
      if (isUnavailable(e) || e instanceof DeadlinePassed) {
        this.unavailableAt = Date.now();
        throw dbUnavailable();
      }
      if (isTimeout(e)) throw queryTimeout(timeout);
      throw e;
    } finally {
      // Past the deadline the session may still be waiting for a connection: close it without making the caller wait.
      const closed = session.close();
      if (!deadline.expired) await closed;
      else closed.catch(() => {});
    }
  }

  private remember(cypher: string, run: Promise<unknown>): void {
    if (this.firstRuns.size >= REMEMBERED) this.firstRuns.delete(this.firstRuns.keys().next().value!);
    // Only when it ended, never its result: kept for up to REMEMBERED texts, a large answer (an intersection graph)
    // would stay in memory with it.
    this.firstRuns.set(
      cypher,
      run.then(
        () => undefined,
        () => undefined,
      ),
    );
  }

  private wrap(mtx: ManagedTransaction, mode: 'READ' | 'WRITE'): Tx {
    return {
      run: async <T>(name: string, params: Params = {}, text?: string) => {
        const cypher = text ?? this.statement(name);
        // Parameter names only: values are the request's data (and may be secrets, such as key hashes).
        logger.debug('cypher', { name, mode, params: Object.keys(params), cypher });
        cypherStatements.inc({ query: name, mode });
        const end = cypherDuration.startTimer({ query: name });
        const first = this.firstRuns.get(cypher);
        if (first) await first;
        await this.planning.get(cypher)?.catch(() => {});
        const running: Promise<QueryResult> = mtx.run(cypher, toNeo4j(params) as Params);
        if (!first) this.remember(cypher, running);
        const result = await running;
        end();
        return result.records.map((r) => toPlain(r.toObject()) as T);
      },
    };
  }
}

/** Transient errors (a cluster electing a leader, Neo4j restarting) are retried by Db, with shorter pauses than the
 * driver's (deadline.ts, retried), for up to maxRetryMs; then DATABASE_UNAVAILABLE. */
export function createDriver(uri: string, username: string, password: string, maxRetryMs = 5_000): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(username, password), {
    // Our integers (versions, counts, years) are far below 2^53: native numbers save converting every result.
    disableLosslessIntegers: true,
    // Within the wait a request allows (Db's deadline), so no connection attempt outlives the request by much.
    connectionTimeout: Math.min(5_000, Math.max(maxRetryMs, 1_000)),
    connectionAcquisitionTimeout: Math.max(maxRetryMs, 1_000),
    // No retry in the driver: Db retries (see above).
    maxTransactionRetryTime: 0,
    logging: { level: 'error', logger: () => {} },
  });
}
