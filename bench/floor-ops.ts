// The floor's questions: one hand-written statement each (bench/cypher/floor/<op>.cypher), run straight through
// neo4j-driver, by the floor server and by the PROFILE run alike.
import neo4j, { type Driver } from 'neo4j-driver';
import { toNeo4j, toPlain } from '../src/db/values.js';
import { benchCypher } from './cypher.js';

const FLOOR_OPS = new Set(['shared-messages', 'advocacy-spaces', 'intersection-graph', 'search', 'create-message']);
const WRITES = new Set(['create-message']);

export const isFloorOp = (op: string) => FLOOR_OPS.has(op);

/** Runs floor statement `op` with the request's parameters in one transaction; the rows as plain values. */
export async function runFloor(driver: Driver, op: string, params: Record<string, unknown>): Promise<unknown[]> {
  const text = benchCypher(`floor/${op}`);
  const session = driver.session({ defaultAccessMode: WRITES.has(op) ? neo4j.session.WRITE : neo4j.session.READ });
  try {
    const run = (tx: {
      run: (t: string, p: Record<string, unknown>) => Promise<{ records: Array<{ toObject(): object }> }>;
    }) => tx.run(text, toNeo4j(params) as Record<string, unknown>);
    const result = await (WRITES.has(op) ? session.executeWrite(run) : session.executeRead(run));
    return result.records.map((r) => toPlain(r.toObject()));
  } finally {
    await session.close();
  }
}
