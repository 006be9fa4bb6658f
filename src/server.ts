// Assembles the running service: driver, migrations, seed on an empty graph, GraphQL over HTTP.
import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Config } from './config.js';
import { connect, StartupError } from './db/connect.js';
import type { Db } from './db/db.js';
import { migrate } from './db/migrate.js';
import { createApollo } from './graphql/apollo.js';
import { warmUp } from './graphql/warm-up.js';
import { createApp } from './http/app.js';
import { DrainingServer } from './http/drain.js';
import { isGraphEmpty } from './db/empty.js';
import { loadSeed } from './graph-data/seed.js';
import { logger } from './logger.js';
import { keepSweeping } from './graphql/mutations/idempotency.js';
import { connectShared } from './shared/redis.js';
import { closePdfPrinter } from './briefing/pdf.js';

export interface Running {
  url: string;
  db: Db;
  http: Server;
  close(): Promise<void>;
}

const listenError = (e: NodeJS.ErrnoException, config: Config) =>
  e.code === 'EADDRINUSE' || e.code === 'EACCES'
    ? new StartupError(
        `cannot listen on ${config.host}:${config.port} (${e.code === 'EADDRINUSE' ? 'the port is in use' : 'permission denied'}); set PORT to a free port`,
      )
    : e;

export async function start(config: Config): Promise<Running> {
  const db = await connect(config);
  const applied = await migrate(db);
  if (applied.length) logger.info('migrations applied', { applied });
  if (config.seedOnEmpty && (await isGraphEmpty(db))) {
    const counts = await loadSeed(db);
    logger.info('seed graph loaded into the empty database', counts);
  }
  const shared = config.redisUrl ? await connectShared(config.redisUrl) : null;
  const stopSweeping = keepSweeping(db);
  const apollo = await createApollo(config);
  await warmUp(db);
  const server: DrainingServer = new DrainingServer(
    createApp({ db, apollo, config, draining: () => server.isDraining, warmUp, shared }),
  );
  const { http } = server;
  // What the start opened, released on a failed listen and after a drain alike.
  const release = async () => {
    await apollo.stop();
    stopSweeping();
    await shared?.close();
    await db.driver.close();
  };
  // Node reports a taken port as an 'error' event: unheard, it crashes the process with a stack trace.
  const listening = new Promise<void>((resolve, reject) => {
    const failed = (e: NodeJS.ErrnoException) => reject(listenError(e, config));
    http.once('error', failed);
    http.listen(config.port, config.host, () => {
      http.off('error', failed);
      resolve();
    });
  });
  await listening.catch(async (e: unknown) => {
    await release();
    throw e;
  });
  const { port } = http.address() as AddressInfo;
  const url = `http://${config.host}:${port}`;
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      // Stop taking requests, let those in flight finish (up to the grace period), then stop Apollo and release Neo4j.
      await server.close(config.shutdownGraceMs);
      await release();
      await closePdfPrinter();
    })());
  return { url, db, http, close };
}
