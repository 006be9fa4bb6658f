// `npm run bench:versus`: two running servers of this API (say, this commit's and a reference commit's, each on
// its own copy of the generated graph) asked the same workloads at concurrency 1, interleaved request by request
// in one run, so a noisy machine slows both alike. Prints each one's p50 and the ratio (b / a).
//   npm run bench:versus -- --a http://127.0.0.1:4501 --a-key agk_... --a-bolt bolt://127.0.0.1:7717 \
//                           --b http://127.0.0.1:4502 --b-key agk_... --b-bolt bolt://127.0.0.1:7697 [--rounds 150]
// The keys (editor) are for createMessage, which is skipped without them; with --*-bolt the written messages
// are deleted afterwards (NEO4J_PASSWORD, default the local one).
import { parseArgs } from 'node:util';
import { connect } from '../src/db/connect.js';
import { loadConfig } from '../src/config.js';
import { cleanWrites, walkToDeepPage } from './prepare.js';
import { percentile, send } from './measure.js';
import { workloads, type Prepared, type Request } from './workloads.js';

const { values } = parseArgs({
  options: {
    a: { type: 'string' },
    'a-key': { type: 'string' },
    'a-bolt': { type: 'string' },
    b: { type: 'string' },
    'b-key': { type: 'string' },
    'b-bolt': { type: 'string' },
    rounds: { type: 'string', default: '150' },
    warmup: { type: 'string', default: '20' },
  },
});
if (!values.a || !values.b) throw new Error('usage: npm run bench:versus -- --a <url> --b <url> (see bench/versus.ts)');
const servers = [
  { name: 'a', url: values.a, key: values['a-key'], bolt: values['a-bolt'] },
  { name: 'b', url: values.b, key: values['b-key'], bolt: values['b-bolt'] },
];

/** Each server walks its own cursors to the deep page (cursors are each server's own). */
async function prepared(url: string, key: string | undefined): Promise<Prepared> {
  const { cursor, page } = await walkToDeepPage(url);
  return {
    oursCursor: cursor,
    oursKey: null,
    peerCursor: null,
    page,
    oursWrite: { authorization: key ? `Bearer ${key}` : '' },
  };
}

const asks = await Promise.all(servers.map(async (s) => workloads(await prepared(s.url, s.key))));
const rounds = Number(values.rounds);
const lines = ['| workload | a p50 ms | b p50 ms | b / a | a p90 | b p90 |', '|---|---|---|---|---|---|'];
for (let w = 0; w < asks[0].length; w++) {
  const name = asks[0][w].name;
  if (asks[0][w].write && !servers.every((s) => s.key)) continue;
  const requests: Request[] = asks.map((a) => a[w].ask.ours);
  const times: number[][] = [[], []];
  const ask = async (i: number, keep: boolean) => {
    const r = await send(servers[i].url, requests[i]);
    if (r.error) throw new Error(`${servers[i].name} ${name}: ${r.error}`);
    if (keep) times[i].push(r.ms);
  };
  for (let r = 0; r < Number(values.warmup); r++) for (const i of [0, 1]) await ask(i, false);
  // Alternating which goes first, so neither always follows the other's work.
  for (let r = 0; r < rounds; r++) for (const i of r % 2 ? [1, 0] : [0, 1]) await ask(i, true);
  const [a, b] = times.map((t) => t.sort((x, y) => x - y));
  const [a50, b50] = [percentile(a, 50), percentile(b, 50)];
  lines.push(
    `| ${name} | ${a50.toFixed(1)} | ${b50.toFixed(1)} | ${(b50 / a50).toFixed(2)} | ${percentile(a, 90).toFixed(1)} | ${percentile(b, 90).toFixed(1)} |`,
  );
  process.stderr.write(`${lines.at(-1)}\n`);
}
for (const s of servers.filter((x) => x.bolt)) {
  const db = await connect(loadConfig({ ...process.env, NEO4J_URI: s.bolt }));
  await cleanWrites(db);
  await db.driver.close();
}
process.stdout.write(`${lines.join('\n')}\n`);
