// Before any test: a real Neo4j (NEO4J_URI if set, else testcontainers where Docker answers, else the
// project's own local server), migrated and seeded. Tests then create their own data with unique ids.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';

let stopContainer: (() => Promise<unknown>) | undefined;

async function dockerNeo4j(): Promise<boolean> {
  if (process.env.TESTCONTAINERS !== 'true' && !existsSync('/var/run/docker.sock') && !process.env.DOCKER_HOST)
    return false;
  try {
    const { Neo4jContainer } = await import('@testcontainers/neo4j');
    const container = await new Neo4jContainer('neo4j:5.26.30-community').withPassword('advocacy-test').start();
    process.env.NEO4J_URI = container.getBoltUri();
    process.env.NEO4J_USERNAME = 'neo4j';
    process.env.NEO4J_PASSWORD = 'advocacy-test';
    stopContainer = () => container.stop();
    return true;
  } catch (e) {
    console.warn(`testcontainers: no usable Docker (${(e as Error).message.split('\n')[0]}); using the local Neo4j`);
    return false;
  }
}

export default async function setup(project: TestProject) {
  if (!process.env.NEO4J_URI && !(await dockerNeo4j())) {
    const r = spawnSync(process.execPath, ['scripts/neo4j.mjs', 'start'], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error('could not start the local Neo4j (see above)');
  }
  const { loadConfig } = await import('../src/config.js');
  const { connect } = await import('../src/db/connect.js');
  const { migrate } = await import('../src/db/migrate.js');
  const { loadSeed } = await import('../src/graph-data/seed.js');
  // Seeding is bulk work: on a busy CI machine it may outlast the bound a request gets.
  const config = loadConfig({ ...process.env, NODE_ENV: 'test', NEO4J_TX_TIMEOUT_MS: '600000' });
  const db = await connect(config);
  await migrate(db);
  await loadSeed(db);
  await db.driver.close();
  project.provide('neo4j', {
    uri: config.neo4j.uri,
    username: config.neo4j.username,
    password: config.neo4j.password,
    database: config.neo4j.database,
  });
  return async () => {
    await stopContainer?.();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; username: string; password: string; database: string };
  }
}
