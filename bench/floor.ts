// Child process: the floor. The same questions as hand-written Cypher (bench/cypher/floor/*.cypher) sent straight
// through neo4j-driver behind a bare HTTP endpoint, so that it pays the same network hop as the GraphQL servers.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import neo4j from 'neo4j-driver';
import { toNeo4j, toPlain } from '../src/db/values.js';
import { StatementCounter } from './counting.js';
import { benchCypher } from './cypher.js';
import { announce, exitWithParent } from './serve.js';

export const FLOOR_OPS = ['shared-messages', 'advocacy-spaces', 'intersection-graph', 'search', 'create-message'] as const;
const WRITES = new Set(['create-message']);

const counter = new StatementCounter();
const driver = counter.wrap(neo4j.driver(process.env.NEO4J_URI!, neo4j.auth.basic(process.env.NEO4J_USERNAME!, process.env.NEO4J_PASSWORD!)));
const statements = new Map(FLOOR_OPS.map((op) => [op as string, benchCypher(`floor/${op}`)]));

const app = express();
app.disable('x-powered-by');
app.get('/stats', (_req, res) => { res.json({ statements: counter.count }); });
app.post('/floor/:op', express.json({ limit: '100kb' }), async (req, res) => {
  const op = String(req.params.op);
  const text = statements.get(op);
  if (!text) { res.status(404).json({ error: `no floor statement ${op}` }); return; }
  const session = driver.session({ defaultAccessMode: WRITES.has(op) ? neo4j.session.WRITE : neo4j.session.READ });
  try {
    const run = (tx: { run: (t: string, p: Record<string, unknown>) => Promise<{ records: Array<{ toObject(): object }> }> }) => tx.run(text, toNeo4j(req.body) as Record<string, unknown>);
    const result = await (WRITES.has(op) ? session.executeWrite(run) : session.executeRead(run));
    res.json({ rows: result.records.map((r) => toPlain(r.toObject())) });
  } catch (e) {
    res.status(500).json({ error: (e as Error).message });
  } finally {
    await session.close();
  }
});
const http = createServer(app);
await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
exitWithParent(async () => { http.close(); await driver.close(); });
announce(`http://127.0.0.1:${(http.address() as AddressInfo).port}`);
