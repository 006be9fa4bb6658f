// `npm run import -- FILE... [--dry-run]`: a graph document JSON (as `npm run export` writes it) or CSV
// files (one per kind, see src/import-export/csv.ts). Every entry is checked first and every problem is
// printed with its place (JSON: entry index and path; CSV: line); then it is applied all-or-nothing.
// Importing the same file again changes nothing. Exit codes: 0 applied (or dry run fine), 1 problems
// (nothing written), 2 usage, configuration or database unreachable.
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { GraphDataError } from '../graph-data/document.js';
import { CLI_VIEWER, withDb } from '../import-export/cli-db.js';
import { readImportFiles } from '../import-export/files.js';
import { importGraph } from '../import-export/import.js';

/** From this many rows on, a progress bar (on a terminal). */
const LARGE = 1000;

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({ allowPositionals: true, options: { 'dry-run': { type: 'boolean', default: false } } });
  } catch (e) {
    console.error(`import: ${(e as Error).message}`);
    return 2;
  }
  if (!args.positionals.length) {
    console.error('usage: npm run import -- FILE.json | FILE.csv... [--dry-run]');
    return 2;
  }
  const dryRun = args.values['dry-run'] ?? false;

  let read;
  try {
    read = readImportFiles(args.positionals);
  } catch (e) {
    console.error(`import: ${(e as Error).message}`);
    return 2;
  }
  if (!read.doc) {
    console.error(`import: ${read.problems.length} problem(s), nothing written:`);
    for (const line of read.problems) console.error(`  ${line}`);
    return 1;
  }
  const doc = read.doc;

  return withDb('import', async (db) => {
    const total = doc.nodes.length + doc.relationships.length;
    const bar =
      total >= LARGE
        ? new SingleBar({ format: 'import [{bar}] {percentage}% {value}/{total} rows', stream: process.stderr })
        : null;
    bar?.start(total, 0);
    try {
      const r = await importGraph(db, doc, {
        viewer: CLI_VIEWER,
        dryRun,
        usedAt: read.usedAt,
        onProgress: (n) => bar?.increment(n),
      });
      bar?.stop();
      console.log(
        `import${r.dryRun ? ' (dry run, nothing written)' : ''}: ${r.nodes} nodes (${r.nodesCreated} created, ${r.nodesUpdated} updated, ` +
          `${r.nodesKept} kept as edited by a person or owned by the seed), ${r.relationships} relationships (${r.relationshipsCreated} created, ${r.relationshipsUpdated} updated)`,
      );
      return 0;
    } catch (e) {
      bar?.stop();
      if (!(e instanceof GraphDataError)) throw e;
      console.error(`import: ${e.lines.length} problem(s), nothing written:`);
      for (const line of e.lines) console.error(`  ${line}`);
      return 1;
    }
  });
}

process.exitCode = await main();
