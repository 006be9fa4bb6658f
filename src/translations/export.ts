// What a language lacks (or all of it) for a translator: one read statement, only records the role may read.
import type { Db } from '../db/db.js';
import { type Role, visibleTo } from '../domain/viewer.js';
import { GraphDataError } from '../graph-data/document.js';
import { LABELS } from '../model/derived.js';
import { LANGUAGE_MESSAGE, canonicalLanguage } from '../model/language.js';
import type { ExportScope } from '../model/translation.js';
import type { ExportUnit, TranslationExport } from './units.js';

export interface TranslationExportOptions {
  role: Role;
  language: string;
  /** The language translators read from; where a text has none, its original is given. Default en. */
  sourceLanguage?: string;
  scope?: ExportScope;
  /** Only records whose id starts with this. */
  prefix?: string;
}

/** Both tags in canonical form, or GraphDataError naming what is wrong. */
export function languages(language: string, source: string): { language: string; source: string } {
  const lang = canonicalLanguage(language);
  const src = canonicalLanguage(source);
  const problems = [
    ...(lang ? [] : [`language: ${LANGUAGE_MESSAGE}`]),
    ...(src ? [] : [`sourceLanguage: ${LANGUAGE_MESSAGE}`]),
    ...(lang && lang === src ? ['sourceLanguage: must differ from the language translated into'] : []),
  ];
  if (problems.length) throw new GraphDataError(problems);
  return { language: lang!, source: src! };
}

export async function exportTranslations(db: Db, options: TranslationExportOptions): Promise<TranslationExport> {
  const { language, source } = languages(options.language, options.sourceLanguage ?? 'en');
  const units = await db.read<ExportUnit>('translations/export', {
    visible: visibleTo(options.role),
    labels: LABELS,
    language,
    source,
    scope: options.scope ?? 'UNREVIEWED',
    prefix: options.prefix ?? null,
  });
  return { language, sourceLanguage: source, units };
}
