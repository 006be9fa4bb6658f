// scripts/neo4j.mjs on a home and port of its own (the tests' database is never stopped):
// start returns when Bolt answers, a second start is harmless, stop is clean, a restart keeps the data.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';

// A port of its own per run, so two checkouts testing on one machine never meet on the same server.
const PORT = String(20_000 + Math.floor(Math.random() * 20_000));
const HOME = `.neo4j-script-test-${PORT}`;
const env = {
  ...process.env,
  NEO4J_LOCAL_HOME: HOME,
  NEO4J_LOCAL_BOLT_PORT: PORT,
  NEO4J_LOCAL_HEAP: '512m',
  NEO4J_LOCAL_PAGECACHE: '64m',
};
const script = (cmd: string) =>
  spawnSync(process.execPath, ['scripts/neo4j.mjs', cmd], { env, encoding: 'utf8', timeout: 240_000 });
const hasJava = spawnSync('java', ['-version']).status === 0;

async function query(cypher: string) {
  const driver = neo4j.driver(`bolt://127.0.0.1:${PORT}`, neo4j.auth.basic('neo4j', 'advocacy-local'));
  try {
    return (await driver.executeQuery(cypher)).records.map((r) => r.toObject());
  } finally {
    await driver.close();
  }
}

afterAll(() => {
  script('stop');
  rmSync(HOME, { recursive: true, force: true });
});

describe.runIf(hasJava)('scripts/neo4j.mjs', () => {
  it('starts, is idempotent, stops cleanly and keeps data across a restart', async () => {
    rmSync(HOME, { recursive: true, force: true });
    const first = script('start');
    expect(first.status, first.stderr).toBe(0);
    expect(first.stderr).toContain(`ready on bolt://127.0.0.1:${PORT}`);
    await query("CREATE (:Probe {id: 'kept'})");
    const again = script('start');
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/already running/);
    expect(script('stop').status).toBe(0);
    expect(script('status').status).toBe(3);
    expect(script('start').status).toBe(0);
    expect(await query("MATCH (p:Probe {id: 'kept'}) RETURN count(p) AS n")).toEqual([{ n: neo4j.int(1) }]);
  }, 600_000);
});
