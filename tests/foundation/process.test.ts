// `node dist/src/main.js` as `npm start` runs it: clear one-line failures, and a clean SIGTERM.
// Needs the compiled output: `npm test` builds first.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testConfig } from '../support/api.js';

const MAIN = 'dist/src/main.js';

function run(env: Record<string, string>) {
  const child = spawn(process.execPath, [MAIN], { env: { ...process.env, LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
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

  it('on SIGTERM finishes the request in flight, closes the driver and exits 0', async () => {
    const c = testConfig();
    const p = run({ NEO4J_URI: c.neo4j.uri, NEO4J_USERNAME: c.neo4j.username, NEO4J_PASSWORD: c.neo4j.password, PORT: '0', SEED_ON_EMPTY: 'false' });
    for (let i = 0; i < 100 && !p.stderr().includes('advocacy-graph ready'); i++) await new Promise((r) => setTimeout(r, 200));
    const url = /"graphql":"([^"]+)"/.exec(p.stderr())?.[1];
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
    const inFlight = fetch(url!, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      // Variables typed ID! matter: they once failed only in the built server (two graphql instances).
      body: JSON.stringify({ query: 'query($t: [ID!]!) { intersectionGraph(themes: $t, includeSpaces: true) { nodes { id label } edges { source target } } }', variables: { t: ['migration', 'sex-work', 'srhr'] } }),
    });
    await new Promise((r) => setTimeout(r, 20));
    p.child.kill('SIGTERM');
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect((await res.json()).data.intersectionGraph.nodes.length).toBeGreaterThan(0);
    expect(await p.exited).toBe(0);
  });
});
