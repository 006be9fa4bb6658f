// Several replicas sharing Redis (REDIS_URL): Debian's redis-server on port 6395 with a temporary folder, and two
// `node dist/src/main.js` processes on the one test Neo4j. The anonymous rate limit counts once across them, and a
// key revoked with `npm run token -- revoke` is refused by both within a second, although each had it cached.
import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeys } from '../../src/auth/api-keys.js';
import type { Db } from '../../src/db/db.js';
import { connect } from '../../src/db/connect.js';
import { testConfig, uid } from '../support/api.js';
import { dropKeys, httpApi } from '../support/http.js';

const MAIN = 'dist/src/main.js';
const TOKEN = 'dist/src/cli/token.js';
const REDIS_PORT = 6395;
const REDIS_URL = `redis://127.0.0.1:${REDIS_PORT}`;
const REDIS_SERVER = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).stdout.trim();
// CI installs redis-server (.ci/run): there, its absence is a failure, not a skip.
if (!REDIS_SERVER && process.env.CI)
  throw new Error('redis-server is not installed, and CI must run the replica tests');
if (!REDIS_SERVER)
  console.warn(
    'tests/security/replicas.test.ts SKIPPED: redis-server is not installed (apt-get install redis-server; .ci/run installs it)',
  );

const P = uid('replicas');
const LIMIT = 10;
const run = promisify(execFile);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function neo4jEnv(): Record<string, string> {
  const c = testConfig();
  return {
    NEO4J_URI: c.neo4j.uri,
    NEO4J_USERNAME: c.neo4j.username,
    NEO4J_PASSWORD: c.neo4j.password,
    NEO4J_DATABASE: c.neo4j.database,
  };
}

interface Replica {
  child: ChildProcess;
  url: string;
  exited: Promise<number | null>;
  stderr: () => string;
}

/** Starts `node dist/src/main.js` on a free port and waits for its ready line, which names its URL. */
async function replica(env: Record<string, string>): Promise<Replica> {
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, ...neo4jEnv(), PORT: '0', SEED_ON_EMPTY: 'false', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d) => {
    stderr += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  for (let i = 0; i < 300 && child.exitCode === null && !stderr.includes('advocacy-graph ready'); i++) await sleep(200);
  const url = /"graphql":"(http:\/\/[^"]+)\/graphql"/.exec(stderr)?.[1];
  if (!url) throw new Error(`replica did not start: ${stderr}`);
  return { child, url, exited, stderr: () => stderr };
}

async function stop(r: Replica | undefined) {
  if (!r || r.child.exitCode !== null) return;
  r.child.kill('SIGTERM');
  const timer = setTimeout(() => r.child.kill('SIGKILL'), 20_000);
  expect(await r.exited).toBe(0);
  clearTimeout(timer);
}

async function ask(url: string, token?: string): Promise<{ status: number; code?: string }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: '{ themes { id } }' }),
  });
  const body = (await res.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
  return { status: res.status, code: body.errors?.[0]?.extensions?.code };
}

describe.runIf(REDIS_SERVER && existsSync(MAIN))('two replicas sharing Redis', () => {
  let dir: string;
  let server: ChildProcess;
  let redis: Redis;
  let db: Db;
  let a: Replica;
  let b: Replica;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'advocacy-redis-'));
    server = spawn(
      REDIS_SERVER,
      ['--port', String(REDIS_PORT), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    );
    // Commands wait in the client's queue until the server answers.
    redis = new Redis(REDIS_URL, { retryStrategy: () => 100 });
    redis.on('error', () => {});
    await redis.ping();
    db = await connect(testConfig());
    // A long key cache: only the revocation message can explain a replica refusing a cached key within a second.
    const env = {
      REDIS_URL,
      RATE_LIMIT_ANONYMOUS: String(LIMIT),
      RATE_LIMIT_WINDOW_SECONDS: '60',
      AUTH_KEY_CACHE_SECONDS: '300',
    };
    [a, b] = await Promise.all([replica(env), replica(env)]);
  });

  afterAll(async () => {
    await Promise.all([stop(a), stop(b)]);
    await dropKeys(db, P);
    await db.driver.close();
    redis.disconnect();
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
  });

  it('count the anonymous rate limit once: requests split across the two are refused past the limit on both', async () => {
    await redis.flushall();
    for (let i = 0; i < LIMIT; i++) expect((await ask(i % 2 ? a.url : b.url)).status).toBe(200);
    expect(await ask(a.url)).toEqual({ status: 429, code: 'RATE_LIMITED' });
    expect(await ask(b.url)).toEqual({ status: 429, code: 'RATE_LIMITED' });
  });

  it('refuse a key revoked with `npm run token -- revoke` within a second, although both had it cached', async () => {
    await redis.flushall();
    const label = `${P}-revoked`;
    const { key } = await new ApiKeys(db, 0).create(label, 'viewer');
    // A third server without Redis, caching keys as long: it is the one that still accepts the key afterwards.
    const alone = await httpApi({ AUTH_KEY_CACHE_SECONDS: '300' });
    try {
      for (const url of [a.url, b.url, alone.url]) expect((await ask(url, key)).status).toBe(200);
      // Run apart (not spawnSync): a blocked test process would find its kept-alive sockets closed under it.
      const revoke = await run(process.execPath, [TOKEN, 'revoke', label], {
        env: { ...process.env, ...neo4jEnv(), REDIS_URL },
      });
      expect(revoke.stderr).toBe('');
      const revokedAt = Date.now();
      for (const url of [a.url, b.url]) {
        let r = await ask(url, key);
        while (r.status === 200 && Date.now() - revokedAt < 1000) {
          await sleep(50);
          r = await ask(url, key);
        }
        expect(r).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
      }
      expect(Date.now() - revokedAt).toBeLessThan(1000);
      expect((await ask(alone.url, key)).status).toBe(200);
    } finally {
      await alone.close();
    }
  });

  it('a replica whose REDIS_URL does not answer stops at start with one line naming it, without its password', async () => {
    const r = spawnSync(process.execPath, [MAIN], {
      env: {
        ...process.env,
        ...neo4jEnv(),
        PORT: '0',
        SEED_ON_EMPTY: 'false',
        REDIS_URL: 'redis://user:s3cret@127.0.0.1:1',
      },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toEqual([
      'advocacy-graph: cannot reach Redis at redis://127.0.0.1:1 (is it running? check REDIS_URL)',
    ]);
  });
});
