// Shared by the import and export commands: configuration and a database connection, with failures
// printed as one line (exit code 2) instead of a stack trace.
import { userInfo } from 'node:os';
import { ConfigError, loadConfig } from '../config.js';
import type { Db } from '../db/db.js';
import type { Viewer } from '../domain/viewer.js';
import { StartupError, connect } from '../db/connect.js';

/** The commands run locally with the database's own credentials, so as an admin named after the OS user. */
export const CLI_VIEWER: Viewer = Object.freeze({ role: 'admin', label: `cli:${userInfo().username}` });

export async function withDb(tool: string, work: (db: Db) => Promise<number>): Promise<number> {
  let db: Db;
  try {
    db = await connect(loadConfig());
  } catch (e) {
    if (e instanceof ConfigError || e instanceof StartupError) {
      console.error(`${tool}: ${e.message}`);
      return 2;
    }
    throw e;
  }
  try {
    return await work(db);
  } finally {
    await db.driver.close();
  }
}
