// The benchmark's one table (Markdown), the targets it checks, and the scaling table.
import type { Generated } from './generate.js';
import { TARGETS, type Target } from './workloads.js';

export interface Cell {
  p50?: number;
  p99?: number;
  samples?: number;
  statementsPerOp?: number;
  rps?: number;
  rssMb?: number;
  error?: string;
}

export interface RunResult {
  messages: number;
  seed: number;
  date: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string };
  plan: object;
  generated: Generated | null;
  deepPage: number;
  rows: Array<{ name: string; title: string; peerNote?: string; cells: Record<Target, Cell> }>;
  idleRssMb: Record<Target, number>;
}

export interface ScalingResult {
  date: string;
  machine: RunResult['machine'];
  runs: RunResult[];
}

const ms = (x?: number | null) => (x == null || Number.isNaN(x) ? '–' : x < 10 ? x.toFixed(1) : x.toFixed(0));
const num = (x?: number | null, digits = 0) => (x == null || Number.isNaN(x) ? '–' : x.toFixed(digits));
const ratio = (a?: number | null, b?: number | null) =>
  a == null || b == null || !b || Number.isNaN(a) || Number.isNaN(b) ? undefined : a / b;
export const sizeLabel = (n: number) =>
  n >= 1e6 && n % 1e6 === 0 ? `${n / 1e6}M` : n >= 1e3 && n % 1e3 === 0 ? `${n / 1e3}k` : String(n);

/** p50 ours/floor (lower is better) and throughput ours/peer (higher is better). */
function ratios(cells: Record<Target, Cell>) {
  return { p50OursFloor: ratio(cells.ours.p50, cells.floor.p50), rpsOursPeer: ratio(cells.ours.rps, cells.peer.rps) };
}

function cellText(c: Cell, pick: (c: Cell) => string): string {
  if (c.error && c.p50 === undefined) return 'error';
  return pick(c);
}

export function renderRun(r: RunResult): string {
  const head = [
    'workload',
    ...TARGETS.map((t) => `${t} p50 / p99 ms`),
    ...TARGETS.map((t) => `${t} req/s`),
    'statements/op (ours · peer · floor)',
    'peak RSS MB (ours · peer · floor)',
    'p50 ours/floor',
    'req/s ours/peer',
  ];
  const lines = [
    `# Benchmark: ${sizeLabel(r.messages)} messages (seed ${r.seed})`,
    '',
    `${r.date} · ${r.machine.cpus} CPUs (${r.machine.cpuModel}), ${r.machine.memoryGb} GiB · Node ${r.machine.node} · Neo4j 5.26 Community · deep page = page ${r.deepPage}`,
    '',
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
  ];
  for (const row of r.rows) {
    const c = row.cells;
    const q = ratios(c);
    lines.push(
      `| ${[
        row.name,
        ...TARGETS.map((t) => cellText(c[t], (x) => `${ms(x.p50)} / ${ms(x.p99)}`)),
        ...TARGETS.map((t) => cellText(c[t], (x) => num(x.rps))),
        TARGETS.map((t) => cellText(c[t], (x) => num(x.statementsPerOp, x.statementsPerOp! % 1 ? 2 : 0))).join(' · '),
        TARGETS.map((t) => cellText(c[t], (x) => num(x.rssMb))).join(' · '),
        num(q.p50OursFloor, 2),
        num(q.rpsOursPeer, 2),
      ].join(' | ')} |`,
    );
  }
  lines.push(
    '',
    'Workloads:',
    ...r.rows.map((w) => `- **${w.name}**: ${w.title}${w.peerNote ? `; peer: ${w.peerNote}` : ''}`),
  );
  const notes = r.rows.flatMap((w) =>
    TARGETS.flatMap((t) => (w.cells[t].error ? [`- ${w.name} / ${t}: ${w.cells[t].error}`] : [])),
  );
  if (notes.length) lines.push('', 'Not measured or failed:', ...notes);
  lines.push('', targetLines(r).join('\n'), '');
  return `${lines.join('\n')}\n`;
}

/** The issue's targets that one run can check (latency growth needs the scaling run). */
function targetLines(r: RunResult): string[] {
  const measured = r.rows.filter((w) => w.cells.ours.p50 !== undefined);
  const mark = (ok: boolean) => (ok ? 'met' : '**missed**');
  const stmts = measured.every((w) => w.cells.ours.statementsPerOp === 1);
  const p50 = measured.filter((w) => (ratios(w.cells).p50OursFloor ?? 0) > 1.25).map((w) => w.name);
  // Only where both sustained some throughput: a 0 req/s peer gives no ratio.
  const rps = measured
    .filter((w) => {
      const q = ratios(w.cells).rpsOursPeer;
      return q !== undefined && q < 1.5;
    })
    .map((w) => w.name);
  const rss = Math.max(...measured.map((w) => w.cells.ours.rssMb ?? 0));
  return [
    'Targets:',
    `- 1 Cypher statement per operation (ours): ${mark(stmts)}`,
    `- p50 ours/floor ≤ 1.25: ${mark(!p50.length)}${p50.length ? ` (over on ${p50.join(', ')})` : ''}`,
    `- req/s ours/peer ≥ 1.5: ${mark(!rps.length)}${rps.length ? ` (under on ${rps.join(', ')})` : ''}`,
    `- ours' peak RSS under load < 300 MB: ${mark(rss < 300)} (${num(rss)} MB)`,
  ];
}

export function renderScaling(s: ScalingResult): string {
  const sizes = s.runs.map((r) => sizeLabel(r.messages));
  const names = s.runs[0]?.rows.map((w) => w.name) ?? [];
  const head = [
    'workload',
    'target',
    ...sizes.map((x) => `p50 ms @ ${x}`),
    ...sizes.map((x) => `p99 ms @ ${x}`),
    `growth p50 ${sizes[0]} → ${sizes.at(-1)}`,
  ];
  const lines = [
    `# Scaling: latency at concurrency 1 (${s.date})`,
    '',
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
  ];
  for (const name of names) {
    for (const t of TARGETS) {
      const cells = s.runs.map((r) => r.rows.find((w) => w.name === name)?.cells[t] ?? {});
      const growth = ratio(cells.at(-1)?.p50, cells[0]?.p50);
      lines.push(
        `| ${[name, t, ...cells.map((c) => cellText(c, (x) => ms(x.p50))), ...cells.map((c) => cellText(c, (x) => ms(x.p99))), growth === undefined ? '–' : `${growth.toFixed(1)}x`].join(' | ')} |`,
      );
    }
  }
  const gen = s.runs
    .filter((r) => r.generated)
    .map(
      (r) =>
        `- ${sizeLabel(r.messages)}: ${r.generated!.nodes} nodes, ${r.generated!.relationships} relationships, generated in ${r.generated!.seconds} s`,
    );
  if (gen.length) lines.push('', 'Generated in this run:', ...gen);
  return `${lines.join('\n')}\n`;
}
