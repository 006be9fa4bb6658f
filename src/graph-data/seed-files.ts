// Reads the reviewable seed files (seeds/*.yaml), checks every entry, and turns them into one graph document.
// All problems are collected, each naming the file, the entry and the field, before anything is written.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import {
  type GraphDocument,
  type NodeDoc,
  type NodeRef,
  type RelationshipDoc,
  type Scalar,
  type TextDoc,
  idSchema,
  issuePath,
  nodeProblems,
  refKey,
} from './document.js';
import {
  BASES,
  FILE_KINDS,
  LABEL_PROPS,
  REL_TYPES,
  TEXT_FIELDS,
  VISIBILITIES,
  linksOf,
  type Basis,
  type Label,
  type Link,
  type RelType,
} from '../model/derived.js';
import { isId } from '../model/ids.js';
import { isLanguageTag } from '../model/language.js';
import { addSeedTranslations } from './seed-translations.js';

/** The keys of an entry that list links (`section` apart, read on its own). */
interface KindFile {
  file: string;
  label: Label;
  links: Record<string, Link>;
}

export const KIND_FILES: readonly KindFile[] = FILE_KINDS.map(({ label, file }) => ({
  file: `${file}.yaml`,
  label,
  links: Object.fromEntries(
    linksOf(label)
      .filter((l) => l.type !== 'FROM_SECTION')
      .map((l) => [l.key, l]),
  ),
}));
const SOURCE_FILE = 'source.yaml';
const SEED_FILES = [SOURCE_FILE, ...KIND_FILES.map((k) => k.file)];

/** How `readSeedDir` names a text field marked `editorial: true`: `Message:free-testing.text`. */
export const textKey = (node: NodeRef, field: string) => `${refKey(node)}.${field}`;

/** Where an entry's problems are reported: `seeds/messages.yaml: entry "free-condoms": themes.record[1]: ...`. */
class Problems {
  readonly lines: string[] = [];
  add(file: string, entry: string | null, field: string | null, message: string) {
    this.lines.push([file, entry, field, message].filter((x) => x !== null).join(': '));
  }
}

interface PendingLink {
  file: string;
  entry: string;
  field: string;
  type: RelType;
  self: { label: Label; id: string };
  target: Label;
  targetId: string;
  basis?: Basis;
  reverse: boolean;
}

const entryName = (raw: unknown, index: number) => {
  const id = (raw as { id?: unknown })?.id;
  return typeof id === 'string' && id ? `entry "${id}"` : `entry #${index + 1}`;
};

/** `{fr: ..., en: ...}`, original language French unless `original: <lang>` says otherwise; English is required.
 * `editorial: true` says the words are ours (a reading, a reconstruction, a note), not the record's. */
function readTexts(
  field: string,
  raw: unknown,
  problems: (f: string, m: string) => void,
): { texts: TextDoc[]; editorial: boolean } {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    problems(field, 'must be a map of language to text, e.g. {fr: ..., en: ...}');
    return { texts: [], editorial: false };
  }
  const map = raw as Record<string, unknown>;
  const original = map.original ?? 'fr';
  if (map.editorial !== undefined && typeof map.editorial !== 'boolean')
    problems(`${field}.editorial`, 'must be true or false');
  const texts: TextDoc[] = [];
  for (const [lang, value] of Object.entries(map)) {
    if (lang === 'original' || lang === 'editorial') continue;
    if (!isLanguageTag(lang)) {
      problems(`${field}.${lang}`, 'is not a BCP 47 language tag');
      continue;
    }
    if (typeof value !== 'string' || !value.trim()) {
      problems(`${field}.${lang}`, 'must be a non-empty text');
      continue;
    }
    texts.push({ field, lang, value: value.trim(), original: lang === original });
  }
  if (typeof original !== 'string' || !(original in map))
    problems(`${field}.original`, `names ${String(original)}, which has no text here`);
  if (!('en' in map)) problems(`${field}.en`, 'every text needs an English translation');
  return { texts, editorial: map.editorial === true };
}

/** Link values: an id, a list of ids, `{record: [...], editorial: [...]}`, or a list of `{id, basis}`. */
function readLinks(
  field: string,
  raw: unknown,
  problems: (f: string, m: string) => void,
): { id: string; basis?: Basis; path: string }[] {
  const out: { id: string; basis?: Basis; path: string }[] = [];
  const one = (v: unknown, path: string, basis?: Basis) => {
    if (isId(v)) out.push({ id: v, basis, path });
    else if (v && typeof v === 'object' && !Array.isArray(v) && basis === undefined) {
      const o = v as Record<string, unknown>;
      const extra = Object.keys(o).filter((k) => k !== 'id' && k !== 'basis');
      if (extra.length) problems(path, `unknown key ${extra.join(', ')} (expected id and basis)`);
      else if (typeof o.basis !== 'string' || !(BASES as readonly string[]).includes(o.basis))
        problems(`${path}.basis`, `must be ${BASES.join(' or ')}`);
      else one(o.id, `${path}.id`, o.basis as Basis);
    } else problems(path, 'must be a kebab-case id');
  };
  if (Array.isArray(raw)) raw.forEach((v, i) => one(v, `${field}[${i}]`));
  else if (raw && typeof raw === 'object') {
    for (const [key, list] of Object.entries(raw as Record<string, unknown>)) {
      const basis = key.toUpperCase();
      if (!(BASES as readonly string[]).includes(basis) || key !== key.toLowerCase()) {
        problems(`${field}.${key}`, 'expected the keys record and/or editorial');
        continue;
      }
      if (!Array.isArray(list)) {
        problems(`${field}.${key}`, 'must be a list of ids');
        continue;
      }
      list.forEach((v, i) => one(v, `${field}.${key}[${i}]`, basis as Basis));
    }
  } else one(raw, field);
  return out;
}

const commonSchema = z.object({
  id: idSchema,
  visibility: z.enum(VISIBILITIES),
  example: z.boolean().optional(),
  section: z.union([z.string(), z.array(z.string()).min(1)]).optional(),
});

/** One entry of a kind file (or the source/sections) to a node, with its pending links. */
function readEntry(
  file: string,
  raw: unknown,
  index: number,
  label: Label,
  links: Record<string, Link>,
  problems: Problems,
  pending: PendingLink[],
  editorial: Set<string>,
): NodeDoc | null {
  const entry = entryName(raw, index);
  const report = (field: string | null, message: string) => problems.add(file, entry, field, message);
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    report(null, 'must be a map of fields');
    return null;
  }
  const obj = raw as Record<string, unknown>;
  const common = commonSchema.safeParse(obj);
  if (!common.success) for (const i of common.error.issues) report(issuePath(i.path) || null, i.message);

  const textFields = [TEXT_FIELDS[label].required, ...TEXT_FIELDS[label].optional];
  const propKeys = Object.keys(LABEL_PROPS[label].shape).filter((k) => k !== 'example');
  const known = new Set([...Object.keys(commonSchema.shape), ...textFields, ...propKeys, ...Object.keys(links)]);
  if (label !== 'Section' && label !== 'Source') known.add('section');
  else known.delete('section');
  for (const key of Object.keys(obj))
    if (!known.has(key)) report(key, `unknown field (a ${label} entry takes: ${[...known].join(', ')})`);

  const texts: TextDoc[] = [];
  const editorialFields: string[] = [];
  for (const field of textFields) {
    if (obj[field] === undefined) continue;
    const read = readTexts(field, obj[field], report);
    texts.push(...read.texts);
    if (read.editorial) editorialFields.push(field);
  }
  const props: Record<string, Scalar> = { example: obj.example === true };
  for (const key of propKeys) if (obj[key] !== undefined) props[key] = obj[key] as Scalar;
  if (!common.success) return null;
  const { id, visibility } = common.data;
  for (const field of editorialFields) editorial.add(textKey({ label, id }, field));
  const node: NodeDoc = { label, id, visibility, props, texts };
  // Text/prop rules are the document's own; only their wording is adapted to the file's field names.
  for (const p of nodeProblems(node)) {
    const [where, ...rest] = p.split(': ');
    report(where.replace(/^props\./, '').replace(/^texts\.?/, '') || TEXT_FIELDS[label].required, rest.join(': '));
  }

  const sections = common.data.section === undefined ? [] : ([] as string[]).concat(common.data.section);
  if (label !== 'Section' && label !== 'Source') {
    if (!sections.length && !props.example)
      report('section', 'names the section of the record this entry comes from (only example data may omit it)');
    sections.forEach((s, i) =>
      pending.push({
        file,
        entry,
        field: sections.length > 1 ? `section[${i}]` : 'section',
        type: 'FROM_SECTION',
        self: { label, id },
        target: 'Section',
        targetId: s,
        reverse: false,
      }),
    );
  }
  for (const [key, spec] of Object.entries(links)) {
    if (obj[key] === undefined) continue;
    for (const link of readLinks(key, obj[key], report)) {
      if (REL_TYPES[spec.type].claim && link.basis === undefined) {
        report(link.path, 'a link that is a claim needs its basis: write {record: [...]} or {editorial: [...]}');
        continue;
      }
      pending.push({
        file,
        entry,
        field: link.path,
        type: spec.type,
        self: { label, id },
        target: spec.target,
        targetId: link.id,
        basis: link.basis,
        reverse: spec.reverse ?? false,
      });
    }
  }
  return node;
}

function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

function parseYaml(path: string, problems: Problems): unknown {
  const name = displayPath(path);
  if (!existsSync(path)) {
    problems.add(name, null, null, 'file is missing');
    return undefined;
  }
  const doc = parseDocument(readFileSync(path, 'utf8'), { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length) {
    for (const e of doc.errors)
      problems.add(
        name,
        null,
        null,
        `line ${e.linePos?.[0].line ?? '?'}: ${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`,
      );
    return undefined;
  }
  return doc.toJS();
}

/** Reads and checks every seed file in `dir`; returns the document, or the list of problems (never both). */
export function readSeedDir(
  dir: string,
): { doc: GraphDocument; errors: []; editorialTexts: Set<string> } | { doc: null; errors: string[] } {
  const problems = new Problems();
  const editorialTexts = new Set<string>();
  const nodes: NodeDoc[] = [];
  const pending: PendingLink[] = [];
  const relationships: RelationshipDoc[] = [];
  const entriesAt = new Map<string, string>();
  const keep = (file: string, entry: string, node: NodeDoc | null) => {
    if (!node) return;
    const key = refKey(node);
    const first = entriesAt.get(key);
    if (first) problems.add(file, entry, 'id', `${node.label} "${node.id}" is already defined (${first})`);
    else {
      entriesAt.set(key, file);
      nodes.push(node);
    }
  };

  if (existsSync(dir)) {
    for (const f of readdirSync(dir)) {
      if (/\.(ya?ml|json)$/.test(f) && !SEED_FILES.includes(f))
        problems.add(
          displayPath(join(dir, f)),
          null,
          null,
          `not a seed file (expected one of ${SEED_FILES.join(', ')})`,
        );
    }
  }

  const sourcePath = join(dir, SOURCE_FILE);
  const sourceName = displayPath(sourcePath);
  const source = parseYaml(sourcePath, problems) as Record<string, unknown> | undefined;
  if (source !== undefined) {
    if (
      source === null ||
      typeof source !== 'object' ||
      Array.isArray(source) ||
      !('source' in source) ||
      !Array.isArray(source.sections)
    ) {
      problems.add(sourceName, null, null, 'must be a map with `source:` (one entry) and `sections:` (a list)');
    } else {
      const extra = Object.keys(source).filter((k) => k !== 'source' && k !== 'sections');
      if (extra.length) problems.add(sourceName, null, extra.join(', '), 'unknown top-level key');
      const src = readEntry(sourceName, source.source, 0, 'Source', {}, problems, pending, editorialTexts);
      keep(sourceName, entryName(source.source, 0), src);
      (source.sections as unknown[]).forEach((raw, i) => {
        const section = readEntry(sourceName, raw, i, 'Section', {}, problems, pending, editorialTexts);
        keep(sourceName, entryName(raw, i), section);
        if (section && src)
          relationships.push({
            type: 'PART_OF',
            from: { label: 'Section', id: section.id },
            to: { label: 'Source', id: src.id },
            props: {},
          });
      });
    }
  }

  for (const kind of KIND_FILES) {
    const path = join(dir, kind.file);
    const name = displayPath(path);
    const entries = parseYaml(path, problems);
    if (entries === undefined) continue;
    if (!Array.isArray(entries)) {
      problems.add(name, null, null, 'must be a list of entries (each starting with "- id: ...")');
      continue;
    }
    entries.forEach((raw, i) =>
      keep(name, entryName(raw, i), readEntry(name, raw, i, kind.label, kind.links, problems, pending, editorialTexts)),
    );
  }

  addSeedTranslations(dir, nodes, (path) => parseYaml(path, problems), problems.add.bind(problems), displayPath);

  // Links are resolved once every file is read, so an entry may name a node from any file.
  const seenRels = new Map<string, string>();
  for (const link of pending) {
    const target = { label: link.target, id: link.targetId };
    if (!entriesAt.has(refKey(target))) {
      problems.add(link.file, link.entry, link.field, `no ${link.target} "${link.targetId}" in the seed files`);
      continue;
    }
    const [from, to] = link.reverse ? [target, link.self] : [link.self, target];
    const key = `${link.type}:${refKey(from)}->${refKey(to)}`;
    if (seenRels.has(key)) {
      problems.add(link.file, link.entry, link.field, `links to ${link.targetId} twice (also ${seenRels.get(key)})`);
      continue;
    }
    seenRels.set(key, `${link.file} ${link.entry} ${link.field}`);
    relationships.push({ type: link.type, from, to, props: link.basis ? { basis: link.basis } : {} });
  }

  return problems.lines.length
    ? { doc: null, errors: problems.lines }
    : { doc: { nodes, relationships }, errors: [], editorialTexts };
}
