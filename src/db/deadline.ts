// How long a request waits for Neo4j. The driver retries transient errors with growing pauses (1 s, 2 s, 4 s...)
// and only checks its retry time before a pause, so alone it answers 6 to 9 s after a 5 s budget; while Neo4j is
// down or starting the caller gets DATABASE_UNAVAILABLE once the budget is spent. Work already running statements
// is left to finish (the transaction timeout bounds it), and no attempt starts after the deadline, so nothing is
// written after the caller was told the database was unavailable.
import { isRetryableError } from 'neo4j-driver';

export class DeadlinePassed extends Error {
  constructor() {
    super('the wait for the database ended');
  }
}

export class Deadline {
  private running = 0;
  private passed = false;
  private giveUp?: () => void;

  constructor(private readonly budgetMs: number) {}

  /** Wraps the transaction work: counts attempts running, refuses (without retry) those that would start late. */
  guard<A, R>(work: (a: A) => Promise<R>): (a: A) => Promise<R> {
    return async (a) => {
      if (this.passed) throw new DeadlinePassed();
      this.running++;
      try {
        return await work(a);
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

  /** The transaction's outcome, or DeadlinePassed once the budget is spent with no attempt running. */
  race<T>(transaction: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      this.giveUp = () => reject(new DeadlinePassed());
      timer = setTimeout(() => {
        this.passed = true;
        if (this.running === 0) this.giveUp!();
      }, this.budgetMs);
    });
    return Promise.race([transaction, late]).finally(() => clearTimeout(timer));
  }

  get expired(): boolean {
    return this.passed;
  }
}
