// Child process: this API, exactly as `npm start` assembles it, over the bench database.
import { loadConfig } from '../src/config.js';
import { logger } from '../src/logger.js';
import { start } from '../src/server.js';
import { announce, exitWithParent } from './serve.js';

const config = loadConfig();
logger.setLevel(config.logLevel);
const running = await start(config);
exitWithParent(() => running.close());
announce(running.url);
