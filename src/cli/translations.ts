// `npm run translations -- export LANG [--csv] [--scope MISSING|UNREVIEWED|ALL] [--source en] [--role ROLE] [--out FILE]`:
// the texts LANG lacks (by default those missing or still draft) as XLIFF 2.0 (or CSV), for a translator's tool.
// Only what the role may read goes out (default editor: never a RESTRICTED record).
// `npm run translations -- import FILE.xlf|FILE.csv [--translator NAME] [--dry-run]`: the translations back,
// each with its status (DRAFT or REVIEWED), all-or-nothing; every problem is printed with its line.
// `npm run translations -- coverage LANG [--role ROLE]`: how many texts of each kind LANG has.
// Exit codes: 0 done, 1 problems (nothing written), 2 usage, configuration or database unreachable.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import type { Role } from '../domain/viewer.js';
import { GraphDataError } from '../graph-data/document.js';
import { CLI_VIEWER, withDb } from '../import-export/cli-db.js';
import { EXPORT_SCOPES, type ExportScope } from '../model/translation.js';
import { translationCoverage } from '../translations/coverage.js';
import { toCsv } from '../translations/csv.js';
import { exportTranslations } from '../translations/export.js';
import { formatOf, importTranslations, readTranslations } from '../translations/import.js';
import { toXliff } from '../translations/xliff.js';

const ROLES: Role[] = ['admin', 'editor', 'viewer', 'anonymous'];
const USAGE =
  'usage: npm run translations -- export LANG [--csv] [--scope MISSING|UNREVIEWED|ALL] [--source en] [--role editor] [--out FILE]\n' +
  '       npm run translations -- import FILE.xlf|FILE.csv [--translator NAME] [--dry-run]\n' +
  '       npm run translations -- coverage LANG [--role editor]';

function usage(message?: string): number {
  console.error(message ? `translations: ${message}` : USAGE);
  return 2;
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        csv: { type: 'boolean', default: false },
        scope: { type: 'string', default: 'UNREVIEWED' },
        source: { type: 'string', default: 'en' },
        role: { type: 'string', default: 'editor' },
        out: { type: 'string' },
        translator: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
      },
    });
  } catch (e) {
    return usage((e as Error).message);
  }
  const [command, arg] = args.positionals;
  const role = args.values.role as Role;
  const scope = args.values.scope as ExportScope;
  if (!arg || !['export', 'import', 'coverage'].includes(command)) return usage();
  if (!ROLES.includes(role)) return usage(`--role must be one of ${ROLES.join(', ')}`);
  if (!EXPORT_SCOPES.includes(scope)) return usage(`--scope must be one of ${EXPORT_SCOPES.join(', ')}`);

  if (command === 'import') {
    const format = formatOf(arg);
    if (!format) return usage(`${basename(arg)}: give an .xlf, .xliff or .csv file`);
    let text;
    try {
      text = readFileSync(arg, 'utf8');
    } catch (e) {
      return usage((e as Error).message);
    }
    const read = readTranslations(format, basename(arg), text);
    if (read.problems.length || !read.units) {
      console.error(`translations: ${read.problems.length} problem(s), nothing written:`);
      for (const line of read.problems) console.error(`  ${line}`);
      return 1;
    }
    const ok = read;
    return withDb('translations', async (db) => {
      try {
        const r = await importTranslations(db, ok, {
          viewer: CLI_VIEWER,
          translator: args.values.translator,
          dryRun: args.values['dry-run'],
        });
        console.log(
          `translations${r.dryRun ? ' (dry run, nothing written)' : ''}: ${r.language}: ${r.units} translated texts in the file ` +
            `(${r.untranslated} left untranslated), ${r.textsWritten} written in ${r.recordsChanged} records`,
        );
        return 0;
      } catch (e) {
        if (!(e instanceof GraphDataError)) throw e;
        console.error(`translations: ${e.lines.length} problem(s), nothing written:`);
        for (const line of e.lines) console.error(`  ${line}`);
        return 1;
      }
    });
  }

  return withDb('translations', async (db) => {
    try {
      if (command === 'coverage') {
        const c = await translationCoverage(db, role, arg);
        console.log(`kind\ttexts\toriginal\treviewed\tdraft\tmissing`);
        for (const k of [...c.kinds, { ...c, kind: 'all' }])
          console.log([k.kind, k.texts, k.original, k.reviewed, k.draft, k.missing].join('\t'));
        return 0;
      }
      const x = await exportTranslations(db, { role, language: arg, sourceLanguage: args.values.source, scope });
      const text = args.values.csv ? toCsv(x) : toXliff(x);
      if (args.values.out) writeFileSync(args.values.out, text);
      else process.stdout.write(text);
      console.error(
        `translations: ${x.units.length} texts to translate into ${x.language} (${scope}, from ${x.sourceLanguage}) visible to ${role}` +
          (args.values.out ? ` in ${args.values.out}` : ''),
      );
      return 0;
    } catch (e) {
      if (!(e instanceof GraphDataError)) throw e;
      for (const line of e.lines) console.error(`translations: ${line}`);
      return 2;
    }
  });
}

process.exitCode = await main();
