// Translations as XLIFF 2.0 (OASIS, the format translators' tools read): one <file> per kind, one <unit> per
// text with its context in <notes>, the segment's state saying where it stands (initial: missing, translated:
// DRAFT, reviewed or final: REVIEWED; a target left in the state initial is a draft). fast-xml-parser checks, reads and writes it; its validator places a
// syntax error on its line, and each unit is placed by where it starts.
import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import { UnitChecker } from './check.js';
import { type ExportUnit, type ReadTranslations, type TranslationExport, refused, unitName } from './units.js';

const NS = 'urn:oasis:names:tc:xliff:document:2.0';
const STATE = { MISSING: 'initial', DRAFT: 'translated', REVIEWED: 'reviewed' } as const;
const STATUS: Record<string, string | undefined> = {
  initial: 'DRAFT',
  translated: 'DRAFT',
  reviewed: 'REVIEWED',
  final: 'REVIEWED',
};

const notes = (u: ExportUnit) =>
  [
    ['kind', u.kind],
    ['field', u.field],
    ['visibility', u.visibility],
    ...u.sections.map((s) => ['section', s]),
    ...(u.originalLanguage !== u.sourceLanguage ? [['original', `${u.originalLanguage}: ${u.original}`]] : []),
    ...(u.translator ? [['translator', u.translator]] : []),
  ].map(([category, text]) => ({ '@_category': category, '#text': text }));

export function toXliff(x: TranslationExport): string {
  const kinds = [...new Set(x.units.map((u) => u.kind))];
  const doc = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    xliff: {
      '@_xmlns': NS,
      '@_version': '2.0',
      '@_srcLang': x.sourceLanguage,
      '@_trgLang': x.language,
      file: kinds.map((kind) => ({
        '@_id': kind,
        unit: x.units
          .filter((u) => u.kind === kind)
          .map((u) => ({
            '@_id': unitName(u),
            notes: { note: notes(u) },
            segment: {
              '@_state': STATE[u.state],
              source: u.source,
              ...(u.target === null ? {} : { target: u.target }),
            },
          })),
      })),
    },
  };
  return new XMLBuilder({ ignoreAttributes: false, format: true, indentBy: '  ', suppressEmptyNode: true }).build(doc);
}

const list = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
/** An element's text, or null when it holds markup (inline codes are not supported: texts are plain). */
const textOf = (v: unknown): string | null => {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && Object.keys(v).every((k) => k === '#text' || k.startsWith('@_')))
    return String((v as Record<string, unknown>)['#text'] ?? '');
  return null;
};

export function readXliff(name: string, text: string): ReadTranslations {
  const check = new UnitChecker();
  const doctype = /<!DOCTYPE/i.exec(text);
  if (doctype)
    return refused(`${name} line ${text.slice(0, doctype.index).split('\n').length}: a DOCTYPE is not allowed`);
  const valid = XMLValidator.validate(text);
  if (valid !== true)
    return refused(`${name} line ${valid.err.line} column ${valid.err.col}: not well-formed XML: ${valid.err.msg}`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: true,
    captureMetaData: true,
  });
  const root = parser.parse(text).xliff as Record<string, unknown> | undefined;
  if (!root || root['@_version'] !== '2.0' || root['@_xmlns'] !== NS)
    return refused(`${name} line 1: not an XLIFF 2.0 document (<xliff xmlns="${NS}" version="2.0">)`);
  const language = check.language(`${name} line 1`, root['@_trgLang']);
  const meta = XMLParser.getMetaDataSymbol() as unknown as string;
  const lineAt = (node: unknown) => {
    const at = (node as Record<string, { startIndex?: number }>)[meta]?.startIndex ?? 0;
    return text.slice(0, at).split('\n').length;
  };
  for (const file of list(root.file) as Record<string, unknown>[]) {
    for (const unit of list(file.unit) as Record<string, unknown>[]) {
      const place = `${name} line ${lineAt(unit)}`;
      const id = String(unit['@_id'] ?? '');
      const [kind = '', recordId = '', field = ''] = id.split('.');
      const segments = list(unit.segment) as Record<string, unknown>[];
      const targets = segments.map((s) => (s.target === undefined ? '' : textOf(s.target)));
      if (!segments.length || targets.includes(null)) {
        check.problems.push(
          `${place}: unit "${id}" needs segments of plain text (inline markup such as <ph> or <pc> is not supported)`,
        );
        continue;
      }
      const states = segments.map((s) => STATUS[String(s['@_state'] ?? 'initial')] ?? null);
      const value = targets.every((t) => t!.trim()) ? targets.join(' ') : null;
      const status = states.includes(null) ? null : states.includes('DRAFT') ? 'DRAFT' : 'REVIEWED';
      check.add(place, { kind, id: recordId, field, value, status: value ? status : null });
    }
  }
  return check.result(language);
}
