// Child process: the floor. The same questions as hand-written Cypher (bench/cypher/floor/*.cypher) sent straight
// through neo4j-driver behind a bare HTTP endpoint, so that it pays the same network hop as the GraphQL servers.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import neo4j from 'neo4j-driver';
import { StatementCounter } from './counting.js';
import { isFloorOp, runFloor } from './floor-ops.js';
import { announce, exitWithParent } from './serve.js';

const counter = new StatementCounter();
const driver = counter.wrap(
  neo4j.driver(process.env.NEO4J_URI!, neo4j.auth.basic(process.env.NEO4J_USERNAME!, process.env.NEO4J_PASSWORD!)),
);

const app = express();
app.disable('x-powered-by');
app.get('/stats', (_req, res) => {
  res.json({ statements: counter.count });
});
app.post('/floor/:op', express.json({ limit: '100kb' }), async (req, res) => {
  const op = String(req.params.op);
  if (!isFloorOp(op)) {
    res.status(404).json({ error: `no floor statement ${op}` });
    return;
  }
  try {
    res.json({ rows: await runFloor(driver, op, req.body as Record<string, unknown>) });
  } catch (e) {
    res.status(500).json({ error: (e as Error).message });
  }
});
const http = createServer(app);
await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
exitWithParent(async () => {
  http.close();
  await driver.close();
});
announce(`http://127.0.0.1:${(http.address() as AddressInfo).port}`);
