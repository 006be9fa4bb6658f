#!/usr/bin/env node
// Times briefing packs on the graph the server uses (the seed graph by default): 20 packs per format for
// migration + sex work at Lille in English, after one warm-up each (Neo4j plans the statement once).
// Usage: npm run build && node scripts/bench-briefing.mjs [runs] [language]
import { loadConfig } from '../dist/src/config.js';
import { connect } from '../dist/src/db/connect.js';
import { makePack } from '../dist/src/http/pack-request.js';
import { toMarkdown } from '../dist/src/briefing/markdown.js';
import { toHtml } from '../dist/src/briefing/html.js';
import { toPdf } from '../dist/src/briefing/pdf.js';

const runs = Number(process.argv[2] ?? 20);
const language = process.argv[3] ?? 'en';
const request = { themes: ['migration', 'sex-work'], place: 'lille', language };
const db = await connect(loadConfig());
const ctx = { db, viewer: { role: 'viewer', label: 'bench' } };
const formats = { data: (p) => p, md: toMarkdown, html: toHtml, pdf: toPdf };

const pct = (xs, p) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
console.log(`${runs} packs per format, ${request.themes.join(' + ')} at ${request.place}, language ${language}`);
console.log('format  median ms  p95 ms  max ms  size');
for (const [name, render] of Object.entries(formats)) {
  await render(await makePack(ctx, request));
  const times = [];
  let size = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const out = await render(await makePack(ctx, request));
    times.push(performance.now() - t);
    size = typeof out === 'string' ? Buffer.byteLength(out) : (out.length ?? 0);
  }
  times.sort((a, b) => a - b);
  console.log(
    `${name.padEnd(6)}  ${pct(times, 50).toFixed(1).padStart(9)}  ${pct(times, 95).toFixed(1).padStart(6)}  ${times.at(-1).toFixed(1).padStart(6)}  ${size || '-'}`,
  );
}
await db.driver.close();
