#!/usr/bin/env node
// SIGTERM with slow requests in flight, against `node dist/src/main.js` started as production starts it (a clean
// environment: NODE_ENV=production, or no NODE_ENV at all; never the test runner's NODE_ENV=test).
// The requests are slow the honest way: a client on a slow link sends its body in two parts, the second one
// after the signal, so the server holds every request in flight through the drain; half of them also ask the
// largest answer of the seed graph. Also checked: no new connection is taken during the drain, an idle keep-alive
// connection is closed, and a response on a keep-alive connection says `Connection: close`.
// Usage (after `npm run build`, with Neo4j up): node scripts/drain-check.mjs [runs=5] [production|none]
// Neo4j: NEO4J_URI/NEO4J_USERNAME/NEO4J_PASSWORD, else the local server (NEO4J_LOCAL_BOLT_PORT).
import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { connect } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const HEAVY = 'query($t: [ID!]!) { intersectionGraph(themes: $t, includeSpaces: true) { nodes { id label } edges { source target } } }';
const LIGHT = '{ themes { id name } }';
const THEMES = ['sex-work', 'migration', 'srhr', 'harm-reduction', 'hiv', 'violence', 'trafficking', 'community-health'];

function neo4jEnv() {
  const e = process.env;
  return {
    NEO4J_URI: e.NEO4J_URI || `bolt://127.0.0.1:${e.NEO4J_LOCAL_BOLT_PORT ?? 7687}`,
    NEO4J_USERNAME: e.NEO4J_USERNAME ?? 'neo4j',
    NEO4J_PASSWORD: e.NEO4J_PASSWORD ?? e.NEO4J_LOCAL_PASSWORD ?? 'advocacy-local',
    NEO4J_DATABASE: e.NEO4J_DATABASE ?? 'neo4j',
  };
}

/** Starts the API with only what it needs in its environment; resolves with its URL and exit. */
async function startApi(nodeEnv, neo4j, graceMs) {
  const env = { PATH: process.env.PATH, ...neo4j, PORT: '0', LOG_LEVEL: 'info', SEED_ON_EMPTY: 'true', SHUTDOWN_GRACE_MS: String(graceMs) };
  if (nodeEnv !== 'none') env.NODE_ENV = nodeEnv;
  const child = spawn(process.execPath, [join(ROOT, 'dist/src/main.js')], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  const exited = new Promise((r) => child.on('exit', (code, signal) => r({ code, signal, at: Date.now() })));
  for (let i = 0; i < 1800 && !/advocacy-graph ready/.test(stderr); i++) {
    if (child.exitCode !== null) break;
    await sleep(100);
  }
  const url = /"graphql":"(http:\/\/[^"]+)\/graphql"/.exec(stderr)?.[1];
  if (!url) { child.kill('SIGKILL'); throw new Error(`the API did not start: ${stderr.slice(-500)}`); }
  return { child, url, exited, stderr: () => stderr };
}

/** A POST whose body arrives in two parts; `finish()` sends the rest. Resolves with status, headers and body. */
function slowPost(url, query, variables, agent) {
  const body = JSON.stringify({ query, variables });
  const { hostname, port } = new URL(url);
  let finish;
  const done = new Promise((resolveDone) => {
    const req = request({ hostname, port, path: '/graphql', method: 'POST', agent,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { text += c; });
      res.on('end', () => resolveDone({ status: res.statusCode, connection: res.headers.connection, text }));
      res.on('error', (e) => resolveDone({ error: e.code ?? e.message }));
    });
    req.on('error', (e) => resolveDone({ error: e.code ?? e.message }));
    const half = Math.floor(body.length / 2);
    req.write(body.slice(0, half));
    finish = () => req.end(body.slice(half));
  });
  return { done, finish: () => finish() };
}

const answered = (r) => r.status === 200 && !r.error && JSON.parse(r.text).data != null && !JSON.parse(r.text).errors;

function refused(url) {
  const { hostname, port } = new URL(url);
  return new Promise((r) => {
    const s = connect({ host: hostname, port: Number(port) }, () => { s.destroy(); r(false); });
    s.on('error', () => r(true));
  });
}

/** One run: `requests` slow requests in flight, SIGTERM, the rest of their bodies `lateMs` later.
 * nodeEnv 'none' starts the API with no NODE_ENV at all. */
export async function drainRun({ nodeEnv = 'production', requests = 16, lateMs = 500, graceMs = 10_000, neo4j = neo4jEnv() } = {}) {
  const api = await startApi(nodeEnv, neo4j, graceMs);
  // A keep-alive connection left idle, and one that carries a request in flight through the drain.
  const idleAgent = new Agent({ keepAlive: true, maxSockets: 1 });
  // The large answer first (its plan is cold after a start), as on a server that has been running a while.
  const idle = slowPost(api.url, HEAVY, { t: THEMES }, idleAgent);
  idle.finish();
  if (!answered(await idle.done)) throw new Error('the warm-up request failed');
  const idleSocket = Object.values(idleAgent.freeSockets).flat()[0];
  const idleClosed = new Promise((r) => idleSocket.once('close', () => r(Date.now())));
  const keptAgent = new Agent({ keepAlive: true, maxSockets: 1 });

  const slow = Array.from({ length: requests }, (_, i) => (i === 0
    ? slowPost(api.url, LIGHT, {}, keptAgent)
    : i % 2 ? slowPost(api.url, HEAVY, { t: THEMES }, false) : slowPost(api.url, LIGHT, {}, false)));
  await sleep(300);
  const signalled = Date.now();
  api.child.kill('SIGTERM');
  await sleep(50);
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
