// `npm run export [-- --out FILE | --csv DIR] [--role admin|editor|viewer|anonymous]`: the whole graph as a graph
// document JSON (what `npm run import` reads), to FILE or stdout, or as CSV files, one per kind, into DIR. Only what the role may read goes out;
// the default is admin (everything but archived records), since the command runs with the database's own
// credentials. The counts and a sha256 checksum go to stderr. Exit codes: 0 written, 1 the graph breaks
// the model (listed), 2 usage, configuration or database unreachable.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { GraphDataError } from '../graph-data/document.js';
import type { Role } from '../domain/viewer.js';
import { withDb } from '../import-export/cli-db.js';
import { writeCsvFiles } from '../import-export/csv-write.js';
import { checksum, exportGraph } from '../import-export/export.js';

const ROLES: Role[] = ['admin', 'editor', 'viewer', 'anonymous'];

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: { out: { type: 'string' }, csv: { type: 'string' }, role: { type: 'string', default: 'admin' } },
    });
  } catch (e) {
    console.error(`export: ${(e as Error).message}`);
    return 2;
  }
  const role = args.values.role as Role;
  if (!ROLES.includes(role)) {
    console.error(`export: --role must be one of ${ROLES.join(', ')}`);
    return 2;
  }

  return withDb('export', async (db) => {
    try {
      const doc = await exportGraph(db, { role });
      const json = `${JSON.stringify(doc, null, 2)}\n`;
      const target = args.values.csv ?? args.values.out;
      if (args.values.csv) {
        mkdirSync(args.values.csv, { recursive: true });
        for (const { file, text } of writeCsvFiles(doc)) writeFileSync(join(args.values.csv, file), text);
      } else if (args.values.out) writeFileSync(args.values.out, json);
      else process.stdout.write(json);
      console.error(
        `export: ${doc.nodes.length} nodes, ${doc.relationships.length} relationships visible to ${role}${target ? ` in ${target}` : ''}; sha256 ${checksum(doc)}`,
      );
      return 0;
    } catch (e) {
      if (!(e instanceof GraphDataError)) throw e;
      console.error(`export: the graph has records the document format refuses, nothing written:`);
      for (const line of e.lines) console.error(`  ${line}`);
      return 1;
    }
  });
}

process.exitCode = await main();
