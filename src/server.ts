// Assembles the running service: driver, migrations, seed on an empty graph, GraphQL over HTTP.
import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:http';
import type { Config } from './config.js';
import { loadCypher } from './db/cypher-registry.js';
import { createDriver, Db } from './db/db.js';
import { migrate } from './db/migrate.js';
import { createApollo } from './graphql/apollo.js';
import { createApp } from './http/app.js';
import { isGraphEmpty } from './db/empty.js';
import { loadSeed } from './graph-data/seed.js';
import { logger } from './logger.js';

export interface Running { url: string; db: Db; http: Server; close(): Promise<void> }

export class StartupError extends Error {}

/** Names why Neo4j could not be reached, in one line that is safe to print. */
function reason(e: unknown, uri: string): string {
  const code = (e as { code?: string })?.code ?? '';
  if (code.includes('Unauthorized') || code.includes('AuthenticationRateLimit')) return `Neo4j at ${uri} rejected the username or password (NEO4J_USERNAME/NEO4J_PASSWORD)`;
  if (code.includes('DatabaseNotFound')) return `Neo4j at ${uri} has no database by that name (NEO4J_DATABASE)`;
  return `cannot reach Neo4j at ${uri} (is it running? check NEO4J_URI)`;
}

export async function connect(config: Config): Promise<Db> {
  const { uri, username, password, database, maxRetryMs } = config.neo4j;
  const driver = createDriver(uri, username, password, maxRetryMs);
  try {
    await driver.getServerInfo({ database });
  } catch (e) {
    await driver.close();
    throw new StartupError(reason(e, uri));
  }
  return new Db(driver, database, loadCypher());
}

export async function start(config: Config): Promise<Running> {
  const db = await connect(config);
  const applied = await migrate(db);
  if (applied.length) logger.info('migrations applied', { applied });
  if (config.seedOnEmpty && await isGraphEmpty(db)) {
    const counts = await loadSeed(db);
    logger.info('seed graph loaded into the empty database', counts);
  }
  const apollo = await createApollo(config);
  const http = createServer(createApp({ db, apollo, config }));
  await new Promise<void>((resolve) => http.listen(config.port, config.host, resolve));
  const { port } = http.address() as AddressInfo;
  const url = `http://${config.host}:${port}`;
  let closing: Promise<void> | undefined;
  const close = () => closing ??= (async () => {
    // Stop taking requests, let those in flight finish (up to the grace period), then release Neo4j.
    const drained = new Promise<void>((resolve) => http.close(() => resolve()));
    http.closeIdleConnections();
    const timer = setTimeout(() => http.closeAllConnections(), config.shutdownGraceMs);
    await drained;
    clearTimeout(timer);
    await apollo.stop();
    await db.driver.close();
  })();
  return { url, db, http, close };
}
