#!/usr/bin/env node
// Fetches Neo4j Community 5.26 LTS from Maven Central and runs it on loopback, data in .neo4j/.
// Usage: node scripts/neo4j.mjs fetch|start|stop|status|ensure (ensure: start unless NEO4J_URI is set)
// Used by `npm start` and `npm test` when NEO4J_URI is unset; never needed with your own Neo4j or Docker.
// `stop` on the default home (.neo4j) also stops the benchmark's servers of this checkout (bench/env.ts), so none
// is left holding its port.
import { spawn, spawnSync } from 'node:child_process';
import { connect } from 'node:net';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const home = resolve(process.env.NEO4J_LOCAL_HOME ?? join(root, '.neo4j'));
const pom = join(root, 'scripts', 'neo4j', 'pom.xml');
const version = /<neo4j\.version>([^<]+)</.exec(readFileSync(pom, 'utf8'))[1];
const lib = join(home, 'lib');
const libStamp = join(lib, `.complete-${version}`);
const pidFile = join(home, 'run', 'neo4j.pid');
const pidFileOf = (h) => join(h, 'run', 'neo4j.pid');
const BENCH_HOMES = [process.env.BENCH_NEO4J_HOME ?? '.neo4j-bench', '.neo4j-bench/smoke'].map((h) => resolve(root, h));
const port = Number(process.env.NEO4J_LOCAL_BOLT_PORT ?? 7687);
const heap = process.env.NEO4J_LOCAL_HEAP ?? '1g';
const pageCache = process.env.NEO4J_LOCAL_PAGECACHE ?? '512m';
export const LOCAL_USER = 'neo4j';
export const LOCAL_PASSWORD = process.env.NEO4J_LOCAL_PASSWORD ?? 'advocacy-local';
export const LOCAL_URI = `bolt://127.0.0.1:${port}`;

const javaBin = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';

function fail(message) {
  console.error(`neo4j: ${message}`);
  process.exit(2);
}

function need(cmd, args, what) {
  const r = spawnSync(cmd, args, { stdio: 'ignore' });
  if (r.error || r.status !== 0) {
    fail(
      `${what} was not found. Install a JDK 17 or 21 and Maven (Debian: apt-get install openjdk-17-jdk-headless maven), ` +
        'or point NEO4J_URI at your own Neo4j 5, or run `docker compose up`.',
    );
  }
}

function fetchJars() {
  if (existsSync(libStamp)) return;
  need(javaBin, ['-version'], 'Java');
  need('mvn', ['-v'], 'Maven');
  console.error(`neo4j: fetching Neo4j Community ${version} from Maven Central (first run only)...`);
  rmSync(lib, { recursive: true, force: true });
  const r = spawnSync(
    'mvn',
    ['-q', '-B', '-f', pom, 'dependency:copy-dependencies', `-DoutputDirectory=${lib}`, '-DincludeScope=runtime'],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (r.status !== 0) fail('Maven could not fetch Neo4j (see above). Check access to Maven Central, or set NEO4J_URI.');
  writeFileSync(libStamp, `${new Date().toISOString()}\n`);
}

function writeConf() {
  for (const d of ['conf', 'data', 'logs', 'run', 'plugins', 'import']) mkdirSync(join(home, d), { recursive: true });
  writeFileSync(
    join(home, 'conf', 'neo4j.conf'),
    [
      '# Written by scripts/neo4j.mjs at every start: edit the script, not this file.',
      'server.default_listen_address=127.0.0.1',
      `server.bolt.listen_address=127.0.0.1:${port}`,
      'server.http.enabled=false',
      'server.https.enabled=false',
      `server.memory.heap.initial_size=${heap}`,
      `server.memory.heap.max_size=${heap}`,
      `server.memory.pagecache.size=${pageCache}`,
      'dbms.security.auth_enabled=true',
      `server.directories.data=${join(home, 'data')}`,
      `server.directories.logs=${join(home, 'logs')}`,
      `server.directories.plugins=${join(home, 'plugins')}`,
      `server.directories.import=${join(home, 'import')}`,
      `server.directories.run=${join(home, 'run')}`,
      'dbms.usage_report.enabled=false',
      'db.tx_log.rotation.retention_policy=100M size',
      // A bound for transactions that set none (the API sets its own, NEO4J_TX_TIMEOUT_MS, which overrides this).
      'db.transaction.timeout=60s',
      // APOC core (benchmarks' peer) is loaded only when its jar is in plugins/.
      'dbms.security.procedures.unrestricted=apoc.*',
      '',
    ].join('\n'),
  );
}

function runningPid(file = pidFile) {
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, 'utf8').trim());
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

async function boltAnswers(timeoutMs) {
  const driver = neo4j.driver(LOCAL_URI, neo4j.auth.basic(LOCAL_USER, LOCAL_PASSWORD), { connectionTimeout: 2000 });
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      try {
        await driver.executeQuery('RETURN 1');
        return true;
      } catch (e) {
        if (e?.code === 'Neo.ClientError.Security.Unauthorized')
          fail(`a Neo4j on ${LOCAL_URI} rejects the local password; stop it or set NEO4J_URI/NEO4J_PASSWORD.`);
        if (Date.now() > deadline) return false;
        await new Promise((r) => setTimeout(r, 500));
      }
    }
  } finally {
    await driver.close();
  }
}

/** True when something already listens on the port (another Neo4j, another checkout's, anything). */
function portTaken() {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

async function start() {
  if (runningPid() && (await boltAnswers(60_000))) {
    console.error(`neo4j: already running on ${LOCAL_URI}`);
    return;
  }
  if (await portTaken())
    fail(
      `port ${port} is already in use by another program; stop it or set NEO4J_LOCAL_BOLT_PORT (or NEO4J_URI to use that server).`,
    );
  fetchJars();
  writeConf();
  const env = { ...process.env, NEO4J_HOME: home, NEO4J_CONF: join(home, 'conf') };
  const cp = `${lib}/*`;
  if (!existsSync(join(home, 'data', 'dbms', 'auth.ini'))) {
    const r = spawnSync(
      javaBin,
      ['-cp', cp, 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', LOCAL_PASSWORD],
      { env, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    if (r.status !== 0) fail('could not set the initial password (see above).');
  }
  const out = openSync(join(home, 'logs', 'console.log'), 'a');
  const started = Date.now();
  const child = spawn(
    javaBin,
    [
      `-Xms${heap}`,
      `-Xmx${heap}`,
      '-XX:+UseG1GC',
      '-XX:+ExitOnOutOfMemoryError',
      '-Dfile.encoding=UTF-8',
      '-cp',
      cp,
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${home}`,
      `--config-dir=${join(home, 'conf')}`,
    ],
    { env, detached: true, stdio: ['ignore', out, out] },
  );
  writeFileSync(pidFile, `${child.pid}\n`);
  child.unref();
  child.once('exit', (code) => fail(`Neo4j exited during start (code ${code}); see ${join(home, 'logs')}.`));
  if (!(await boltAnswers(180_000)))
    fail(`Neo4j did not answer on ${LOCAL_URI} within 180 s; see ${join(home, 'logs')}.`);
  child.removeAllListeners('exit');
  console.error(
    `neo4j: Neo4j ${version} ready on ${LOCAL_URI} in ${((Date.now() - started) / 1000).toFixed(1)} s (data in ${join(home, 'data')})`,
  );
}

async function stopHome(h, what) {
  const file = pidFileOf(h);
  const pid = runningPid(file);
  if (!pid) {
    if (h === home) console.error('neo4j: not running');
    return;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
    } catch {
      rmSync(file, { force: true });
      console.error(`neo4j: ${what} stopped`);
      return;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  fail(`Neo4j (pid ${pid}, ${h}) did not stop within 120 s`);
}

async function stop() {
  await stopHome(home, 'Neo4j');
  if (home !== resolve(root, '.neo4j')) return;
  for (const h of BENCH_HOMES) await stopHome(h, `the benchmark's Neo4j (${h})`);
}

async function status() {
  const pid = runningPid();
  console.log(pid ? `running (pid ${pid}) on ${LOCAL_URI}` : 'stopped');
  process.exitCode = pid ? 0 : 3;
}

/** For `npm start`/`npm test`: the local server only when no NEO4J_URI points elsewhere. */
async function ensure() {
  if (process.env.NEO4J_URI) return;
  await start();
}

const commands = { fetch: async () => fetchJars(), start, stop, status, ensure };
const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const cmd = commands[process.argv[2]];
  if (!cmd) fail(`usage: node scripts/neo4j.mjs ${Object.keys(commands).join('|')}`);
  await cmd();
}
export { start, stop };
