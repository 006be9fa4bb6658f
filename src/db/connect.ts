// Opening the driver and checking that Neo4j answers, for the server and every command-line tool.
import type { Config } from '../config.js';
import { loadCypher } from './cypher-registry.js';
import { createDriver, Db } from './db.js';

/** A start that cannot go on: its message is one line, safe to print. */
export class StartupError extends Error {}

/** Names why Neo4j could not be reached, in one line that is safe to print. */
function reason(e: unknown, uri: string): string {
  const code = (e as { code?: string })?.code ?? '';
  if (code.includes('Unauthorized') || code.includes('AuthenticationRateLimit'))
    return `Neo4j at ${uri} rejected the username or password (NEO4J_USERNAME/NEO4J_PASSWORD)`;
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
  // A wait budget of 0 would refuse every request before its first attempt: a second is the least a request waits.
  return new Db(driver, database, loadCypher(), config.neo4j.txTimeoutMs, Math.max(maxRetryMs, 1_000));
}
