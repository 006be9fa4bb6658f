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
  const stop = async (signal: string) => {
    logger.info('shutting down', { signal });
    await running.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

main().catch((e: unknown) => {
  const known = e instanceof ConfigError || e instanceof StartupError;
  process.stderr.write(`advocacy-graph: ${known ? (e as Error).message : 'failed to start; run with LOG_LEVEL=debug for details'}\n`);
  if (!known) logger.debug('start failed', { error: String((e as Error)?.stack ?? e) });
  process.exit(1);
});
