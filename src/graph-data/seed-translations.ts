// The seed's translations (seeds/translations/<language>.yaml): texts the project translated, each file one
// language with its status and translator, merged into the nodes read from the kind files. Translations are
// not the record's words: the fidelity test reads the originals only. The project translates PUBLIC records
// only, so a file naming an INTERNAL or RESTRICTED record is refused.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { refKey, type NodeDoc } from './document.js';
import { FILE_KINDS, TEXT_FIELDS } from '../model/derived.js';
import { isLanguageTag } from '../model/language.js';
import { TRANSLATION_STATUSES, type TranslationStatus } from '../model/translation.js';

const TRANSLATIONS_DIR = 'translations';

type Report = (file: string, entry: string | null, field: string | null, message: string) => void;

const isMap = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Adds each file's texts to `nodes` (found by kind file and id); every problem is reported with its place. */
export function addSeedTranslations(
  dir: string,
  nodes: NodeDoc[],
  parse: (path: string) => unknown,
  report: Report,
  display: (path: string) => string,
): void {
  const folder = join(dir, TRANSLATIONS_DIR);
  if (!existsSync(folder)) return;
  const byRef = new Map(nodes.map((n) => [refKey(n), n]));
  const kinds = new Map(FILE_KINDS.map((k) => [k.file, k.label]));
  for (const f of readdirSync(folder).sort()) {
    const path = join(folder, f);
    const file = display(path);
    const lang = f.replace(/\.yaml$/, '');
    if (!f.endsWith('.yaml') || !isLanguageTag(lang)) {
      report(file, null, null, 'a translation file is named for its language, e.g. ru.yaml or zh-Hans.yaml');
      continue;
    }
    const raw = parse(path);
    if (raw === undefined) continue;
    if (!isMap(raw)) {
      report(file, null, null, 'must be a map with language, status, translator and one key per kind file');
      continue;
    }
    if (raw.language !== lang) report(file, null, 'language', `must be ${lang}, the file's name`);
    const status = raw.status as TranslationStatus;
    if (!TRANSLATION_STATUSES.includes(status))
      report(file, null, 'status', `must be ${TRANSLATION_STATUSES.join(' or ')}`);
    const translator = typeof raw.translator === 'string' ? raw.translator.trim() : '';
    if (!translator) report(file, null, 'translator', 'names who translated (a person, a team or the project)');
    for (const [kind, entries] of Object.entries(raw)) {
      if (['language', 'status', 'translator'].includes(kind)) continue;
      const label = kinds.get(kind);
      if (!label || !isMap(entries)) {
        report(file, null, kind, `expected a kind (${[...kinds.keys()].join(', ')}) mapping ids to texts`);
        continue;
      }
      for (const [id, texts] of Object.entries(entries)) {
        const entry = `entry "${id}"`;
        const node = byRef.get(refKey({ label, id }));
        if (!node) {
          report(file, entry, null, `no ${label} "${id}" in the seed files`);
          continue;
        }
        if (node.visibility !== 'PUBLIC') {
          report(file, entry, null, `${node.visibility}: the project translates PUBLIC records only`);
          continue;
        }
        if (!isMap(texts)) {
          report(file, entry, null, 'must map text fields to texts, e.g. {name: ...}');
          continue;
        }
        const fields = [TEXT_FIELDS[label].required, ...TEXT_FIELDS[label].optional];
        for (const [field, value] of Object.entries(texts)) {
          const original = node.texts.find((t) => t.field === field && t.original);
          if (!fields.includes(field)) report(file, entry, field, `${label} has no text field "${field}"`);
          else if (!original) report(file, entry, field, 'has no original text to translate');
          else if (node.texts.some((t) => t.field === field && t.lang === lang))
            report(file, entry, field, `already has a ${lang} text in its kind file`);
          else if (typeof value !== 'string' || !value.trim()) report(file, entry, field, 'must be a non-empty text');
          else if (TRANSLATION_STATUSES.includes(status) && translator)
            node.texts.push({ field, lang, value: value.trim(), original: false, status, translator });
        }
      }
    }
  }
}
