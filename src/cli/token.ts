// `npm run token -- create|list|revoke`: manages API keys in the configured Neo4j.
// Exit codes: 0 done, 1 refused (label in use, nothing to revoke), 2 usage, configuration or database unreachable.
import { ApiKeys } from '../auth/api-keys.js';
import { tokenCommand, UNTOLD } from '../auth/token-command.js';
import { ConfigError, loadConfig } from '../config.js';
import { migrate } from '../db/migrate.js';
import { connect, StartupError } from '../db/connect.js';
import { connectShared, type Shared } from '../shared/redis.js';

/** With REDIS_URL, a revoke is told to every running replica; if Redis is away the revoke still happens, with a warning. */
async function sharedFor(url: string | null, command: string | undefined): Promise<Shared | null> {
  if (!url || command !== 'revoke') return null;
  try {
    return await connectShared(url);
  } catch (e) {
    process.stderr.write(`token: ${(e as Error).message}; ${UNTOLD}\n`);
    return null;
  }
}

async function main(): Promise<number> {
  let db;
  let shared: Shared | null = null;
  try {
    const config = loadConfig();
    db = await connect(config);
    // The key constraints (unique id and hash) come with the migrations; a fresh database gets them here too.
    await migrate(db);
    shared = await sharedFor(config.redisUrl, process.argv[2]);
    const r = await tokenCommand(process.argv.slice(2), new ApiKeys(db, 0, Date.now, shared?.revocations));
    for (const line of r.out) process.stdout.write(`${line}\n`);
    for (const line of r.err) process.stderr.write(`${line}\n`);
    return r.code;
  } catch (e) {
    const known = e instanceof ConfigError || e instanceof StartupError;
    process.stderr.write(`token: ${known ? (e as Error).message : `failed: ${(e as Error).message}`}\n`);
    return 2;
  } finally {
    await db?.driver.close();
    await shared?.close();
  }
}

process.exitCode = await main();
