// The benchmark's own Neo4j: a separate home and port, so generating a graph never touches the tests' database.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
/** The smoke run (CI) has a small Neo4j of its own, so it never wipes a big generated graph. */
const SMOKE = process.argv.includes('--smoke');
export const BENCH_HOME = resolve(
  ROOT,
  process.env.BENCH_NEO4J_HOME ?? (SMOKE ? '.neo4j-bench/smoke' : '.neo4j-bench'),
);
/** 7688 is often taken by someone's scratch Neo4j; ours sit further away. */
const BENCH_PORT = Number(process.env.BENCH_NEO4J_PORT ?? (SMOKE ? 7699 : 7697));
export const BENCH_URI = `bolt://127.0.0.1:${BENCH_PORT}`;
export const BENCH_PASSWORD = 'advocacy-local';

function neo4jEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NEO4J_LOCAL_HOME: BENCH_HOME,
    NEO4J_LOCAL_BOLT_PORT: String(BENCH_PORT),
    NEO4J_LOCAL_PASSWORD: BENCH_PASSWORD,
    NEO4J_LOCAL_HEAP: process.env.BENCH_NEO4J_HEAP ?? (SMOKE ? '1g' : '2g'),
    NEO4J_LOCAL_PAGECACHE: process.env.BENCH_NEO4J_PAGECACHE ?? (SMOKE ? '256m' : '3g'),
  };
}

function ourPid(): number | null {
  const file = join(BENCH_HOME, 'run', 'neo4j.pid');
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, 'utf8').trim());
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

function portAnswers(): Promise<boolean> {
  return new Promise((done) => {
    const s = createConnection({ host: '127.0.0.1', port: BENCH_PORT }, () => {
      s.destroy();
      done(true);
    });
    s.on('error', () => done(false));
  });
}

/** Starts or stops the bench Neo4j through scripts/neo4j.mjs; refuses to adopt a server that is not ours. */
export async function benchNeo4j(command: 'start' | 'stop'): Promise<void> {
  if (command === 'stop' && !ourPid()) return;
  if (command === 'start' && !ourPid() && (await portAnswers())) {
    throw new Error(
      `port ${BENCH_PORT} is served by a Neo4j that is not ${BENCH_HOME}; set BENCH_NEO4J_PORT to a free port`,
    );
  }
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'neo4j.mjs'), command], {
    env: neo4jEnv(),
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (r.status !== 0) throw new Error(`scripts/neo4j.mjs ${command} failed for ${BENCH_HOME}`);
}

/** Environment for the three servers: the bench database, no seed, quiet logs; ours with the rate limit out of reach
 * (it runs, so its cost is measured, but a load test from one address would otherwise be refused). */
export function serverEnv(): NodeJS.ProcessEnv {
  const unlimited = String(1e9);
  return {
    ...process.env,
    NODE_ENV: 'production',
    NEO4J_URI: BENCH_URI,
    NEO4J_USERNAME: 'neo4j',
    NEO4J_PASSWORD: BENCH_PASSWORD,
    NEO4J_DATABASE: 'neo4j',
    PORT: '0',
    SEED_ON_EMPTY: 'false',
    LOG_LEVEL: 'error',
    RATE_LIMIT_ANONYMOUS: unlimited,
    RATE_LIMIT_AUTHENTICATED: unlimited,
    // The benchmark's keys (its /metrics scrapes, the editor's writes) are looked up once, not every 30 s: a lookup
    // counted among a workload's statements made ours 1.01 to 1.04 statements per operation.
    AUTH_KEY_CACHE_SECONDS: '3600',
  };
}
