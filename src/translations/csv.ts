// Translations as CSV, for those who work in a spreadsheet: one row per text with its context; a translator
// fills `target` and sets `status` (DRAFT or REVIEWED). Rows without a target are left as they are.
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { UnitChecker } from './check.js';
import { type ReadTranslations, type TranslationExport, refused } from './units.js';

const COLUMNS = [
  'kind',
  'id',
  'field',
  'visibility',
  'sections',
  'source_language',
  'source',
  'original_language',
  'original',
  'language',
  'target',
  'status',
  'translator',
] as const;
const REQUIRED = ['kind', 'id', 'field', 'language', 'target', 'status'];

export function toCsv(x: TranslationExport): string {
  return stringify([
    [...COLUMNS],
    ...x.units.map((u) => [
      u.kind,
      u.id,
      u.field,
      u.visibility,
      u.sections.join(' '),
      u.sourceLanguage,
      u.source,
      u.originalLanguage,
      u.original,
      x.language,
      u.target ?? '',
      u.status ?? '',
      u.translator ?? '',
    ]),
  ]);
}

export function readCsv(name: string, text: string): ReadTranslations {
  const check = new UnitChecker();
  let rows: Array<{ record: string[]; info: { lines: number } }>;
  try {
    rows = parse(text, { info: true, bom: true, skip_empty_lines: true }) as unknown as typeof rows;
  } catch (e) {
    return refused(`${name} line ${(e as { lines?: number }).lines ?? '?'}: ${(e as Error).message}`);
  }
  const header = rows[0]?.record.map((h) => h.trim()) ?? [];
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length) return refused(`${name} line 1: needs the columns ${missing.join(', ')}`);
  const col = (record: string[], c: string) => record[header.indexOf(c)]?.trim() ?? '';
  let language: string | null = null;
  for (const { record, info } of rows.slice(1)) {
    const place = `${name} line ${info.lines}`;
    const lang = col(record, 'language');
    if (language === null) language = check.language(place, lang);
    else if (lang !== language) check.problems.push(`${place}: language ${lang}, but the file is in ${language}`);
    check.add(place, {
      kind: col(record, 'kind'),
      id: col(record, 'id'),
      field: col(record, 'field'),
      value: col(record, 'target') || null,
      status: col(record, 'status') || null,
    });
  }
  return check.result(language);
}
