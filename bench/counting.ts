// Counts the Cypher statements a driver sends (every tx.run, session.run and executeQuery), for the peer and the
// floor; in the PROFILE run it also sends each statement with PROFILE and keeps the plan.
import type { Driver, ManagedTransaction, ProfiledPlan, Result, Session } from 'neo4j-driver';

export interface Profiled {
  text: string;
  plan: ProfiledPlan;
  ms: number;
}

type Runner = { run: (...args: Parameters<Session['run']>) => Result };

export class StatementCounter {
  count = 0;
  /** Set to a list to profile: every statement then runs as `PROFILE <statement>` and lands here. */
  profiled: Profiled[] | null = null;

  private run(target: Runner, args: Parameters<Session['run']>): Result {
    this.count++;
    const into = this.profiled;
    if (!into) return target.run(...args);
    const [text, ...rest] = args;
    const result = target.run(`PROFILE ${String(text)}`, ...rest);
    result.then(
      (r) => {
        if (r.summary.profile)
          into.push({
            text: String(text),
            plan: r.summary.profile,
            ms: Number(r.summary.resultAvailableAfter) + Number(r.summary.resultConsumedAfter),
          });
      },
      () => {},
    );
    return result;
  }

  /** The same driver, with every statement it sends counted. */
  wrap(driver: Driver): Driver {
    const counter = this;
    const tx = (t: ManagedTransaction) =>
      new Proxy(t, {
        get(target, prop) {
          if (prop === 'run')
            return (...args: Parameters<Session['run']>) => counter.run(target as unknown as Runner, args);
          return Reflect.get(target, prop, target);
        },
      });
    const session = (s: Session) =>
      new Proxy(s, {
        get(target, prop) {
          if (prop === 'run') return (...args: Parameters<Session['run']>) => counter.run(target, args);
          if (prop === 'executeRead' || prop === 'executeWrite') {
            return (work: (t: ManagedTransaction) => unknown, config?: unknown) =>
              (target[prop] as (w: unknown, c: unknown) => Promise<unknown>)(
                (t: ManagedTransaction) => work(tx(t)),
                config,
              );
          }
          const v = Reflect.get(target, prop, target);
          return typeof v === 'function' ? v.bind(target) : v;
        },
      });
    return new Proxy(driver, {
      get(target, prop) {
        if (prop === 'session') return (...args: Parameters<Driver['session']>) => session(target.session(...args));
        if (prop === 'executeQuery')
          return (...args: Parameters<Driver['executeQuery']>) => {
            counter.count++;
            return target.executeQuery(...args);
          };
        const v = Reflect.get(target, prop, target);
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });
  }
}
