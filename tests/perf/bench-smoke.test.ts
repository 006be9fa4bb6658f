// Keeps the benchmark working: `npm run bench -- --smoke` on a small generated graph in its own Neo4j
// (.neo4j-bench/smoke, port 7699), every workload against ours, the peer and the floor, in under a minute once warm.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';

const env = { ...process.env, NEO4J_URI: '' };

// The smoke run's Neo4j is not left running: another checkout's test run would find its port taken.
afterAll(() => {
  const stop = spawnSync(process.execPath, ['scripts/neo4j.mjs', 'stop'], {
    encoding: 'utf8',
    env: { ...env, NEO4J_LOCAL_HOME: process.env.BENCH_NEO4J_HOME ?? '.neo4j-bench/smoke' },
  });
  expect(stop.status, stop.stderr).toBe(0);
});

describe('benchmark smoke run', () => {
  it('answers every workload on the three targets, ours in one Cypher statement each', () => {
    const build = spawnSync('npx', ['tsc', '-p', 'bench/tsconfig.json'], { encoding: 'utf8', env });
    expect(build.status, build.stdout + build.stderr).toBe(0);
    const run = spawnSync(process.execPath, ['dist/bench/run.js', '--smoke'], {
      encoding: 'utf8',
      env,
      timeout: 280_000,
    });
    expect(run.status, run.stderr.slice(-3000)).toBe(0);
    const result = JSON.parse(readFileSync('tests/artifacts/bench-smoke.json', 'utf8')) as {
      rows: Array<{
        name: string;
        cells: Record<string, { p50?: number; rps?: number; statementsPerOp?: number; error?: string }>;
      }>;
    };
    expect(result.rows.map((r) => r.name)).toEqual([
      'shared-2',
      'shared-3',
      'spaces',
      'graph-3',
      'search',
      'deep-page',
      'create-message',
    ]);
    for (const row of result.rows) {
      for (const [target, cell] of Object.entries(row.cells)) {
        expect(cell.error, `${row.name}/${target}`).toBeUndefined();
        expect(cell.p50, `${row.name}/${target}`).toBeGreaterThan(0);
        expect(cell.rps, `${row.name}/${target}`).toBeGreaterThan(0);
        if (target === 'ours') expect(cell.statementsPerOp, row.name).toBe(1);
      }
    }
  }, 300_000);
});
