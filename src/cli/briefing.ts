// `npm run briefing -- --themes migration,sex-work --place lille --language en --format pdf --out pack.pdf`
// Makes a pack as signed-in staff see it (--role admin adds RESTRICTED items, --role anonymous keeps it public);
// the safety note is printed with the file: read it before sharing.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { toHtml } from '../briefing/html.js';
import { toMarkdown } from '../briefing/markdown.js';
import { closePdfPrinter, toPdf } from '../briefing/pdf.js';
import { makePack } from '../http/pack-request.js';
import { loadConfig } from '../config.js';
import { connect } from '../db/connect.js';

const USAGE =
  'usage: npm run briefing -- --themes a,b [--place id] [--language en] [--format md|html|pdf] [--out file] [--role anonymous|viewer|admin] [--record-only]';

async function main() {
  const { values } = parseArgs({
    options: {
      themes: { type: 'string' },
      place: { type: 'string' },
      language: { type: 'string' },
      format: { type: 'string', default: 'md' },
      out: { type: 'string' },
      role: { type: 'string', default: 'viewer' },
      'record-only': { type: 'boolean', default: false },
    },
  });
  const render = { md: toMarkdown, html: toHtml, pdf: toPdf }[values.format as 'md'];
  const role = values.role as 'anonymous' | 'viewer' | 'admin';
  if (!values.themes || !render || !['anonymous', 'viewer', 'admin'].includes(role)) throw new Error(USAGE);
  const db = await connect(loadConfig());
  try {
    const pack = await makePack(
      { db, viewer: { role, label: 'cli' } },
      {
        themes: values.themes.split(','),
        place: values.place,
        language: values.language,
        recordOnly: values['record-only'],
      },
    );
    const body = await render(pack);
    if (values.out) {
      writeFileSync(values.out, body);
      process.stderr.write(`wrote ${values.out}${pack.safety.note ? `\n${pack.safety.note}` : ''}\n`);
    } else process.stdout.write(body);
  } finally {
    await db.driver.close();
    await closePdfPrinter();
  }
}

main().catch((e: Error) => {
  process.stderr.write(`briefing: ${e.message}\n`);
  process.exit(1);
});
