// `node dist/src/main.js` as `npm start` runs it: clear one-line failures, and a clean SIGTERM (scripts/drain-check.mjs).
// Needs the compiled output: `npm test` builds first.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { testConfig } from '../support/api.js';
import { drainRun } from '../../scripts/drain-check.mjs';

const MAIN = 'dist/src/main.js';

function run(env: Record<string, string>) {
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, stderr: () => stderr };
}

describe.runIf(existsSync(MAIN))('the process', () => {
  it('exits non-zero within 30 s with one line naming an unreachable NEO4J_URI', async () => {
    const t0 = Date.now();
    const p = run({ NEO4J_URI: 'bolt://127.0.0.1:1', PORT: '0' });
    const code = await p.exited;
    expect(code).not.toBe(0);
    expect(Date.now() - t0).toBeLessThan(30_000);
    const lines = p.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('bolt://127.0.0.1:1');
    expect(lines[0]).not.toMatch(/\bat \/|Error:/);
  });

  it('names a wrong password and a malformed URI in one line', async () => {
    const c = testConfig();
    const bad = run({ NEO4J_URI: c.neo4j.uri, NEO4J_PASSWORD: 'wrong-password', PORT: '0' });
    expect(await bad.exited).not.toBe(0);
    expect(bad.stderr().trim()).toMatch(/rejected the username or password/);
    const malformed = run({ NEO4J_URI: 'http://nope', PORT: '0' });
    expect(await malformed.exited).not.toBe(0);
    expect(malformed.stderr().trim()).toMatch(/^advocacy-graph: NEO4J_URI: must look like/);
  });

  it('names a taken port in one line, without a stack trace', async () => {
    const c = testConfig();
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as AddressInfo;
    try {
      const p = run({
        NEO4J_URI: c.neo4j.uri,
        NEO4J_USERNAME: c.neo4j.username,
        NEO4J_PASSWORD: c.neo4j.password,
        HOST: '127.0.0.1',
        PORT: String(port),
        SEED_ON_EMPTY: 'false',
      });
      expect(await p.exited).toBe(1);
      const lines = p
        .stderr()
        .trim()
        .split('\n')
        .filter((l) => !l.startsWith('{'));
      expect(lines).toEqual([
        `advocacy-graph: cannot listen on 127.0.0.1:${port} (the port is in use); set PORT to a free port`,
      ]);
    } finally {
      taken.close();
    }
  });

  // Started with a clean environment: vitest's NODE_ENV=test hid Apollo's signal handler, which cut requests
  // (exit 143, or 500s once Apollo had stopped) under production and with no NODE_ENV.
  for (const nodeEnv of ['production', 'none']) {
    it(`on SIGTERM with NODE_ENV=${nodeEnv}: 16 slow requests in flight all answered, no new connection, idle keep-alive closed, exit 0`, async () => {
      const c = testConfig();
      const r = await drainRun({
        nodeEnv,
        neo4j: {
          NEO4J_URI: c.neo4j.uri,
          NEO4J_USERNAME: c.neo4j.username,
          NEO4J_PASSWORD: c.neo4j.password,
          NEO4J_DATABASE: c.neo4j.database,
        },
      });
      expect(r.errors).toEqual([]);
      expect(r).toMatchObject({
        inFlight: 16,
        answered: 16,
        cut: 0,
        exitCode: 0,
        exitSignal: null,
        newConnectionRefused: true,
        keepAliveResponseConnection: 'close',
      });
      expect(r.idleKeepAliveClosedMs).not.toBeNull();
      expect(r.idleKeepAliveClosedMs).toBeLessThan(1_000);
    }, 120_000);
  }
});
