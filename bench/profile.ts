// `npm run bench -- --profile`: the statement each workload sends, ours next to the floor, run once with PROFILE on
// the graph already in the bench database. Ours runs in this process exactly as `npm start` assembles it, its
// driver wrapped so that the one statement a request sends goes out as `PROFILE <statement>`.
import neo4j, { type Driver, type ProfiledPlan } from 'neo4j-driver';
import { loadConfig } from '../src/config.js';
import { start } from '../src/server.js';
import { StatementCounter, type Profiled } from './counting.js';
import { BENCH_PASSWORD, BENCH_URI, benchNeo4j, serverEnv } from './env.js';
import { runFloor } from './floor-ops.js';
import { benchDb, generatedGraph } from './generate.js';
import { send } from './measure.js';
import { cleanWrites, prepare } from './prepare.js';
import { workloads, type Request, type Workload } from './workloads.js';

export interface ProfileResult {
  messages: number;
  markdown: string;
}

const total = (p: ProfiledPlan): number => p.dbHits + p.children.reduce((s, c) => s + total(c), 0);
const flat = (p: ProfiledPlan): ProfiledPlan[] => [p, ...p.children.flatMap(flat)];
const details = (p: ProfiledPlan) =>
  String((p.arguments as Record<string, unknown>).Details ?? '')
    .replace(/\s+/g, ' ')
    .replace(/\|/g, '\\|');
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function tree(p: ProfiledPlan, depth = 0): string[] {
  const line = `${'  '.repeat(depth)}${p.operatorType}  rows=${p.rows} dbHits=${p.dbHits}  ${clip(details(p), 160)}`;
  return [line, ...p.children.flatMap((c) => tree(c, depth + 1))];
}

function section(w: Workload, ours: Profiled[], floor: Profiled[]): string {
  const rows = [['ours', ours] as const, ['floor', floor] as const].map(([name, list]) => {
    const hits = list.reduce((s, x) => s + total(x.plan), 0);
    const ms = list.reduce((s, x) => s + x.ms, 0);
    return `| ${name} | ${list.length} | ${hits} | ${ms} |`;
  });
  const top = (list: Profiled[]) =>
    list
      .flatMap((x) => flat(x.plan))
      .sort((a, b) => b.dbHits - a.dbHits)
      .slice(0, 5)
      .map((p) => `| ${p.operatorType} | ${p.rows} | ${p.dbHits} | ${clip(details(p), 110)} |`);
  const plans = (name: string, list: Profiled[]) =>
    list.map(
      (x) => `<details><summary>${name}: full plan</summary>\n\n\`\`\`\n${tree(x.plan).join('\n')}\n\`\`\`\n</details>`,
    );
  return [
    `## ${w.name}: ${w.title}`,
    '',
    '| target | statements | db hits | server ms (PROFILE) |',
    '|---|---|---|---|',
    ...rows,
    '',
    'Heaviest operators, ours:',
    '',
    '| operator | rows | db hits | details |',
    '|---|---|---|---|',
    ...top(ours),
    '',
    'Heaviest operators, floor:',
    '',
    '| operator | rows | db hits | details |',
    '|---|---|---|---|',
    ...top(floor),
    '',
    ...plans('ours', ours),
    '',
    ...plans('floor', floor),
    '',
  ].join('\n');
}

/** The floor request's operation and parameters, as the floor server would receive them. */
function floorCall(r: Request): [string, Record<string, unknown>] {
  return [r.path.replace('/floor/', ''), r.body() as Record<string, unknown>];
}

export async function profileRun(): Promise<ProfileResult> {
  await benchNeo4j('start');
  const meta = await benchDb();
  const graph = await generatedGraph(meta).finally(() => meta.driver.close());
  if (!graph)
    throw new Error('the bench database holds no generated graph: run `npm run generate -- --messages 100k` first');
  const running = await start(loadConfig(serverEnv()));
  const ours = new StatementCounter();
  (running.db as { driver: Driver }).driver = ours.wrap(running.db.driver);
  const floor = new StatementCounter();
  const floorDriver = floor.wrap(neo4j.driver(BENCH_URI, neo4j.auth.basic('neo4j', BENCH_PASSWORD)));
  const sections: string[] = [];
  try {
    const { prepared, release } = await prepare(running.db, running.url);
    try {
      for (const w of workloads(prepared)) {
        // Twice, the last one kept: `PROFILE <statement>` is a statement of its own for the plan cache, and the
        // first run pays its planning.
        for (let run = 0; run < 2; run++) {
          ours.profiled = [];
          const r = await send(running.url, w.ask.ours);
          if (r.error) throw new Error(`${w.name}: ours failed: ${r.error}`);
          floor.profiled = [];
          await runFloor(floorDriver, ...floorCall(w.ask.floor));
        }
        sections.push(section(w, ours.profiled!, floor.profiled!));
        ours.profiled = floor.profiled = null;
      }
    } finally {
      await release();
    }
  } finally {
    await cleanWrites(running.db).catch(() => {});
    await running.close();
    await floorDriver.close();
  }
  const head = `# PROFILE: ${graph.messages} messages (seed ${graph.seed})\n\n${new Date().toISOString()} · each workload's statement run with PROFILE twice, the second kept (the first pays planning). db hits are Neo4j's count of storage accesses; PROFILE itself adds time, so "server ms" compares ours with the floor, not with the latency table.\n\n`;
  return { messages: graph.messages, markdown: `${head}${sections.join('\n')}` };
}
