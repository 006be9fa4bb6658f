// How much of the graph a language has, per kind: one read statement, counting only what the role may read.
import type { Db } from '../db/db.js';
import { type Role, visibleTo } from '../domain/viewer.js';
import { LABELS } from '../model/derived.js';
import { languages } from './export.js';

interface KindCoverage {
  kind: string;
  texts: number;
  original: number;
  reviewed: number;
  draft: number;
  missing: number;
  missingTexts: Array<{ recordId: string; field: string }>;
}
export type Coverage = Omit<KindCoverage, 'kind' | 'missingTexts'> & { language: string; kinds: KindCoverage[] };

export async function translationCoverage(db: Db, role: Role, language: string): Promise<Coverage> {
  const lang = languages(language, 'und').language;
  const rows = await db.read<Omit<KindCoverage, 'missing'>>('translations/coverage', {
    visible: visibleTo(role),
    labels: LABELS,
    language: lang,
  });
  const kinds = rows.map((k) => ({ ...k, missing: k.missingTexts.length }));
  const sum = (key: 'texts' | 'original' | 'reviewed' | 'draft' | 'missing') => kinds.reduce((n, k) => n + k[key], 0);
  return {
    language: lang,
    texts: sum('texts'),
    original: sum('original'),
    reviewed: sum('reviewed'),
    draft: sum('draft'),
    missing: sum('missing'),
    kinds,
  };
}
