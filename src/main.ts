// `npm start`: one line on stderr and a non-zero exit for anything that stops the start.
import { ConfigError, loadConfig } from './config.js';
import { logger } from './logger.js';
import { StartupError } from './db/connect.js';
import { start } from './server.js';

async function main() {
  const config = loadConfig();
  logger.setLevel(config.logLevel);
  const running = await start(config);
  logger.info('advocacy-graph ready', { graphql: `${running.url}/graphql`, neo4j: config.neo4j.uri });
  // The process owns its signals (Apollo's handlers are off, see graphql/apollo.ts): one drain, then exit 0.
  // A repeated signal changes nothing; SHUTDOWN_GRACE_MS already bounds the drain.
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return logger.info('already shutting down', { signal });
    stopping = true;
    const closed = running.close();
    // Logged once the listening socket is closed: from this line on, no new connection is taken.
    logger.info('shutting down', { signal, graceMs: config.shutdownGraceMs });
    closed.then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (e: unknown) => {
        logger.error('shutdown failed', { message: (e as Error)?.message });
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((e: unknown) => {
  const known = e instanceof ConfigError || e instanceof StartupError;
  process.stderr.write(
    `advocacy-graph: ${known ? (e as Error).message : 'failed to start; run with LOG_LEVEL=debug for details'}\n`,
  );
  if (!known) logger.debug('start failed', { error: String((e as Error)?.stack ?? e) });
  process.exit(1);
});
