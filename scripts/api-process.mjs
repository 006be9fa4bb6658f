// `node dist/src/main.js` as production starts it, for the life-cycle scripts: a clean environment (only PATH,
// the Neo4j settings and what the caller adds; never the test runner's NODE_ENV=test).
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** NEO4J_URI/NEO4J_USERNAME/NEO4J_PASSWORD when set, else the local server of scripts/neo4j.mjs. */
export function neo4jEnv() {
  const e = process.env;
  return {
    NEO4J_URI: e.NEO4J_URI || `bolt://127.0.0.1:${e.NEO4J_LOCAL_BOLT_PORT ?? 7687}`,
    NEO4J_USERNAME: e.NEO4J_USERNAME ?? 'neo4j',
    NEO4J_PASSWORD: e.NEO4J_PASSWORD ?? e.NEO4J_LOCAL_PASSWORD ?? 'advocacy-local',
    NEO4J_DATABASE: e.NEO4J_DATABASE ?? 'neo4j',
  };
}

/** Starts the API; nodeEnv 'none' leaves NODE_ENV unset. Resolves once it logs that it is ready. */
export async function startApi(nodeEnv, neo4j, extra = {}) {
  const env = { PATH: process.env.PATH, ...neo4j, PORT: '0', LOG_LEVEL: 'info', SEED_ON_EMPTY: 'true', ...extra };
  if (nodeEnv !== 'none') env.NODE_ENV = nodeEnv;
  const child = spawn(process.execPath, [join(ROOT, 'dist/src/main.js')], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  const exited = new Promise((r) => child.on('exit', (code, signal) => r({ code, signal, at: Date.now() })));
  // Up to 3 minutes: on an empty database the first start loads the seed graph.
  for (let i = 0; i < 1800 && !/advocacy-graph ready/.test(stderr) && child.exitCode === null; i++) await sleep(100);
  const url = /"graphql":"(http:\/\/[^"]+)\/graphql"/.exec(stderr)?.[1];
  if (!url) {
    child.kill('SIGKILL');
    throw new Error(`the API did not start: ${stderr.slice(-500)}`);
  }
  return { child, url, exited, stderr: () => stderr };
}
