// Translations read from a file, written all-or-nothing in one transaction with a Change (TRANSLATE) per record:
// its texts in the language before and after, with status and translator. Problems come back placed.
import { randomUUID } from 'node:crypto';
import { extname } from 'node:path';
import { withFolded } from '../db/fold.js';
import type { Db } from '../db/db.js';
import { type Viewer, visibleTo } from '../domain/viewer.js';
import { GraphDataError } from '../graph-data/document.js';
import { type ChangeRow, actorName, recordChanges, stateJson } from '../history/record.js';
import { textLabel, type Label, type Visibility } from '../model/derived.js';
import { FIND_NODES } from '../model/statements.js';
import { readCsv } from './csv.js';
import type { ReadTranslations } from './units.js';
import { readXliff } from './xliff.js';

export const TRANSLATION_FORMATS = ['XLIFF', 'CSV'] as const;
export type TranslationFormat = (typeof TRANSLATION_FORMATS)[number];

/** XLIFF for .xlf/.xliff, CSV for .csv; null for anything else. */
export function formatOf(path: string): TranslationFormat | null {
  const ext = extname(path).toLowerCase();
  return ext === '.csv' ? 'CSV' : ext === '.xlf' || ext === '.xliff' ? 'XLIFF' : null;
}

export const readTranslations = (format: TranslationFormat, name: string, text: string): ReadTranslations =>
  format === 'CSV' ? readCsv(name, text) : readXliff(name, text);

export interface TranslationImportOptions {
  viewer: Viewer;
  /** Who translated; default the importing key's label. */
  translator?: string | null;
  dryRun?: boolean;
}

export interface TranslationImportResult {
  language: string;
  dryRun: boolean;
  /** Translated texts in the file, those it leaves untranslated, and how many texts and records changed. */
  units: number;
  untranslated: number;
  textsWritten: number;
  recordsChanged: number;
}

const PROBLEMS: Record<string, string> = {
  NOT_FOUND: 'no such record that you may see',
  NO_TEXT: 'the record has no such text to translate',
  ORIGINAL: 'the text was written in this language: it is the original, not a translation',
};

class RolledBack extends Error {
  constructor(readonly result: TranslationImportResult) {
    super('dry run');
  }
}

interface Written {
  eid: string;
  kind: Label;
  id: string;
  visibility: Visibility;
  before: Array<Record<string, unknown>>;
  after: Array<Record<string, unknown>>;
}

export async function importTranslations(
  db: Db,
  read: Extract<ReadTranslations, { problems: [] }>,
  options: TranslationImportOptions,
): Promise<TranslationImportResult> {
  const translator = options.translator?.trim() || actorName(options.viewer);
  const { language } = read;
  try {
    return await db.writeTx(async (tx) => {
      const refs = [...new Map(read.units.map((u) => [`${u.kind}:${u.id}`, { label: u.kind, id: u.id }])).values()];
      const found = await tx.run<{ label: string; id: string; eid: string }>(FIND_NODES, { refs });
      const eid = new Map(found.map((f) => [`${f.label}:${f.id}`, f.eid]));
      const units = read.units.map((u) => ({
        ...withFolded({ ...u, lang: language }),
        eid: eid.get(`${u.kind}:${u.id}`) ?? null,
        translator,
      }));
      for (const u of units) u.labels.push(textLabel(u.kind));
      const [out] = await tx.run<{ problems: Array<{ place: string; problem: string }>; written: Written[] }>(
        'translations/import',
        { units, language, visible: visibleTo(options.viewer.role), actor: actorName(options.viewer) },
      );
      if (out.problems.length) throw new GraphDataError(out.problems.map((p) => `${p.place}: ${PROBLEMS[p.problem]}`));
      const state = (w: Written, texts: Array<Record<string, unknown>>) =>
        stateJson({
          id: w.id,
          language,
          texts: [...texts].sort((a, b) => String(a.field).localeCompare(String(b.field))),
        });
      const changes: ChangeRow[] = out.written.map((w) => ({
        id: randomUUID(),
        action: 'TRANSLATE',
        subjectLabel: w.kind,
        subjectId: w.id,
        eid: w.eid,
        before: w.before.length ? state(w, w.before) : null,
        after: state(w, w.after),
        visibility: w.visibility,
      }));
      await recordChanges(tx, options.viewer, changes);
      const result: TranslationImportResult = {
        language,
        dryRun: Boolean(options.dryRun),
        units: read.units.length,
        untranslated: read.untranslated,
        textsWritten: out.written.reduce((n, w) => n + w.after.length, 0),
        recordsChanged: out.written.length,
      };
      if (options.dryRun) throw new RolledBack(result);
      return result;
    });
  } catch (e) {
    if (e instanceof RolledBack) return e.result;
    throw e;
  }
}
