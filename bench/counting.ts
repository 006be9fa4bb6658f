// Counts the Cypher statements a driver sends (every tx.run, session.run and executeQuery), for the peer and the floor.
import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';

export class StatementCounter {
  count = 0;

  /** The same driver, with every statement it sends counted. */
  wrap(driver: Driver): Driver {
    const counter = this;
    const tx = (t: ManagedTransaction) => new Proxy(t, {
      get(target, prop) {
        if (prop === 'run') return (...args: Parameters<ManagedTransaction['run']>) => { counter.count++; return target.run(...args); };
        return Reflect.get(target, prop, target);
      },
    });
    const session = (s: Session) => new Proxy(s, {
      get(target, prop) {
        if (prop === 'run') return (...args: Parameters<Session['run']>) => { counter.count++; return target.run(...args); };
        if (prop === 'executeRead' || prop === 'executeWrite') {
          return (work: (t: ManagedTransaction) => unknown, config?: unknown) =>
            (target[prop] as (w: unknown, c: unknown) => Promise<unknown>)((t: ManagedTransaction) => work(tx(t)), config);
        }
        const v = Reflect.get(target, prop, target);
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });
    return new Proxy(driver, {
      get(target, prop) {
        if (prop === 'session') return (...args: Parameters<Driver['session']>) => session(target.session(...args));
        if (prop === 'executeQuery') return (...args: Parameters<Driver['executeQuery']>) => { counter.count++; return target.executeQuery(...args); };
        const v = Reflect.get(target, prop, target);
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });
  }
}
