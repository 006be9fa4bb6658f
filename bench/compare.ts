// `npm run bench:compare -- <reference.json> <run.json>...`: our p50 in each run against a reference run of the
// same size, workload by workload, to read whether performance holds. Runs on one machine, one after the other
// (another commit's `npm run bench`, then this one's); a ratio within 1.10 holds.
import { readFileSync } from 'node:fs';
import type { RunResult } from './report.js';

const [referenceFile, ...runFiles] = process.argv.slice(2);
if (!referenceFile || !runFiles.length) {
  process.stderr.write('usage: npm run bench:compare -- <reference.json> <run.json>...\n');
  process.exit(2);
}
const load = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as RunResult;
const reference = load(referenceFile);
const runs = runFiles.map(load);
for (const r of runs)
  if (r.messages !== reference.messages || r.machine.cpuModel !== reference.machine.cpuModel)
    process.stderr.write(`warning: ${r.date} is not the reference's size or machine: its ratios mean little\n`);

const ms = (x?: number) => (x === undefined ? '–' : x < 10 ? x.toFixed(1) : x.toFixed(0));
const lines = [
  `| workload | reference p50 ms | ${runs.map((r) => `${r.date.slice(0, 16)} p50 ms (ratio)`).join(' | ')} |`,
  `|---|---|${runs.map(() => '---|').join('')}`,
];
for (const row of reference.rows) {
  const base = row.cells.ours.p50;
  const cells = runs.map((r) => {
    const p50 = r.rows.find((x) => x.name === row.name)?.cells.ours.p50;
    return p50 === undefined || base === undefined ? '–' : `${ms(p50)} (${(p50 / base).toFixed(2)})`;
  });
  lines.push(`| ${row.name} | ${ms(base)} | ${cells.join(' | ')} |`);
}
const rss = (r: RunResult) => Math.max(...r.rows.map((x) => x.cells.ours.rssMb ?? 0)).toFixed(0);
lines.push(`| peak RSS under load, MB | ${rss(reference)} | ${runs.map(rss).join(' | ')} |`);
process.stdout.write(`${lines.join('\n')}\n`);
