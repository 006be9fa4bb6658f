// A Db that sends nothing: each statement the code would run is handed to `take`, then the work stops.
// The warm-up plans these statements at start; the snapshot tests read them without a database.
import type { Driver } from 'neo4j-driver';
import type { CypherRegistry } from './cypher-registry.js';
import { Db, type Params, type Tx } from './db.js';

export interface Statement {
  name: string;
  mode: 'READ' | 'WRITE';
  text: string;
  params: Params;
}

/** Thrown once a statement was taken: the caller's work ends there, as nothing answered it. */
export class Rehearsed extends Error {}

export class Rehearsal extends Db {
  constructor(
    cypher: CypherRegistry,
    private readonly take: (s: Statement) => Promise<void>,
  ) {
    super(undefined as unknown as Driver, 'rehearsal', cypher);
  }

  protected override async session<T>(mode: 'READ' | 'WRITE', work: (tx: Tx) => Promise<T>): Promise<T> {
    return work({
      run: async (name: string, params: Params = {}, text?: string) => {
        await this.take({ name, mode, text: text ?? this.statement(name), params });
        throw new Rehearsed(name);
      },
    });
  }
}
