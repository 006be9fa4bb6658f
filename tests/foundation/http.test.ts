// The service over real HTTP: health, metrics, and one Cypher statement per GraphQL operation as /metrics counts it.
import { createServer as createNetServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApollo } from '../../src/graphql/apollo.js';
import { createApp } from '../../src/http/app.js';
import { createDriver, Db } from '../../src/db/db.js';
import { loadCypher } from '../../src/db/cypher-registry.js';
import { start, type Running } from '../../src/server.js';
import { ApiKeys } from '../../src/auth/api-keys.js';
import { testConfig, uid } from '../support/api.js';

let running: Running;
let keys: ApiKeys;
const ADMIN = uid('metrics-admin');
const VIEWER = uid('metrics-viewer');
const bearer: Record<string, string> = {};
beforeAll(async () => {
  running = await start(testConfig({ PORT: '0', SEED_ON_EMPTY: 'false' }));
  keys = new ApiKeys(running.db, 0);
  bearer.admin = `Bearer ${(await keys.create(ADMIN, 'admin')).key}`;
  bearer.viewer = `Bearer ${(await keys.create(VIEWER, 'viewer')).key}`;
});
afterAll(async () => {
  await keys.revoke(ADMIN);
  await keys.revoke(VIEWER);
  await running.close();
});

async function metric(name: string): Promise<number> {
  const text = await (await fetch(`${running.url}/metrics`, { headers: { authorization: bearer.admin } })).text();
  return text
    .split('\n')
    .filter((l) => l.startsWith(name))
    .reduce((s, l) => s + Number(l.split(' ').pop()), 0);
}

const post = (query: string, variables = {}) =>
  fetch(`${running.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });

describe('health and metrics', () => {
  it('answers live and ready while Neo4j is up', async () => {
    expect((await fetch(`${running.url}/health/live`)).status).toBe(200);
    const ready = await fetch(`${running.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ neo4j: 'up' });
  });

  it('serves /metrics to admins only: anonymous 401, a viewer 403 (metrics show when admins write)', async () => {
    const anonymous = await fetch(`${running.url}/metrics`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).not.toMatch(/graphql_operations_total/);
    expect((await fetch(`${running.url}/metrics`, { headers: { authorization: bearer.viewer } })).status).toBe(403);
    const admin = await fetch(`${running.url}/metrics`, { headers: { authorization: bearer.admin } });
    expect(admin.status).toBe(200);
    expect(await admin.text()).toMatch(/graphql_operations_total/);
  });

  it('counts exactly one Cypher statement and one operation per GraphQL query over HTTP', async () => {
    const ops = await metric('graphql_operations_total');
    const before = await metric('cypher_statements_total');
    const res = await post(
      'query($t: [ID!]!) { sharedMessages(themes: $t) { totalCount edges { node { id themes { id name } spaces { id place { id } } } matchedThemes { id } } } }',
      { t: ['migration', 'sex-work'] },
    );
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.errors).toBeUndefined();
    expect((await metric('cypher_statements_total')) - before).toBe(1);
    expect((await metric('graphql_operations_total')) - ops).toBe(1);
  });
});

// Down: nothing listens. Starting: a listener that takes the connection and never speaks Bolt. Either way the
// answer comes within NEO4J_MAX_RETRY_MS + 1 s (the driver's own backoff alone gave 6 to 9 s, and more while starting).
describe.each([
  ['down', false],
  ['starting', true],
])('when Neo4j is %s', (_state, listening) => {
  it('is not ready (503) and GraphQL says DATABASE_UNAVAILABLE within NEO4J_MAX_RETRY_MS + 1 s, leaking nothing', async () => {
    const silent = createNetServer(() => {
      /* holds the connection, says nothing */
    }).listen(0, '127.0.0.1');
    await new Promise((r) => silent.once('listening', r));
    const port = listening ? (silent.address() as { port: number }).port : 1;
    const maxRetryMs = 5_000;
    const config = testConfig({ NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_MAX_RETRY_MS: String(maxRetryMs) });
    const db = new Db(createDriver(config.neo4j.uri, 'neo4j', 'x', maxRetryMs), 'neo4j', loadCypher(), maxRetryMs);
    const apollo = await createApollo(config);
    const server = createApp({ db, apollo, config }).listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    try {
      let t0 = Date.now();
      expect((await fetch(`${url}/health/ready`)).status).toBe(503);
      expect(Date.now() - t0).toBeLessThan(maxRetryMs + 1_000);
      t0 = Date.now();
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ themes { id } }' }),
      });
      const text = await res.text();
      expect(Date.now() - t0).toBeLessThan(maxRetryMs + 1_000);
      expect(JSON.parse(text).errors[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
      expect(text).not.toMatch(/127\.0\.0\.1|bolt:|Neo\.|ServiceUnavailable|stack/);
    } finally {
      server.close();
      silent.close();
      await apollo.stop();
      await db.driver.close().catch(() => {});
    }
  }, 30_000);
});

describe('readiness', () => {
  it('is 503 when Bolt answers but the database does not answer a read (connectivity alone is not readiness)', async () => {
    const c = testConfig();
    // The system database accepts connections and server-info calls, but holds no graph to read.
    const db = new Db(
      createDriver(c.neo4j.uri, c.neo4j.username, c.neo4j.password, 1_000),
      'system',
      loadCypher(),
      1_000,
    );
    const apollo = await createApollo(c);
    const server = createApp({ db, apollo, config: c }).listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    try {
      await db.driver.getServerInfo({ database: 'system' });
      const res = await fetch(`http://127.0.0.1:${(server.address() as { port: number }).port}/health/ready`);
      expect(res.status).toBe(503);
    } finally {
      server.close();
      await apollo.stop();
      await db.driver.close();
    }
  });

  it('is 503 while the server drains', async () => {
    let draining = false;
    const apollo = await createApollo(testConfig());
    const server = createApp({ db: running.db, apollo, config: testConfig(), draining: () => draining }).listen(
      0,
      '127.0.0.1',
    );
    await new Promise((r) => server.once('listening', r));
    const ready = () => fetch(`http://127.0.0.1:${(server.address() as { port: number }).port}/health/ready`);
    try {
      expect((await ready()).status).toBe(200);
      draining = true;
      expect(await (await ready()).json()).toMatchObject({ status: 'draining' });
    } finally {
      server.close();
      await apollo.stop();
    }
  });
});
