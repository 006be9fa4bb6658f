// CSV import: one file per node kind (themes.csv, messages.csv, ...; the kind is the file name), one row
// per record. Every row is checked and every problem is reported with its file and line before anything is
// written. Columns (see README "Import and export"):
//   id                 required, kebab-case
//   visibility         PUBLIC, INTERNAL or RESTRICTED (default INTERNAL)
//   example            true or false (default false)
//   <prop>             the kind's properties, e.g. kind, countryCode, level, founded
//   <field>.<lang>     texts, e.g. name.fr, name.en, text.fr, description.en
//   original           language of the original text (default: the first text column filled in)
//   <link>             ids separated by ";" linked as EDITORIAL claims, e.g. themes on messages.csv
//   <link>.record      the same, for links the workshop record states (basis RECORD)
//   section            ids of the record's sections (FROM_SECTION)
// The columns are the model's (src/model/kinds.ts): link columns are the seed files' keys.
import { basename, extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import {
  type GraphDocument,
  type NodeDoc,
  type RelationshipDoc,
  type Scalar,
  type TextDoc,
  nodeProblems,
  refKey,
} from '../graph-data/document.js';
import { KIND_FILES } from '../graph-data/seed-files.js';
import {
  KINDS,
  LABEL_PROPS,
  PROVENANCE,
  REL_TYPES,
  TEXT_FIELDS,
  VISIBILITIES,
  type Label,
  type Link,
  type Visibility,
} from '../model/derived.js';
import { isId } from '../model/ids.js';
import { isLanguageTag } from '../model/language.js';

export interface ReadResult {
  doc: GraphDocument;
  usedAt: Map<string, string[]>;
  problems: string[];
}
interface LinkColumn {
  column: string;
  spec: Link;
  basis: 'EDITORIAL' | 'RECORD';
}

/** The kind a file holds, from its name: messages.csv, message.csv or Message.csv. */
function kindOfFile(path: string) {
  const stem = basename(path, extname(path)).toLowerCase();
  return KIND_FILES.find((k) => k.file.replace(/\.ya?ml$/, '') === stem || k.label.toLowerCase() === stem);
}

/** A cell as a property value: numbers where the model wants a number, booleans for true/false. */
function propValue(label: Label, key: string, cell: string): Scalar {
  const shape = LABEL_PROPS[label].shape as Record<string, { safeParse(v: unknown): { success: boolean } }>;
  if (/^-?\d+(\.\d+)?$/.test(cell) && shape[key].safeParse(Number(cell)).success) return Number(cell);
  if (cell === 'true' || cell === 'false') return cell === 'true';
  return cell;
}

/** Reads CSV files (one kind each) into one graph document; problems name file and line. */
export function readCsvFiles(files: Array<{ path: string; text: string }>): ReadResult {
  const problems: string[] = [];
  const nodes: NodeDoc[] = [];
  const relationships: RelationshipDoc[] = [];
  const usedAt = new Map<string, string[]>();
  const definedAt = new Map<string, string>();
  const relsAt = new Map<string, string>();

  for (const { path, text } of files) {
    const name = basename(path);
    const kind = kindOfFile(path);
    if (!kind) {
      problems.push(
        `${name}: the file name must name a kind: ${KIND_FILES.map((k) => k.file.replace(/\.ya?ml$/, '.csv')).join(', ')}`,
      );
      continue;
    }
    const label = kind.label;
    let rows: Array<{ record: string[]; info: { lines: number } }>;
    try {
      rows = parse(text, { info: true, bom: true, skip_empty_lines: true, trim: true }) as unknown as typeof rows;
    } catch (e) {
      problems.push(`${name} line ${(e as { lines?: number }).lines ?? '?'}: ${(e as Error).message}`);
      continue;
    }
    if (!rows.length) {
      problems.push(`${name}: empty file (the first line names the columns)`);
      continue;
    }
    const header = rows[0].record;
    const textFields = [TEXT_FIELDS[label].required, ...TEXT_FIELDS[label].optional];
    const propKeys = Object.keys(LABEL_PROPS[label].shape).filter((k) => k !== 'example');
    const linkColumns = new Map<string, LinkColumn>(
      Object.entries(kind.links).flatMap(([key, spec]): Array<[string, LinkColumn]> => [
        [key, { column: key, spec, basis: 'EDITORIAL' }],
        [`${key}.record`, { column: `${key}.record`, spec, basis: 'RECORD' }],
      ]),
    );
    const isText = (c: string) => {
      const [f, lang, ...rest] = c.split('.');
      return !rest.length && textFields.includes(f) && isLanguageTag(lang);
    };
    const known = (c: string) =>
      ['id', 'visibility', 'example', 'original', 'section'].includes(c) ||
      propKeys.includes(c) ||
      linkColumns.has(c) ||
      isText(c);
    const unknown = header.filter((c) => !known(c));
    if (unknown.length)
      problems.push(
        `${name} line 1: unknown column${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} (a ${label} file takes id, visibility, example, original, section, ${[...propKeys, ...linkColumns.keys()].join(', ')} and ${textFields.map((f) => `${f}.<lang>`).join(', ')})`,
      );
    if (!header.includes('id')) {
      problems.push(`${name} line 1: needs an id column`);
      continue;
    }

    for (const { record, info } of rows.slice(1)) {
      const where = `${name} line ${info.lines}`;
      const cell = Object.fromEntries(header.map((c, i) => [c, record[i] ?? '']));
      const report = (field: string, message: string) => problems.push(`${where}: ${field}: ${message}`);
      const id = cell.id;
      // A bad id is reported and the row still checked, so one run lists all of its problems.
      const idOk = isId(id);
      if (!idOk)
        report('id', id ? `"${id}" is not kebab-case (lower-case letters, digits, single hyphens)` : 'is required');
      const visibility = (cell.visibility || KINDS[label].defaultVisibility) as Visibility;
      if (!VISIBILITIES.includes(visibility)) report('visibility', `must be one of ${VISIBILITIES.join(', ')}`);
      if (cell.example && !['true', 'false'].includes(cell.example)) report('example', 'must be true or false');
      const props: Record<string, Scalar> = { example: cell.example === 'true' };
      for (const key of propKeys) if (cell[key]) props[key] = propValue(label, key, cell[key]);

      const texts: TextDoc[] = [];
      for (const field of textFields) {
        const given = header.filter((c) => isText(c) && c.startsWith(`${field}.`) && cell[c]);
        const original = given.some((c) => c === `${field}.${cell.original}`) ? cell.original : given[0]?.split('.')[1];
        for (const c of given)
          texts.push({ field, lang: c.split('.')[1], value: cell[c], original: c.split('.')[1] === original });
      }
      if (cell.original && !isLanguageTag(cell.original))
        report('original', 'must be a BCP 47 language tag such as fr');
      const node: NodeDoc = { label, id, visibility, props, texts };
      for (const p of nodeProblems(node)) problems.push(`${where}: ${p}`);
      if (!idOk) continue;
      const key = refKey(node);
      if (definedAt.has(key)) {
        report('id', `${label} "${id}" is already on ${definedAt.get(key)}`);
        continue;
      }
      definedAt.set(key, where);
      nodes.push(node);

      const links: LinkColumn[] = [
        ...linkColumns.values(),
        { column: PROVENANCE.key, spec: { ...PROVENANCE, target: 'Section' }, basis: 'EDITORIAL' },
      ];
      for (const { column, spec, basis } of links) {
        for (const target of (cell[column] ?? '')
          .split(';')
          .map((s) => s.trim())
          .filter(Boolean)) {
          if (!isId(target)) {
            report(column, `"${target}" is not a kebab-case id`);
            continue;
          }
          const self = { label, id };
          const other = { label: spec.target, id: target };
          const [from, to] = spec.reverse ? [other, self] : [self, other];
          const relKey = `${spec.type}:${refKey(from)}->${refKey(to)}`;
          if (relsAt.has(relKey)) {
            report(column, `links to ${target} twice (also ${relsAt.get(relKey)})`);
            continue;
          }
          relsAt.set(relKey, where);
          relationships.push({ type: spec.type, from, to, props: REL_TYPES[spec.type].claim ? { basis } : {} });
          usedAt.set(refKey(other), [...(usedAt.get(refKey(other)) ?? []), `${where} ${column}`]);
        }
      }
    }
  }
  return { doc: { nodes, relationships }, usedAt, problems };
}
