// How long a request waits for Neo4j. Transient errors are retried here (retried), with short pauses: the driver's
// own pauses grow 1 s, 2 s, 4 s..., so a request waiting out Neo4j's restart resumed up to 2 s after Neo4j answered
// again, and alone it answered 6 to 9 s after a 5 s budget. While Neo4j is down the caller gets
// DATABASE_UNAVAILABLE once the budget is spent, and no attempt starts after it.
// A statement already sent is harder: while Neo4j starts it holds statements unanswered for 20 to 34 s, and a slow
// statement on a healthy server looks the same from here. So shortly before the budget a probe asks whether the
// database answers at all (one shared read, see Db.answers); only if it does not is the running attempt abandoned at
// the budget. An abandoned attempt can never commit: its work throws when it returns, so the driver rolls it back.
// Once an attempt's work has returned (its commit is under way) it is never abandoned: a write the caller was told
// failed must not be written.
import { isRetryableError } from 'neo4j-driver';

/** Pauses between attempts: from RETRY_FIRST_PAUSE_MS, doubling up to RETRY_MAX_PAUSE_MS, each ±20% so that
 * requests waiting together do not all come back at once. */
const RETRY_FIRST_PAUSE_MS = 100;
const RETRY_MAX_PAUSE_MS = 400;

/** Runs `attempt` until it succeeds, fails with an error that is not transient, or `over` says the wait is over.
 * A write is retried on the same errors as the driver would retry it (isRetryableError). */
export async function retried<T>(attempt: () => Promise<T>, over: () => boolean): Promise<T> {
  for (let pause = RETRY_FIRST_PAUSE_MS; ; pause = Math.min(2 * pause, RETRY_MAX_PAUSE_MS)) {
    try {
      return await attempt();
    } catch (e) {
      if (over() || !isRetryableError(e as Error)) throw e;
      await new Promise((resume) => setTimeout(resume, pause * (0.8 + 0.4 * Math.random())));
    }
  }
}

export class DeadlinePassed extends Error {
  constructor() {
    super('the wait for the database ended');
  }
}

/** How long before the budget the probe starts, and how long it may take. */
export const PROBE_MS = 1_000;

export class Deadline {
  private running = 0;
  private committing = false;
  private passed = false;
  private abandoned = false;
  private silent = false;
  private giveUp?: () => void;

  /** `answers` resolves true when the database answers a read now (within PROBE_MS). */
  constructor(
    private readonly budgetMs: number,
    private readonly answers: () => Promise<boolean> = async () => true,
  ) {}

  /** Wraps the transaction work: counts attempts running, refuses (without retry) those that would start late,
   * and makes an abandoned attempt fail (rolled back) instead of committing. */
  guard<A, R>(work: (a: A) => Promise<R>): (a: A) => Promise<R> {
    return async (a) => {
      if (this.passed) throw new DeadlinePassed();
      this.running++;
      try {
        const result = await work(a);
        if (this.abandoned) throw new DeadlinePassed();
        this.committing = true;
        return result;
      } catch (e) {
        // A late failure the driver would retry is only retried after a pause, and that retry is refused: answer
        // now. Any other failure (a timeout, a conflict, a bad statement) is the caller's answer as it is.
        if (this.passed && this.running === 1 && isRetryableError(e as Error)) this.giveUp?.();
        throw e;
      } finally {
        this.running--;
      }
    };
  }

  /** The transaction's outcome, or DeadlinePassed once the budget is spent with no attempt running, or with one
   * running while the database does not answer. */
  race<T>(transaction: Promise<T>): Promise<T> {
    const timers: NodeJS.Timeout[] = [];
    const late = new Promise<never>((_, reject) => {
      this.giveUp = () => {
        this.abandoned = true;
        reject(new DeadlinePassed());
      };
      timers.push(
        setTimeout(
          () => {
            if (this.running > 0 && !this.committing)
              void this.answers().then((ok) => {
                this.silent = !ok;
                if (this.silent && this.passed && !this.committing) this.giveUp!();
              });
          },
          Math.max(this.budgetMs / 2, this.budgetMs - PROBE_MS),
        ),
        setTimeout(() => {
          this.passed = true;
          if (!this.committing && (this.running === 0 || this.silent)) this.giveUp!();
        }, this.budgetMs),
      );
    });
    return Promise.race([transaction, late]).finally(() => timers.forEach(clearTimeout));
  }

  get expired(): boolean {
    return this.passed;
  }
}
