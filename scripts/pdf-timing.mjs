// The time to print one pack as PDF, per interface language (so per script), the median of 20 after a warm-up:
// `npm run build && node scripts/pdf-timing.mjs [themes] [place]` against the Neo4j of NEO4J_URI (the pack is
// assembled once per language; only the printing is timed, one PDF at a time).
import { performance } from 'node:perf_hooks';
import { closePdfPrinter, toPdf } from '../dist/src/briefing/pdf.js';
import { connect } from '../dist/src/db/connect.js';
import { loadConfig } from '../dist/src/config.js';
import { makePack } from '../dist/src/http/pack-request.js';
import { LOCALES } from '../dist/src/i18n/messages.js';

const [themes = 'migration,sex-work', place = 'lille'] = process.argv.slice(2);
const RUNS = 20;
const db = await connect(loadConfig());
try {
  console.log('language  median ms  min ms  max ms  bytes');
  for (const language of LOCALES) {
    const pack = await makePack(
      { db, viewer: { role: 'viewer', label: 'pdf-timing' } },
      {
        themes: themes.split(','),
        place,
        language,
      },
    );
    const bytes = (await toPdf(pack)).length;
    const times = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      await toPdf(pack);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const median = (times[RUNS / 2 - 1] + times[RUNS / 2]) / 2;
    console.log(
      `${language.padEnd(8)}  ${median.toFixed(0).padStart(9)}  ${times[0].toFixed(0).padStart(6)}  ${times[RUNS - 1].toFixed(0).padStart(6)}  ${bytes}`,
    );
  }
} finally {
  await closePdfPrinter();
  await db.driver.close();
}
