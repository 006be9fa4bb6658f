#!/usr/bin/env node
// SIGTERM with slow requests in flight, against `node dist/src/main.js` started as production starts it (a clean
// environment: NODE_ENV=production, or no NODE_ENV at all; never the test runner's NODE_ENV=test).
// The requests are slow the honest way: a client on a slow link sends its body in two parts, the second one
// after the signal, so the server holds every request in flight through the drain (a request counts as in
// flight once the server has answered its `Expect: 100-continue`); half of them also ask the largest answer of
// the seed graph. Also checked: no new connection is taken during the drain, an idle keep-alive
// connection is closed, and a response on a keep-alive connection says `Connection: close`.
// Usage (after `npm run build`, with Neo4j up): node scripts/drain-check.mjs [runs=5] [production|none]
// Neo4j: NEO4J_URI/NEO4J_USERNAME/NEO4J_PASSWORD, else the local server (NEO4J_LOCAL_BOLT_PORT).
import { Agent, request } from 'node:http';
import { connect } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { neo4jEnv, sleep, startApi } from './api-process.mjs';

const HEAVY =
  'query($t: [ID!]!) { intersectionGraph(themes: $t, includeSpaces: true) { nodes { id label } edges { source target } } }';
const LIGHT = '{ themes { id name } }';
const THEMES = [
  'sex-work',
  'migration',
  'srhr',
  'harm-reduction',
  'hiv',
  'violence',
  'trafficking',
  'community-health',
];

/** A POST whose body arrives in two parts: headers first with `Expect: 100-continue`, so the server's
 * `100 Continue` says it holds the request (`received`); the first half of the body then, `finish()` sends the rest.
 * `done` resolves with the status, the Connection header and the body. */
function slowPost(url, query, variables, agent) {
  const body = JSON.stringify({ query, variables });
  const { hostname, port } = new URL(url);
  let finish;
  let received;
  const held = new Promise((r) => {
    received = r;
  });
  const done = new Promise((resolveDone) => {
    const req = request(
      {
        hostname,
        port,
        path: '/graphql',
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          expect: '100-continue',
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c) => {
          text += c;
        });
        res.on('end', () => resolveDone({ status: res.statusCode, connection: res.headers.connection, text }));
        res.on('error', (e) => resolveDone({ error: e.code ?? e.message }));
      },
    );
    req.on('error', (e) => {
      received();
      resolveDone({ error: e.code ?? e.message });
    });
    const half = Math.floor(body.length / 2);
    req.on('continue', () => {
      req.write(body.slice(0, half));
      received();
    });
    finish = () => req.end(body.slice(half));
  });
  return { done, received: held, finish: () => finish() };
}

const answered = (r) => r.status === 200 && !r.error && JSON.parse(r.text).data != null && !JSON.parse(r.text).errors;

function refused(url) {
  const { hostname, port } = new URL(url);
  return new Promise((r) => {
    const s = connect({ host: hostname, port: Number(port) }, () => {
      s.destroy();
      r(false);
    });
    s.on('error', () => r(true));
  });
}

/** One run: `requests` slow requests in flight, SIGTERM, the rest of their bodies `lateMs` later.
 * nodeEnv 'none' starts the API with no NODE_ENV at all. */
export async function drainRun({
  nodeEnv = 'production',
  requests = 16,
  lateMs = 500,
  graceMs = 10_000,
  neo4j = neo4jEnv(),
} = {}) {
  const api = await startApi(nodeEnv, neo4j, { SHUTDOWN_GRACE_MS: String(graceMs) });
  // A keep-alive connection left idle, and one that carries a request in flight through the drain.
  const idleAgent = new Agent({ keepAlive: true, maxSockets: 1 });
  // The large answer first (its plan is cold after a start), as on a server that has been running a while.
  const idle = slowPost(api.url, HEAVY, { t: THEMES }, idleAgent);
  await idle.received;
  idle.finish();
  if (!answered(await idle.done)) throw new Error('the warm-up request failed');
  const idleSocket = Object.values(idleAgent.freeSockets).flat()[0];
  const idleClosed = new Promise((r) => idleSocket.once('close', () => r(Date.now())));
  const keptAgent = new Agent({ keepAlive: true, maxSockets: 1 });

  const slow = Array.from({ length: requests }, (_, i) =>
    i === 0
      ? slowPost(api.url, LIGHT, {}, keptAgent)
      : i % 2
        ? slowPost(api.url, HEAVY, { t: THEMES }, false)
        : slowPost(api.url, LIGHT, {}, false),
  );
  // In flight: the server has taken every request (its 100 Continue) and waits for the rest of the body.
  await Promise.all(slow.map((s) => s.received));
  const signalled = Date.now();
  api.child.kill('SIGTERM');
  // Once the process has taken the signal (it logs it), no new connection is accepted.
  while (!/"shutting down"/.test(api.stderr())) await sleep(10);
  const newConnectionRefused = await refused(api.url);
  await sleep(lateMs);
  for (const s of slow) s.finish();
  const results = await Promise.all(slow.map((s) => s.done));
  const exit = await api.exited;
  const idleClosedAt = await Promise.race([idleClosed, sleep(100).then(() => null)]);
  idleAgent.destroy();
  keptAgent.destroy();
  return {
    nodeEnv,
    inFlight: requests,
    answered: results.filter(answered).length,
    cut: results.filter((r) => !answered(r)).length,
    errors: results.filter((r) => !answered(r)).map((r) => r.error ?? `${r.status} ${r.text?.slice(0, 120)}`),
    exitCode: exit.code,
    exitSignal: exit.signal,
    drainMs: exit.at - signalled,
    newConnectionRefused,
    idleKeepAliveClosedMs: idleClosedAt === null ? null : idleClosedAt - signalled,
    keepAliveResponseConnection: results[0].connection ?? null,
  };
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const runs = Number(process.argv[2] ?? 5);
  const modes = process.argv[3] ? [process.argv[3]] : ['production', 'none'];
  for (const nodeEnv of modes) {
    for (let i = 1; i <= runs; i++) {
      const r = await drainRun({ nodeEnv });
      console.log(JSON.stringify({ run: i, ...r }));
    }
  }
}
