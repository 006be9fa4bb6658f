// One-line JSON logs on stderr; the level comes from LOG_LEVEL, set once at start.
type Level = 'silent' | 'error' | 'info' | 'debug';
const ORDER: Record<Level, number> = { silent: 0, error: 1, info: 2, debug: 3 };
let threshold: Level = (process.env.LOG_LEVEL as Level) in ORDER ? (process.env.LOG_LEVEL as Level) : 'info';

function write(level: Exclude<Level, 'silent'>, msg: string, fields: Record<string, unknown> = {}) {
  if (ORDER[level] > ORDER[threshold]) return;
  process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields })}\n`);
}

export const logger = {
  setLevel(level: Level) {
    threshold = level;
  },
  error: (msg: string, fields?: Record<string, unknown>) => write('error', msg, fields),
  info: (msg: string, fields?: Record<string, unknown>) => write('info', msg, fields),
  debug: (msg: string, fields?: Record<string, unknown>) => write('debug', msg, fields),
};
