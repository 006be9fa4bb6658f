// `npm run bench -- --size 100k` | `--smoke` | `--scaling 10k,100k,1m` | `--profile` (see profile.ts): every workload against this API, the peer
// (@neo4j/graphql 7) and the floor (hand-written Cypher), interleaved, after a warm-up; concurrency 1 for latency,
// 16 for throughput. Writes JSON and Markdown under tests/perf/results/ (smoke: tests/artifacts/).
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Db } from '../src/db/db.js';
import { benchNeo4j, ROOT, serverEnv } from './env.js';
import { benchDb, generate, generatedGraph, parseSize, type Generated } from './generate.js';
import { percentile, rssMb, send, throughput, type Throughput } from './measure.js';
import { profileRun } from './profile.js';
import { renderRun, renderScaling, sizeLabel, type Cell, type RunResult, type ScalingResult } from './report.js';
import { benchKey, cleanWrites, prepare } from './prepare.js';
import { TARGETS, workloads, type Target, type Workload } from './workloads.js';

interface Server {
  target: Target;
  url: string;
  pid: number;
  proc: ChildProcess;
  metricsAuth?: string;
}

interface Plan {
  rounds: number;
  warmup: number;
  budgetMs: number;
  seconds: number;
  connections: number;
}
const FULL: Plan = { rounds: 100, warmup: 10, budgetMs: 45_000, seconds: 15, connections: 16 };
const SMOKE: Plan = { rounds: 4, warmup: 1, budgetMs: 3_000, seconds: 1, connections: 16 };
const SCALING: Plan = { ...FULL, rounds: 60, budgetMs: 60_000 };

function startServer(target: Target): Promise<Server> {
  const proc = spawn(process.execPath, [join(ROOT, 'dist', 'bench', `${target}.js`)], {
    env: serverEnv(),
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${target} server did not start within 180 s`)), 180_000);
    proc.once('exit', (code) => reject(new Error(`${target} server exited with code ${code} before it was ready`)));
    createInterface({ input: proc.stdout! }).on('line', (line) => {
      try {
        const { ready } = JSON.parse(line) as { ready?: string };
        if (ready) {
          clearTimeout(timer);
          resolve({ target, url: ready, pid: proc.pid!, proc });
        }
      } catch {
        /* not our line */
      }
    });
  });
}

async function stopServer(s: Server): Promise<void> {
  const exited = new Promise((r) => s.proc.once('exit', r));
  s.proc.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
}

/** Cypher statements the target has sent so far: ours from its Prometheus counter, the others from their driver wrapper. */
async function statements(s: Server): Promise<number> {
  if (s.target === 'ours') {
    const text = await (await fetch(`${s.url}/metrics`, { headers: { authorization: s.metricsAuth ?? '' } })).text();
    return [...text.matchAll(/^cypher_statements_total\{[^}]*\} (\S+)$/gm)].reduce((sum, m) => sum + Number(m[1]), 0);
  }
  return ((await (await fetch(`${s.url}/stats`)).json()) as { statements: number }).statements;
}

const rotate = <T>(xs: T[], by: number) => xs.map((_, i) => xs[(i + by) % xs.length]);

/** Latency at concurrency 1: warm-up, then rounds in which every target answers once, in a rotating order. */
async function latency(w: Workload, servers: Record<Target, Server>, plan: Plan): Promise<Record<Target, Cell>> {
  const samples = new Map<Target, number[]>(TARGETS.map((t) => [t, []]));
  const errors = new Map<Target, string>();
  for (let i = 0; i < plan.warmup; i++)
    for (const t of TARGETS) {
      if (errors.has(t)) continue;
      const r = await send(servers[t].url, w.ask[t]);
      if (r.error) errors.set(t, r.error);
    }
  // A target that fails in the warm-up is reported as failed, not timed.
  const timed = TARGETS.filter((t) => !errors.has(t));
  const before = new Map(await Promise.all(TARGETS.map(async (t) => [t, await statements(servers[t])] as const)));
  const started = Date.now();
  let rounds = 0;
  while (rounds < plan.rounds && (rounds < 5 || Date.now() - started < plan.budgetMs)) {
    for (const t of rotate(timed, rounds)) {
      const r = await send(servers[t].url, w.ask[t]);
      if (r.error) errors.set(t, r.error);
      else samples.get(t)!.push(r.ms);
    }
    rounds++;
  }
  const cells = {} as Record<Target, Cell>;
  for (const t of TARGETS) {
    const sorted = samples.get(t)!.sort((x, y) => x - y);
    cells[t] = {
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      samples: sorted.length,
      statementsPerOp: ((await statements(servers[t])) - before.get(t)!) / rounds,
      error: errors.get(t),
    };
  }
  return cells;
}

async function load(
  w: Workload,
  servers: Record<Target, Server>,
  plan: Plan,
  cells: Record<Target, Cell>,
  turn: number,
): Promise<void> {
  for (const t of rotate(TARGETS, turn)) {
    if (cells[t].error) continue;
    const r: Throughput = await throughput(servers[t].url, w.ask[t], servers[t].pid, {
      connections: plan.connections,
      seconds: plan.seconds,
    });
    cells[t].rps = r.rps;
    cells[t].rssMb = r.peakRssMb;
    if (r.non2xx || r.errors) cells[t].error = `${r.non2xx} non-2xx and ${r.errors} failed of ${r.requests} under load`;
  }
}

/** The size and seed of the graph in the bench database (started if need be), or null. */
async function loadedGraph(): Promise<{ messages: number; seed: number } | null> {
  await benchNeo4j('start');
  const db = await benchDb();
  try {
    return await generatedGraph(db);
  } finally {
    await db.driver.close();
  }
}

async function ensureGraph(messages: number, seed: number): Promise<Generated | null> {
  const g = await loadedGraph();
  if (g && g.messages === messages && g.seed === seed) return null;
  process.stderr.write(`bench: generating ${messages} messages (seed ${seed})\n`);
  return generate(messages, seed);
}

async function withServers<T>(work: (servers: Record<Target, Server>, db: Db) => Promise<T>): Promise<T> {
  const started: Server[] = [];
  const db = await benchDb();
  const admin = await benchKey(db, 'admin');
  try {
    for (const t of TARGETS)
      started.push({ ...(await startServer(t)), ...(t === 'ours' ? { metricsAuth: admin.authorization } : {}) });
    return await work(Object.fromEntries(started.map((s) => [s.target, s])) as Record<Target, Server>, db);
  } finally {
    await Promise.all(started.map(stopServer));
    await admin.release().catch(() => {});
    await cleanWrites(db).catch(() => {});
    await db.driver.close();
  }
}

function machine() {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  };
}

async function runSize(
  messages: number,
  seed: number,
  plan: Plan,
  only?: (w: Workload) => boolean,
): Promise<RunResult> {
  const generated = await ensureGraph(messages, seed);
  return withServers(async (servers, db) => {
    const { prepared, release } = await prepare(db, servers.ours.url);
    try {
      const list = workloads(prepared).filter((w) => !only || only(w));
      const rows: RunResult['rows'] = [];
      for (const [i, w] of list.entries()) {
        process.stderr.write(`bench: ${w.name} (${messages} messages), ${new Date().toISOString()}\n`);
        const cells = await latency(w, servers, plan);
        if (plan !== SCALING) await load(w, servers, plan, cells, i);
        rows.push({ name: w.name, title: w.title, peerNote: w.peerNote, cells });
      }
      const idle = Object.fromEntries(TARGETS.map((t) => [t, rssMb(servers[t].pid)])) as Record<Target, number>;
      return {
        messages,
        seed,
        date: new Date().toISOString(),
        machine: machine(),
        plan,
        generated,
        deepPage: prepared.page,
        rows,
        idleRssMb: idle,
      };
    } finally {
      await release();
    }
  });
}

function arg(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
}

function write(dir: string, name: string, json: unknown, md: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.json`), `${JSON.stringify(json, null, 2)}\n`);
  writeFileSync(join(dir, `${name}.md`), md);
}

async function main() {
  const argv = process.argv.slice(2);
  const seed = Number(arg(argv, 'seed') ?? 42);
  const results = join(ROOT, 'tests', 'perf', 'results');
  if (argv.includes('--profile')) {
    const p = await profileRun();
    const name = `profile-${sizeLabel(p.messages).toLowerCase()}`;
    mkdirSync(results, { recursive: true });
    writeFileSync(join(results, `${name}.md`), p.markdown);
    process.stdout.write(`bench: PROFILE of every workload written to tests/perf/results/${name}.md\n`);
    return;
  }
  if (argv.includes('--scaling')) {
    const sizes = (arg(argv, 'scaling') ?? '10k,100k,1m').split(',').map(parseSize);
    // The size already in the bench database first: one generation fewer (a million messages take minutes).
    const loaded = await loadedGraph();
    sizes.sort(
      (a, b) =>
        Number(b === loaded?.messages && seed === loaded.seed) - Number(a === loaded?.messages && seed === loaded.seed),
    );
    const runs: ScalingResult['runs'] = [];
    for (const messages of sizes) runs.push(await runSize(messages, seed, SCALING, (w) => w.scaling));
    runs.sort((a, b) => a.messages - b.messages);
    const scaling: ScalingResult = { date: new Date().toISOString(), machine: machine(), runs };
    const md = renderScaling(scaling);
    write(results, 'scaling', scaling, md);
    process.stdout.write(md);
    return;
  }
  const smoke = argv.includes('--smoke');
  const messages = parseSize(arg(argv, 'size') ?? (smoke ? '2k' : '100k'));
  const result = await runSize(messages, seed, smoke ? SMOKE : FULL);
  const md = renderRun(result);
  write(
    smoke ? join(ROOT, 'tests', 'artifacts') : results,
    smoke ? 'bench-smoke' : `bench-${arg(argv, 'size') ?? '100k'}`,
    result,
    md,
  );
  process.stdout.write(md);
  // The peer failing a question is a result (it is in the table); ours or the floor failing is a broken benchmark.
  const failed = result.rows.flatMap((r) =>
    TARGETS.filter((t) => r.cells[t].error).map((t) => `${r.name}/${t}: ${r.cells[t].error}`),
  );
  if (failed.length) process.stderr.write(`bench: failures:\n  ${failed.join('\n  ')}\n`);
  if (failed.some((f) => !f.includes('/peer:'))) process.exitCode = 1;
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
