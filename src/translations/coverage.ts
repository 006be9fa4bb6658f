// How much of the graph a language has, per kind: one read statement, counting only what the role may read.
import type { Db } from '../db/db.js';
import { type Role, visibleTo } from '../domain/viewer.js';
import { LABELS } from '../model/derived.js';
import { languages } from './export.js';

/** What a coverage counts, per kind and in all. */
export const COUNTS = ['texts', 'original', 'reviewed', 'draft', 'missing'] as const;
type Counts = Record<(typeof COUNTS)[number], number>;

type KindCoverage = Counts & { kind: string; missingTexts: Array<{ recordId: string; field: string }> };
export type Coverage = Counts & { language: string; kinds: KindCoverage[] };

export async function translationCoverage(db: Db, role: Role, language: string): Promise<Coverage> {
  const lang = languages(language, 'und').language;
  const rows = await db.read<Omit<KindCoverage, 'missing'>>('translations/coverage', {
    visible: visibleTo(role),
    labels: LABELS,
    language: lang,
  });
  const kinds = rows.map((k) => ({ ...k, missing: k.missingTexts.length }));
  const totals = Object.fromEntries(COUNTS.map((key) => [key, kinds.reduce((n, k) => n + k[key], 0)])) as Counts;
  return { language: lang, ...totals, kinds };
}
