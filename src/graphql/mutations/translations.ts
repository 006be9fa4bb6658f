// Translations over GraphQL: coverage for anyone (under their visibility), the translators' files for editors
// and admins (never a record their role may not read). Problems come back as one BAD_USER_INPUT listing each
// (extensions.problems); nothing is written then.
import { badInput } from '../../errors.js';
import { GraphDataError } from '../../graph-data/document.js';
import type { ExportScope } from '../../model/translation.js';
import { translationCoverage } from '../../translations/coverage.js';
import { toCsv } from '../../translations/csv.js';
import { exportTranslations } from '../../translations/export.js';
import { importTranslations, readTranslations } from '../../translations/import.js';
import { toXliff } from '../../translations/xliff.js';
import type { Context } from '../context.js';
import { TranslationFormat } from '../types/translation.type.js';
import { WRITERS, requireRole } from './guard.js';

/** Runs `work`, turning the problems it lists into one BAD_USER_INPUT whose `fields` name the arguments: a
 * problem starting with an argument's name (`sourceLanguage: ...`) is that argument's, any other the first's. */
async function placed<T>(what: string, args: [string, ...string[]], work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (!(e instanceof GraphDataError)) throw e;
    const n = e.lines.length;
    const fields = e.lines.map((line) => {
      const named = args.find((a) => line.startsWith(`${a}: `));
      return named ? { field: named, message: line.slice(named.length + 2) } : { field: args[0], message: line };
    });
    throw badInput(
      `${what} has ${n} problem${n === 1 ? '' : 's'}; nothing was written: ${e.lines.slice(0, 5).join('; ')}${n > 5 ? '; ...' : ''}`,
      fields[0].field,
      { problems: e.lines, fields },
    );
  }
}

const raw = <T extends object>(o: T) => ({ __raw: true, ...o });

export function coverage(ctx: Context, language: string) {
  return placed('The request', ['language'], async () => {
    const c = await translationCoverage(ctx.db, ctx.viewer.role, language);
    return raw({ ...c, kinds: c.kinds.map((k) => raw({ ...k, missingTexts: k.missingTexts.map(raw) })) });
  });
}

export function translationFile(
  ctx: Context,
  args: { language: string; format: TranslationFormat; scope: ExportScope; sourceLanguage: string },
) {
  requireRole(ctx, WRITERS, 'Exporting translations');
  return placed('The request', ['language', 'sourceLanguage'], async () => {
    const x = await exportTranslations(ctx.db, { role: ctx.viewer.role, ...args });
    const content = args.format === TranslationFormat.CSV ? toCsv(x) : toXliff(x);
    return raw({
      language: x.language,
      sourceLanguage: x.sourceLanguage,
      format: args.format,
      texts: x.units.length,
      content,
    });
  });
}

export function importFile(
  ctx: Context,
  args: { format: TranslationFormat; content: string; translator?: string | null; dryRun: boolean },
) {
  requireRole(ctx, WRITERS, 'Importing translations');
  const name = args.format === TranslationFormat.CSV ? 'content (CSV)' : 'content (XLIFF)';
  return placed('The file', ['content'], async () => {
    const read = readTranslations(args.format, name, args.content);
    if (read.problems.length || !read.units) throw new GraphDataError(read.problems);
    return raw(
      await importTranslations(ctx.db, read, { viewer: ctx.viewer, translator: args.translator, dryRun: args.dryRun }),
    );
  });
}
